package dev.assistantskit.server.wire;

import dev.assistantskit.server.domain.Run;
import dev.assistantskit.server.domain.ToolCall;
import dev.assistantskit.server.domain.Usage;
import dev.assistantskit.server.generated.model.CreateRunRequest;
import dev.assistantskit.server.generated.model.CreateThreadAndRunRequest;
import dev.assistantskit.server.generated.model.ListRunsResponse;
import dev.assistantskit.server.generated.model.RunCompletionUsage;
import dev.assistantskit.server.generated.model.RunIncompleteDetails;
import dev.assistantskit.server.generated.model.RunLastError;
import dev.assistantskit.server.generated.model.RunObject;
import dev.assistantskit.server.generated.model.RunRequiredAction;
import dev.assistantskit.server.generated.model.RunStatus;
import dev.assistantskit.server.generated.model.RunSubmitToolOutputs;
import dev.assistantskit.server.generated.model.RunToolCallFunction;
import dev.assistantskit.server.generated.model.RunToolCallObject;
import dev.assistantskit.server.generated.model.SubmitToolOutputsRunRequest;
import dev.assistantskit.server.generated.model.TruncationObject;
import dev.assistantskit.server.runs.RunService;
import dev.assistantskit.server.store.Page;
import java.util.List;

/** Runs between the wire and the domain. */
public final class WireRuns {
  private WireRuns() {}

  public static RunService.Draft draft(CreateRunRequest request) {
    return new RunService.Draft(
        request.getAssistantId(),
        request.getModel(),
        request.getInstructions(),
        request.getAdditionalInstructions(),
        request.getAdditionalMessages() == null
            ? null
            : request.getAdditionalMessages().stream().map(WireMessages::newMessage).toList(),
        WireTools.tools(request.getTools()),
        Checks.metadata("metadata", request.getMetadata()),
        request.getTemperature(),
        request.getTopP(),
        request.getMaxPromptTokens(),
        request.getMaxCompletionTokens(),
        truncation(request.getTruncationStrategy()),
        WireTools.toolChoice(request.getToolChoice()),
        WireTools.responseFormat(request.getResponseFormat()),
        null);
  }

  public static RunService.Draft draft(CreateThreadAndRunRequest request) {
    return new RunService.Draft(
        request.getAssistantId(),
        request.getModel(),
        request.getInstructions(),
        null,
        null,
        WireTools.tools(request.getTools()),
        Checks.metadata("metadata", request.getMetadata()),
        request.getTemperature(),
        request.getTopP(),
        request.getMaxPromptTokens(),
        request.getMaxCompletionTokens(),
        truncation(request.getTruncationStrategy()),
        WireTools.toolChoice(request.getToolChoice()),
        WireTools.responseFormat(request.getResponseFormat()),
        WireTools.resources(request.getToolResources()));
  }

  public static List<RunService.ToolOutput> outputs(SubmitToolOutputsRunRequest request) {
    return request.getToolOutputs().stream()
        .map(output -> new RunService.ToolOutput(output.getToolCallId(), output.getOutput()))
        .toList();
  }

  private static Run.Truncation truncation(TruncationObject wire) {
    if (wire == null) {
      return null;
    }
    return new Run.Truncation(wire.getType().toString(), wire.getLastMessages());
  }

  public static RunObject wire(Run run) {
    return new RunObject()
        .id(run.id())
        ._object(RunObject.ObjectEnum.THREAD_RUN)
        .createdAt(WireTime.of(run.createdAt()))
        .threadId(run.threadId())
        .assistantId(run.assistantId())
        .status(RunStatus.fromValue(run.status().wire()))
        .requiredAction(requiredAction(run.requiredAction()))
        .lastError(
            run.lastError() == null
                ? null
                : new RunLastError()
                    .code(RunLastError.CodeEnum.fromValue(run.lastError().code()))
                    .message(run.lastError().message()))
        .expiresAt(WireTime.of(run.expiresAt()))
        .startedAt(WireTime.of(run.startedAt()))
        .cancelledAt(WireTime.of(run.cancelledAt()))
        .failedAt(WireTime.of(run.failedAt()))
        .completedAt(WireTime.of(run.completedAt()))
        .incompleteDetails(
            run.incompleteReason() == null
                ? null
                : new RunIncompleteDetails()
                    .reason(RunIncompleteDetails.ReasonEnum.fromValue(run.incompleteReason())))
        .model(run.model())
        .instructions(run.instructions() == null ? "" : run.instructions())
        .tools(WireTools.wire(run.tools()))
        .metadata(run.metadata())
        .usage(usage(run.usage()))
        .temperature(run.temperature())
        .topP(run.topP())
        .maxPromptTokens(run.maxPromptTokens())
        .maxCompletionTokens(run.maxCompletionTokens())
        .truncationStrategy(
            new TruncationObject()
                .type(TruncationObject.TypeEnum.fromValue(run.truncation().type()))
                .lastMessages(run.truncation().lastMessages()))
        .toolChoice(WireTools.wire(run.toolChoice()))
        .responseFormat(WireTools.wire(run.responseFormat()));
  }

  private static RunRequiredAction requiredAction(List<ToolCall.Function> calls) {
    if (calls == null) {
      return null;
    }
    return new RunRequiredAction()
        .type(RunRequiredAction.TypeEnum.SUBMIT_TOOL_OUTPUTS)
        .submitToolOutputs(
            new RunSubmitToolOutputs()
                .toolCalls(
                    calls.stream()
                        .map(
                            call ->
                                new RunToolCallObject()
                                    .id(call.id())
                                    .type(RunToolCallObject.TypeEnum.FUNCTION)
                                    .function(
                                        new RunToolCallFunction()
                                            .name(call.name())
                                            .arguments(call.arguments())))
                        .toList()));
  }

  private static RunCompletionUsage usage(Usage usage) {
    return usage == null
        ? null
        : new RunCompletionUsage()
            .promptTokens(usage.promptTokens())
            .completionTokens(usage.completionTokens())
            .totalTokens(usage.totalTokens());
  }

  public static ListRunsResponse list(Page<Run> page) {
    List<RunObject> data = page.items().stream().map(WireRuns::wire).toList();
    return new ListRunsResponse()
        ._object(ListRunsResponse.ObjectEnum.LIST)
        .data(data)
        .firstId(data.isEmpty() ? null : data.get(0).getId())
        .lastId(data.isEmpty() ? null : data.get(data.size() - 1).getId())
        .hasMore(page.hasMore());
  }
}
