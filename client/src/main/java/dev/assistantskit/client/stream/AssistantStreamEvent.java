package dev.assistantskit.client.stream;

import dev.assistantskit.client.model.MessageDeltaContent;
import dev.assistantskit.client.model.MessageDeltaContentTextObject;
import dev.assistantskit.client.model.MessageDeltaObject;
import dev.assistantskit.client.model.MessageObject;
import dev.assistantskit.client.model.RunObject;
import dev.assistantskit.client.model.RunStepDeltaObject;
import dev.assistantskit.client.model.RunStepObject;
import dev.assistantskit.client.model.ThreadObject;
import java.util.Objects;

/**
 * One event of an assistants stream: its name and its {@code data}, read into the generated model
 * type of the contract's {@code AssistantStreamEvent} member.
 *
 * <pre>{@code
 * for (AssistantStreamEvent event : stream) {
 *   if (event instanceof AssistantStreamEvent.MessageDeltaEvent delta) {
 *     print(delta.data());
 *   } else if (event.type() == EventType.THREAD_RUN_REQUIRES_ACTION) {
 *     RunObject run = ((AssistantStreamEvent.RunEvent) event).data();
 *   }
 * }
 * }</pre>
 *
 * <p>Every event also keeps the {@linkplain #rawData() data as received}, so that it can be checked
 * against the contract or logged without re-serialising the model (which drops unknown fields).
 */
