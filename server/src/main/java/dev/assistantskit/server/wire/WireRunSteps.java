package dev.assistantskit.server.wire;

import dev.assistantskit.server.domain.RunStep;
import dev.assistantskit.server.domain.ToolCall;
import dev.assistantskit.server.generated.model.ListRunStepsResponse;
import dev.assistantskit.server.generated.model.RunStepCompletionUsage;
import dev.assistantskit.server.generated.model.RunStepDetails;
import dev.assistantskit.server.generated.model.RunStepDetailsMessageCreation;
import dev.assistantskit.server.generated.model.RunStepDetailsMessageCreationObject;
import dev.assistantskit.server.generated.model.RunStepDetailsToolCall;
import dev.assistantskit.server.generated.model.RunStepDetailsToolCallsCode;
import dev.assistantskit.server.generated.model.RunStepDetailsToolCallsCodeObject;
import dev.assistantskit.server.generated.model.RunStepDetailsToolCallsCodeOutput;
import dev.assistantskit.server.generated.model.RunStepDetailsToolCallsCodeOutputImage;
import dev.assistantskit.server.generated.model.RunStepDetailsToolCallsCodeOutputImageObject;
import dev.assistantskit.server.generated.model.RunStepDetailsToolCallsCodeOutputLogsObject;
import dev.assistantskit.server.generated.model.RunStepDetailsToolCallsFileSearchObject;
import dev.assistantskit.server.generated.model.RunStepDetailsToolCallsFunction;
import dev.assistantskit.server.generated.model.RunStepDetailsToolCallsFunctionObject;
import dev.assistantskit.server.generated.model.RunStepDetailsToolCallsObject;
import dev.assistantskit.server.generated.model.RunStepLastError;
import dev.assistantskit.server.generated.model.RunStepObject;
import dev.assistantskit.server.store.Page;
import java.util.List;
import java.util.Map;

/** Run steps between the wire and the domain. */
public final class WireRunSteps {
  private WireRunSteps() {}

  public static RunStepObject wire(RunStep step) {
    boolean running = step.status() == RunStep.Status.IN_PROGRESS;
    return new RunStepObject()
        .id(step.id())
        ._object(RunStepObject.ObjectEnum.THREAD_RUN_STEP)
        .createdAt(WireTime.of(step.createdAt()))
        .assistantId(step.assistantId())
        .threadId(step.threadId())
        .runId(step.runId())
        .type(RunStepObject.TypeEnum.fromValue(step.type().name().toLowerCase()))
        .status(RunStepObject.StatusEnum.fromValue(step.status().name().toLowerCase()))
        .stepDetails(details(step))
        .lastError(
            step.lastError() == null
                ? null
                : new RunStepLastError()
                    .code(RunStepLastError.CodeEnum.fromValue(step.lastError().code()))
                    .message(step.lastError().message()))
        .expiredAt(WireTime.of(step.expiredAt()))
        .cancelledAt(WireTime.of(step.cancelledAt()))
        .failedAt(WireTime.of(step.failedAt()))
        .completedAt(WireTime.of(step.completedAt()))
        .metadata(step.metadata())
        // usage is reported once the step has ended, as Azure did
        .usage(
            running || step.usage() == null
                ? null
                : new RunStepCompletionUsage()
                    .promptTokens(step.usage().promptTokens())
                    .completionTokens(step.usage().completionTokens())
                    .totalTokens(step.usage().totalTokens()));
  }

  private static RunStepDetails details(RunStep step) {
    if (step.type() == RunStep.Type.MESSAGE_CREATION) {
      return new RunStepDetailsMessageCreationObject()
          .type(RunStepDetailsMessageCreationObject.TypeEnum.MESSAGE_CREATION)
          .messageCreation(new RunStepDetailsMessageCreation().messageId(step.messageId()));
    }
    return new RunStepDetailsToolCallsObject()
        .type(RunStepDetailsToolCallsObject.TypeEnum.TOOL_CALLS)
        .toolCalls(step.toolCalls().stream().map(WireRunSteps::call).toList());
  }

  public static RunStepDetailsToolCall call(ToolCall call) {
    if (call instanceof ToolCall.Function function) {
      return new RunStepDetailsToolCallsFunctionObject()
          .id(function.id())
          .type(RunStepDetailsToolCallsFunctionObject.TypeEnum.FUNCTION)
          .function(
              new RunStepDetailsToolCallsFunction()
                  .name(function.name())
                  .arguments(function.arguments())
                  .output(function.output()));
    }
    if (call instanceof ToolCall.FileSearch search) {
      return new RunStepDetailsToolCallsFileSearchObject()
          .id(search.id())
          .type(RunStepDetailsToolCallsFileSearchObject.TypeEnum.FILE_SEARCH)
          .fileSearch(Map.of());
    }
    ToolCall.CodeInterpreter code = (ToolCall.CodeInterpreter) call;
    return new RunStepDetailsToolCallsCodeObject()
        .id(code.id())
        .type(RunStepDetailsToolCallsCodeObject.TypeEnum.CODE_INTERPRETER)
        .codeInterpreter(
            new RunStepDetailsToolCallsCode()
                .input(code.input())
                .outputs(code.outputs().stream().map(WireRunSteps::output).toList()));
  }

  private static RunStepDetailsToolCallsCodeOutput output(ToolCall.CodeOutput output) {
    if (output instanceof ToolCall.Logs logs) {
      return new RunStepDetailsToolCallsCodeOutputLogsObject()
          .type(RunStepDetailsToolCallsCodeOutputLogsObject.TypeEnum.LOGS)
          .logs(logs.logs());
    }
    return new RunStepDetailsToolCallsCodeOutputImageObject()
        .type(RunStepDetailsToolCallsCodeOutputImageObject.TypeEnum.IMAGE)
        .image(
            new RunStepDetailsToolCallsCodeOutputImage()
                .fileId(((ToolCall.Image) output).fileId()));
  }

  public static ListRunStepsResponse list(Page<RunStep> page) {
    List<RunStepObject> data = page.items().stream().map(WireRunSteps::wire).toList();
    return new ListRunStepsResponse()
        ._object(ListRunStepsResponse.ObjectEnum.LIST)
        .data(data)
        .firstId(data.isEmpty() ? null : data.get(0).getId())
        .lastId(data.isEmpty() ? null : data.get(data.size() - 1).getId())
        .hasMore(page.hasMore());
  }
}
