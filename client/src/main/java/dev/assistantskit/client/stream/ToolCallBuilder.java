package dev.assistantskit.client.stream;

import dev.assistantskit.client.model.RunStepDeltaCodeOutput;
import dev.assistantskit.client.model.RunStepDeltaStepDetailsToolCallsCodeObject;
import dev.assistantskit.client.model.RunStepDeltaStepDetailsToolCallsCodeOutputImageObject;
import dev.assistantskit.client.model.RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject;
import dev.assistantskit.client.model.RunStepDeltaStepDetailsToolCallsFileSearchObject;
import dev.assistantskit.client.model.RunStepDeltaStepDetailsToolCallsFunctionObject;
import dev.assistantskit.client.model.RunStepDeltaToolCall;
import dev.assistantskit.client.model.RunStepDetailsToolCall;
import dev.assistantskit.client.model.RunStepDetailsToolCallsCode;
import dev.assistantskit.client.model.RunStepDetailsToolCallsCodeObject;
import dev.assistantskit.client.model.RunStepDetailsToolCallsCodeOutput;
import dev.assistantskit.client.model.RunStepDetailsToolCallsCodeOutputImage;
import dev.assistantskit.client.model.RunStepDetailsToolCallsCodeOutputImageObject;
import dev.assistantskit.client.model.RunStepDetailsToolCallsCodeOutputLogsObject;
import dev.assistantskit.client.model.RunStepDetailsToolCallsFileSearchObject;
import dev.assistantskit.client.model.RunStepDetailsToolCallsFunction;
import dev.assistantskit.client.model.RunStepDetailsToolCallsFunctionObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One tool call of a step, merged from its deltas. */
final class ToolCallBuilder {
  private final String type;
  private String id;
  private String input = "";
  private final TreeMap<Integer, Output> outputs = new TreeMap<>();
  private final Map<String, Object> fileSearch = new LinkedHashMap<>();
  private String name;
  private String arguments = "";
  private String output;

  private ToolCallBuilder(String type) {
    this.type = type;
  }

  static void merge(Map<Integer, ToolCallBuilder> byIndex, RunStepDeltaToolCall delta) {
    Object actual = delta.getActualInstance();
    if (actual instanceof RunStepDeltaStepDetailsToolCallsCodeObject code) {
      ToolCallBuilder call = at(byIndex, code.getIndex(), "code_interpreter", code.getId());
      if (code.getCodeInterpreter() != null) {
        call.input = Merge.concat(call.input, code.getCodeInterpreter().getInput());
        if (code.getCodeInterpreter().getOutputs() != null) {
          code.getCodeInterpreter().getOutputs().forEach(call::mergeOutput);
        }
      }
    } else if (actual instanceof RunStepDeltaStepDetailsToolCallsFileSearchObject search) {
      ToolCallBuilder call = at(byIndex, search.getIndex(), "file_search", search.getId());
      if (search.getFileSearch() != null) {
        call.fileSearch.putAll(search.getFileSearch());
      }
    } else if (actual instanceof RunStepDeltaStepDetailsToolCallsFunctionObject function) {
      ToolCallBuilder call = at(byIndex, function.getIndex(), "function", function.getId());
      if (function.getFunction() != null) {
        call.name = Merge.same("function.name", call.name, function.getFunction().getName());
        call.arguments = Merge.concat(call.arguments, function.getFunction().getArguments());
        call.output =
            Merge.same("function.output", call.output, function.getFunction().getOutput());
      }
    } else {
      throw new IllegalArgumentException("Unsupported tool call delta: " + actual);
    }
  }

  private static ToolCallBuilder at(
      Map<Integer, ToolCallBuilder> byIndex, Integer index, String type, String id) {
    int i = Merge.index(index, "tool_calls");
    ToolCallBuilder call = byIndex.computeIfAbsent(i, k -> new ToolCallBuilder(type));
    Merge.same("the type of tool call " + i, call.type, type);
    call.id = Merge.same("the id of tool call " + i, call.id, id);
    return call;
  }

  private void mergeOutput(RunStepDeltaCodeOutput delta) {
    Object actual = delta.getActualInstance();
    if (actual instanceof RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject logs) {
      Output out = outputAt(logs.getIndex(), "logs");
      out.logs = Merge.concat(out.logs, logs.getLogs());
    } else if (actual instanceof RunStepDeltaStepDetailsToolCallsCodeOutputImageObject image) {
      Output out = outputAt(image.getIndex(), "image");
      if (image.getImage() != null) {
        out.fileId = Merge.same("image.file_id", out.fileId, image.getImage().getFileId());
      }
    } else {
      throw new IllegalArgumentException("Unsupported code output delta: " + actual);
    }
  }

  private Output outputAt(Integer index, String outputType) {
    int i = Merge.index(index, "outputs");
    Output out = outputs.computeIfAbsent(i, k -> new Output(outputType));
    Merge.same("the type of output " + i, out.type, outputType);
    return out;
  }

  RunStepDetailsToolCall build() {
    return switch (type) {
      case "code_interpreter" ->
          new RunStepDetailsToolCall(
              new RunStepDetailsToolCallsCodeObject()
                  .id(id)
                  .type(RunStepDetailsToolCallsCodeObject.TypeEnum.CODE_INTERPRETER)
                  .codeInterpreter(
                      new RunStepDetailsToolCallsCode().input(input).outputs(outputs())));
      case "file_search" ->
          new RunStepDetailsToolCall(
              new RunStepDetailsToolCallsFileSearchObject()
                  .id(id)
                  .type(RunStepDetailsToolCallsFileSearchObject.TypeEnum.FILE_SEARCH)
                  .fileSearch(new LinkedHashMap<>(fileSearch)));
      default ->
          new RunStepDetailsToolCall(
              new RunStepDetailsToolCallsFunctionObject()
                  .id(id)
                  .type(RunStepDetailsToolCallsFunctionObject.TypeEnum.FUNCTION)
                  .function(
                      new RunStepDetailsToolCallsFunction()
                          .name(name)
                          .arguments(arguments)
                          .output(output)));
    };
  }

  private List<RunStepDetailsToolCallsCodeOutput> outputs() {
    List<RunStepDetailsToolCallsCodeOutput> built = new ArrayList<>();
    outputs.values().forEach(o -> built.add(o.build()));
    return built;
  }

  private static final class Output {
    private final String type;
    private String logs;
    private String fileId;

    Output(String type) {
      this.type = type;
    }

    RunStepDetailsToolCallsCodeOutput build() {
      if (type.equals("logs")) {
        return new RunStepDetailsToolCallsCodeOutput(
            new RunStepDetailsToolCallsCodeOutputLogsObject()
                .type(RunStepDetailsToolCallsCodeOutputLogsObject.TypeEnum.LOGS)
                .logs(logs == null ? "" : logs));
      }
      return new RunStepDetailsToolCallsCodeOutput(
          new RunStepDetailsToolCallsCodeOutputImageObject()
              .type(RunStepDetailsToolCallsCodeOutputImageObject.TypeEnum.IMAGE)
              .image(new RunStepDetailsToolCallsCodeOutputImage().fileId(fileId)));
    }
  }
}