public sealed interface AssistantStreamEvent
    permits AssistantStreamEvent.ThreadCreated,
        AssistantStreamEvent.RunEvent,
        AssistantStreamEvent.RunStepEvent,
        AssistantStreamEvent.RunStepDeltaEvent,
        AssistantStreamEvent.MessageEvent,
        AssistantStreamEvent.MessageDeltaEvent,
        AssistantStreamEvent.StreamError,
        AssistantStreamEvent.Done,
        AssistantStreamEvent.Unknown {

  /**
   * The event name as on the {@code event:} line.
   *
   * @return e.g. {@code thread.message.delta}
   */
  default String event() {
    return type().wireName();
  }

  /**
   * The type of the event.
   *
   * @return the type; {@link EventType#UNKNOWN} for an {@link Unknown} event
   */
  EventType type();

  /**
   * The payload.
   *
   * @return a generated model object, or the text of a {@link Done} or {@link Unknown} event
   */
  Object data();

  /**
   * The {@code data} exactly as received (several {@code data:} lines joined with {@code \n}).
   *
   * @return the raw data
   */
  String rawData();

  /**
   * Throws if this is an {@code error} event, so that a loop can stop on it: {@code
   * stream.stream().map(AssistantStreamEvent::throwIfError)}.
   *
   * @return this event, if it is not an error
   * @throws StreamErrorException if it is one
   */
  default AssistantStreamEvent throwIfError() {
    if (this instanceof StreamError error) {
      throw error.toException();
    }
    return this;
  }

  private static void require(EventType type, EventType.Payload payload, Object data, String raw) {
    Objects.requireNonNull(type, "type");
    if (type.payload() != payload) {
      throw new IllegalArgumentException(type + " does not carry a " + payload + " payload");
    }
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(raw, "rawData");
  }

  /**
   * {@code thread.created} (only from create-thread-and-run).
   *
   * @param data the new thread
   * @param rawData the data as received
   */
  record ThreadCreated(ThreadObject data, String rawData) implements AssistantStreamEvent {
    public ThreadCreated {
      require(EventType.THREAD_CREATED, EventType.Payload.THREAD, data, rawData);
    }

    @Override
    public EventType type() {
      return EventType.THREAD_CREATED;
    }
  }

  /**
   * {@code thread.run.*}: the run changed state.
   *
   * @param type e.g. {@link EventType#THREAD_RUN_REQUIRES_ACTION}
   * @param data the run as of this event
   * @param rawData the data as received
   */
  record RunEvent(EventType type, RunObject data, String rawData) implements AssistantStreamEvent {
    public RunEvent {
      require(type, EventType.Payload.RUN, data, rawData);
    }
  }

  /**
   * {@code thread.run.step.*} except the delta: a run step changed state.
   *
   * @param type e.g. {@link EventType#THREAD_RUN_STEP_COMPLETED}
   * @param data the step as of this event
   * @param rawData the data as received
   */
  record RunStepEvent(EventType type, RunStepObject data, String rawData)
      implements AssistantStreamEvent {
    public RunStepEvent {
      require(type, EventType.Payload.RUN_STEP, data, rawData);
    }
  }

  /**
   * {@code thread.run.step.delta}: part of a step's tool calls; see {@link
   * RunStepDeltaAccumulator}.
   *
   * @param data the delta
   * @param rawData the data as received
   */
  record RunStepDeltaEvent(RunStepDeltaObject data, String rawData)
      implements AssistantStreamEvent {
    public RunStepDeltaEvent {
      require(EventType.THREAD_RUN_STEP_DELTA, EventType.Payload.RUN_STEP_DELTA, data, rawData);
    }

    @Override
    public EventType type() {
      return EventType.THREAD_RUN_STEP_DELTA;
    }
  }

  /**
   * {@code thread.message.*} except the delta: a message changed state.
   *
   * @param type e.g. {@link EventType#THREAD_MESSAGE_COMPLETED}
   * @param data the message as of this event
   * @param rawData the data as received
   */
  record MessageEvent(EventType type, MessageObject data, String rawData)
      implements AssistantStreamEvent {
    public MessageEvent {
      require(type, EventType.Payload.MESSAGE, data, rawData);
    }
  }

  /**
   * {@code thread.message.delta}: part of a message's content; see {@link MessageDeltaAccumulator}.
   *
   * @param data the delta
   * @param rawData the data as received
   */
  record MessageDeltaEvent(MessageDeltaObject data, String rawData)
      implements AssistantStreamEvent {
    public MessageDeltaEvent {
      require(EventType.THREAD_MESSAGE_DELTA, EventType.Payload.MESSAGE_DELTA, data, rawData);
    }

    @Override
    public EventType type() {
      return EventType.THREAD_MESSAGE_DELTA;
    }

    /**
     * The text this delta adds: the {@code value}s of its text parts, concatenated.
     *
     * @return the text; empty if the delta has none (an image part, a role, an annotation)
     */
    public String text() {
      StringBuilder text = new StringBuilder();
      if (data.getDelta() != null && data.getDelta().getContent() != null) {
        for (MessageDeltaContent part : data.getDelta().getContent()) {
          if (part.getActualInstance() instanceof MessageDeltaContentTextObject t
              && t.getText() != null
              && t.getText().getValue() != null) {
            text.append(t.getText().getValue());
          }
        }
      }
      return text.toString();
    }
  }

  /**
   * {@code error}: the service failed while streaming; the stream is over. {@link #throwIfError()}
   * turns it into a {@link StreamErrorException}.
   *
   * @param data {@code code}, {@code message}, {@code param}, {@code type} as in an error response
   * @param rawData the data as received
   */
  record StreamError(dev.assistantskit.client.model.Error data, String rawData)
      implements AssistantStreamEvent {
    public StreamError {
      require(EventType.ERROR, EventType.Payload.ERROR, data, rawData);
    }

    @Override
    public EventType type() {
      return EventType.ERROR;
    }

    /**
     * The error as an exception, to throw.
     *
     * @return a new exception carrying this error
     */
    public StreamErrorException toException() {
      return new StreamErrorException(data, rawData);
    }
  }

  /**
   * {@code done}: the last event of a stream; its data is {@code [DONE]}.
   *
   * @param data the data as received
   */
  record Done(String data) implements AssistantStreamEvent {
    public Done {
      Objects.requireNonNull(data, "data");
    }

    @Override
    public EventType type() {
      return EventType.DONE;
    }

    @Override
    public String rawData() {
      return data;
    }
  }

  /**
   * An event whose name this client does not know. The contract asks clients to ignore such events,
   * so they are delivered, not failed.
   *
   * @param event the name from the {@code event:} line ({@code message} if there was none)
   * @param rawData the data as received
   */
  record Unknown(String event, String rawData) implements AssistantStreamEvent {
    public Unknown {
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(rawData, "rawData");
    }

    @Override
    public EventType type() {
      return EventType.UNKNOWN;
    }

    @Override
    public String data() {
      return rawData;
    }
  }
}
