package dev.assistantskit.client.stream;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Feeds the delta events of a whole stream to one {@link MessageDeltaAccumulator} per message and
 * one {@link RunStepDeltaAccumulator} per run step, keyed by ID.
 *
 * <pre>{@code
 * DeltaAccumulator deltas = new DeltaAccumulator();
 * for (AssistantStreamEvent event : stream) {
 *   deltas.accept(event);
 *   if (event instanceof AssistantStreamEvent.MessageEvent m
 *       && m.type() == EventType.THREAD_MESSAGE_COMPLETED) {
 *     String text = deltas.message(m.data().getId()).map(MessageDeltaAccumulator::text).orElse("");
 *   }
 * }
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class DeltaAccumulator {
  private final Map<String, MessageDeltaAccumulator> messages = new LinkedHashMap<>();
  private final Map<String, RunStepDeltaAccumulator> steps = new LinkedHashMap<>();

  /**
   * Adds an event if it is a delta; other events are ignored.
   *
   * @param event any event of the stream
   * @return this
   * @throws IllegalArgumentException if a delta contradicts the earlier ones of its object
   */
  public DeltaAccumulator accept(AssistantStreamEvent event) {
    if (event instanceof AssistantStreamEvent.MessageDeltaEvent delta) {
      messages
          .computeIfAbsent(delta.data().getId(), id -> new MessageDeltaAccumulator())
          .add(delta.data());
    } else if (event instanceof AssistantStreamEvent.RunStepDeltaEvent delta) {
      steps
          .computeIfAbsent(delta.data().getId(), id -> new RunStepDeltaAccumulator())
          .add(delta.data());
    }
    return this;
  }

  /**
   * The deltas of one message.
   *
   * @param messageId the message ID
   * @return its accumulator, or empty if no delta of it was seen
   */
  public Optional<MessageDeltaAccumulator> message(String messageId) {
    return Optional.ofNullable(messages.get(messageId));
  }

  /**
   * The deltas of one run step.
   *
   * @param stepId the step ID
   * @return its accumulator, or empty if no delta of it was seen
   */
  public Optional<RunStepDeltaAccumulator> step(String stepId) {
    return Optional.ofNullable(steps.get(stepId));
  }

  /**
   * Every message that had deltas, in the order of its first delta.
   *
   * @return message ID to accumulator
   */
  public Map<String, MessageDeltaAccumulator> messages() {
    return Collections.unmodifiableMap(messages);
  }

  /**
   * Every run step that had deltas, in the order of its first delta.
   *
   * @return step ID to accumulator
   */
  public Map<String, RunStepDeltaAccumulator> steps() {
    return Collections.unmodifiableMap(steps);
  }
}
