package dev.assistantskit.server.wire;

import dev.assistantskit.server.domain.ResponseFormat;
import dev.assistantskit.server.domain.Tool;
import dev.assistantskit.server.domain.ToolChoice;
import dev.assistantskit.server.domain.ToolResources;
import dev.assistantskit.server.generated.model.AssistantTool;
import dev.assistantskit.server.generated.model.AssistantToolsCode;
import dev.assistantskit.server.generated.model.AssistantToolsFileSearch;
import dev.assistantskit.server.generated.model.AssistantToolsFunction;
import dev.assistantskit.server.generated.model.AssistantsApiResponseFormat;
import dev.assistantskit.server.generated.model.AssistantsNamedToolChoice;
import dev.assistantskit.server.generated.model.CodeInterpreterToolResource;
import dev.assistantskit.server.generated.model.FileSearchToolResource;
import dev.assistantskit.server.generated.model.FunctionName;
import dev.assistantskit.server.generated.model.FunctionObject;
import dev.assistantskit.server.generated.model.MessageAttachmentTool;
import dev.assistantskit.server.generated.model.ModifyToolResources;
import dev.assistantskit.server.json.ResponseFormatOption;
import dev.assistantskit.server.json.ToolChoiceOption;
import java.util.List;

/** Tools, tool resources, tool choice and response format between the wire and the domain. */
public final class WireTools {
  private WireTools() {}

  public static Tool tool(Object wire) {
    if (wire instanceof AssistantToolsFunction function) {
      FunctionObject f = function.getFunction();
      return new Tool.Function(f.getName(), f.getDescription(), Json.tree(f.getParameters()));
    }
    if (wire instanceof AssistantToolsFileSearch) {
      return new Tool.FileSearch();
    }
    return new Tool.CodeInterpreter();
  }

  public static List<Tool> tools(List<? extends AssistantTool> wire) {
    return wire == null ? null : wire.stream().map(WireTools::tool).toList();
  }

  public static AssistantTool wire(Tool tool) {
    if (tool instanceof Tool.Function f) {
      FunctionObject function =
          new FunctionObject()
              .name(f.name())
              .description(f.description())
              .parameters(Json.map(f.parameters()));
      return new AssistantToolsFunction()
          .type(AssistantToolsFunction.TypeEnum.FUNCTION)
          .function(function);
    }
    if (tool instanceof Tool.FileSearch) {
      return new AssistantToolsFileSearch().type(AssistantToolsFileSearch.TypeEnum.FILE_SEARCH);
    }
    return new AssistantToolsCode().type(AssistantToolsCode.TypeEnum.CODE_INTERPRETER);
  }

  public static List<AssistantTool> wire(List<Tool> tools) {
    return tools.stream().map(WireTools::wire).toList();
  }

  /** An attachment's tools are a subset of the assistant tools (no functions). */
  public static MessageAttachmentTool attachmentTool(Tool tool) {
    return tool instanceof Tool.FileSearch
        ? new AssistantToolsFileSearch().type(AssistantToolsFileSearch.TypeEnum.FILE_SEARCH)
        : new AssistantToolsCode().type(AssistantToolsCode.TypeEnum.CODE_INTERPRETER);
  }

  /** The response form; {@code {}} when nothing is set, as Azure answers. */
  public static dev.assistantskit.server.generated.model.ToolResources wire(
      ToolResources resources) {
    var wire = new dev.assistantskit.server.generated.model.ToolResources();
    if (resources.codeInterpreterFileIds() != null) {
      wire.codeInterpreter(
          new CodeInterpreterToolResource().fileIds(resources.codeInterpreterFileIds()));
    }
    if (resources.vectorStoreIds() != null) {
      wire.fileSearch(new FileSearchToolResource().vectorStoreIds(resources.vectorStoreIds()));
    }
    return wire;
  }

  /** The modify form: only the sections sent replace the current ones. */
  public static ToolResources resources(ModifyToolResources wire) {
    if (wire == null) {
      return null;
    }
    return new ToolResources(
        wire.getCodeInterpreter() == null ? null : ids(wire.getCodeInterpreter().getFileIds()),
        wire.getFileSearch() == null ? null : ids(wire.getFileSearch().getVectorStoreIds()));
  }

  static List<String> ids(List<String> ids) {
    return ids == null ? List.of() : ids;
  }

  public static ToolChoice toolChoice(ToolChoiceOption wire) {
    if (wire == null) {
      return null;
    }
    if (wire.mode().isPresent()) {
      return wire.isMode(ToolChoiceOption.NONE) ? ToolChoice.NONE : ToolChoice.AUTO;
    }
    AssistantsNamedToolChoice named = wire.object().orElseThrow();
    return ToolChoice.named(
        named.getType().toString(),
        named.getFunction() == null ? null : named.getFunction().getName());
  }

  public static ToolChoiceOption wire(ToolChoice choice) {
    if (choice == null) {
      return null;
    }
    if (!choice.isNamed()) {
      return ToolChoiceOption.mode(choice.mode());
    }
    AssistantsNamedToolChoice named =
        new AssistantsNamedToolChoice()
            .type(AssistantsNamedToolChoice.TypeEnum.fromValue(choice.toolType()));
    if (choice.functionName() != null) {
      named.function(new FunctionName().name(choice.functionName()));
    }
    return ToolChoiceOption.named(named);
  }

  public static ResponseFormat responseFormat(ResponseFormatOption wire) {
    if (wire == null) {
      return null;
    }
    if (wire.mode().isPresent()) {
      return new ResponseFormat(wire.mode().get(), null);
    }
    AssistantsApiResponseFormat format = wire.object().orElseThrow();
    return ResponseFormat.ofType(format.getType() == null ? "text" : format.getType().toString());
  }

  public static ResponseFormatOption wire(ResponseFormat format) {
    if (format == null) {
      return null;
    }
    if (format.mode() != null) {
      return ResponseFormatOption.mode(format.mode());
    }
    return ResponseFormatOption.format(
        new AssistantsApiResponseFormat()
            .type(AssistantsApiResponseFormat.TypeEnum.fromValue(format.type())));
  }
}
