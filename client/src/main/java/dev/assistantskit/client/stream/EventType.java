package dev.assistantskit.client.stream;

import java.util.HashMap;
import java.util.Map;

/**
 * The event names of an assistants stream (api-version 2024-05-01-preview), and what their {@code
 * data} carries.
 *
 * <p>{@link #THREAD_RUN_INCOMPLETE} is not defined by this api-version; it is accepted because
 * later versions send it for runs that end {@code incomplete}. Any other name is {@link #UNKNOWN}.
 */
public enum EventType {
  THREAD_CREATED("thread.created", Payload.THREAD),
  THREAD_RUN_CREATED("thread.run.created", Payload.RUN),
  THREAD_RUN_QUEUED("thread.run.queued", Payload.RUN),
  THREAD_RUN_IN_PROGRESS("thread.run.in_progress", Payload.RUN),
  THREAD_RUN_REQUIRES_ACTION("thread.run.requires_action", Payload.RUN),
  THREAD_RUN_COMPLETED("thread.run.completed", Payload.RUN),
  THREAD_RUN_INCOMPLETE("thread.run.incomplete", Payload.RUN),
  THREAD_RUN_FAILED("thread.run.failed", Payload.RUN),
  THREAD_RUN_CANCELLING("thread.run.cancelling", Payload.RUN),
  THREAD_RUN_CANCELLED("thread.run.cancelled", Payload.RUN),
  THREAD_RUN_EXPIRED("thread.run.expired", Payload.RUN),
  THREAD_RUN_STEP_CREATED("thread.run.step.created", Payload.RUN_STEP),
  THREAD_RUN_STEP_IN_PROGRESS("thread.run.step.in_progress", Payload.RUN_STEP),
  THREAD_RUN_STEP_DELTA("thread.run.step.delta", Payload.RUN_STEP_DELTA),
  THREAD_RUN_STEP_COMPLETED("thread.run.step.completed", Payload.RUN_STEP),
  THREAD_RUN_STEP_FAILED("thread.run.step.failed", Payload.RUN_STEP),
  THREAD_RUN_STEP_CANCELLED("thread.run.step.cancelled", Payload.RUN_STEP),
  THREAD_RUN_STEP_EXPIRED("thread.run.step.expired", Payload.RUN_STEP),
  THREAD_MESSAGE_CREATED("thread.message.created", Payload.MESSAGE),
  THREAD_MESSAGE_IN_PROGRESS("thread.message.in_progress", Payload.MESSAGE),
  THREAD_MESSAGE_DELTA("thread.message.delta", Payload.MESSAGE_DELTA),
  THREAD_MESSAGE_COMPLETED("thread.message.completed", Payload.MESSAGE),
  THREAD_MESSAGE_INCOMPLETE("thread.message.incomplete", Payload.MESSAGE),
  ERROR("error", Payload.ERROR),
  DONE("done", Payload.DONE),
  /** Any event name not listed here; its data is kept as text. */
  UNKNOWN(null, Payload.NONE);

  /** What the {@code data} of an event is, as a generated model type. */
  enum Payload {
    THREAD,
    RUN,
    RUN_STEP,
    RUN_STEP_DELTA,
    MESSAGE,
    MESSAGE_DELTA,
    ERROR,
    DONE,
    NONE
  }

  private static final Map<String, EventType> BY_NAME = new HashMap<>();

  static {
    for (EventType type : values()) {
      if (type.wireName != null) {
        BY_NAME.put(type.wireName, type);
      }
    }
  }

  private final String wireName;
  private final Payload payload;

  EventType(String wireName, Payload payload) {
    this.wireName = wireName;
    this.payload = payload;
  }

  /**
   * The name on the {@code event:} line.
   *
   * @return e.g. {@code thread.run.completed}; {@code null} for {@link #UNKNOWN}
   */
  public String wireName() {
    return wireName;
  }

  /**
   * The type of an event name, case-sensitively as on the wire.
   *
   * @param wireName the name on the {@code event:} line
   * @return the type, or {@link #UNKNOWN}
   */
  public static EventType of(String wireName) {
    return wireName == null ? UNKNOWN : BY_NAME.getOrDefault(wireName, UNKNOWN);
  }

  Payload payload() {
    return payload;
  }
}
