package dev.assistantskit.client.stream;

import dev.assistantskit.client.model.RunStepDelta;
import dev.assistantskit.client.model.RunStepDeltaObject;
import dev.assistantskit.client.model.RunStepDeltaStepDetailsMessageCreationObject;
import dev.assistantskit.client.model.RunStepDeltaStepDetailsToolCallsObject;
import dev.assistantskit.client.model.RunStepDeltaToolCall;
import dev.assistantskit.client.model.RunStepDetails;
import dev.assistantskit.client.model.RunStepDetailsMessageCreation;
import dev.assistantskit.client.model.RunStepDetailsMessageCreationObject;
import dev.assistantskit.client.model.RunStepDetailsToolCall;
import dev.assistantskit.client.model.RunStepDetailsToolCallsObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Rebuilds the {@code step_details} of one run step from its {@code thread.run.step.delta} events,
 * so that the result can be compared with the {@code thread.run.step.completed} step: {@code
 * acc.stepDetails().equals(completed.getStepDetails())}.
 *
 * <p>Tool calls are merged by {@code index}: code_interpreter {@code input} and function {@code
 * arguments} are concatenated, code_interpreter outputs are merged by their own {@code index}
 * ({@code logs} concatenated, an image takes its {@code file_id}); IDs, types, function names and
 * outputs are set, and may be repeated but not changed. Not thread-safe.
 */
public final class RunStepDeltaAccumulator {
  private String stepId;
  private String detailsType;
  private String messageId;
  private final TreeMap<Integer, ToolCallBuilder> toolCalls = new TreeMap<>();

  /**
   * Adds the next delta of the step.
   *
   * @param delta the data of a {@code thread.run.step.delta} event
   * @return this
   * @throws IllegalArgumentException if the delta belongs to another step, or contradicts the
   *     earlier ones
   */
  public RunStepDeltaAccumulator add(RunStepDeltaObject delta) {
    Objects.requireNonNull(delta, "delta");
    stepId = Merge.same("id", stepId, delta.getId());
    RunStepDelta changes = delta.getDelta();
    if (changes == null || changes.getStepDetails() == null) {
      return this;
    }
    Object details = changes.getStepDetails().getActualInstance();
    if (details instanceof RunStepDeltaStepDetailsMessageCreationObject creation) {
      detailsType = Merge.same("step_details.type", detailsType, "message_creation");
      if (creation.getMessageCreation() != null) {
        messageId =
            Merge.same("message_id", messageId, creation.getMessageCreation().getMessageId());
      }
    } else if (details instanceof RunStepDeltaStepDetailsToolCallsObject calls) {
      detailsType = Merge.same("step_details.type", detailsType, "tool_calls");
      if (calls.getToolCalls() != null) {
        for (RunStepDeltaToolCall call : calls.getToolCalls()) {
          ToolCallBuilder.merge(toolCalls, call);
        }
      }
    } else {
      throw new IllegalArgumentException("Unsupported step_details delta: " + details);
    }
    return this;
  }

  /**
   * The ID of the step.
   *
   * @return the ID, or {@code null} before the first delta
   */
  public String stepId() {
    return stepId;
  }

  /**
   * The tool calls so far, as in a {@code tool_calls} step: one per index, in index order.
   *
   * @return new model objects; empty if no tool call delta was added
   */
  public List<RunStepDetailsToolCall> toolCalls() {
    List<RunStepDetailsToolCall> built = new ArrayList<>();
    toolCalls.values().forEach(c -> built.add(c.build()));
    return built;
  }

  /**
   * The step details so far, as in a run step object.
   *
   * @return {@code message_creation} or {@code tool_calls} details, or {@code null} if no delta
   *     carried {@code step_details}
   */
  public RunStepDetails stepDetails() {
    if ("message_creation".equals(detailsType)) {
      return new RunStepDetails(
          new RunStepDetailsMessageCreationObject()
              .type(RunStepDetailsMessageCreationObject.TypeEnum.MESSAGE_CREATION)
              .messageCreation(new RunStepDetailsMessageCreation().messageId(messageId)));
    }
    if ("tool_calls".equals(detailsType)) {
      return new RunStepDetails(
          new RunStepDetailsToolCallsObject()
              .type(RunStepDetailsToolCallsObject.TypeEnum.TOOL_CALLS)
              .toolCalls(toolCalls()));
    }
    return null;
  }
}
