package dev.assistantskit.client.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assistantskit.client.model.MessageDeltaObject;
import dev.assistantskit.client.model.MessageObject;
import dev.assistantskit.client.model.RunObject;
import dev.assistantskit.client.model.RunStepDeltaObject;
import dev.assistantskit.client.model.RunStepObject;
import dev.assistantskit.client.model.ThreadObject;

/** Turns an event name and its data into the typed event. */
final class EventParser {
  /** Data longer than this is cut in exception messages. */
  private static final int MAX_QUOTED_DATA = 500;

  private final ObjectMapper mapper;

  EventParser(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  AssistantStreamEvent parse(String name, String data) {
    EventType type = EventType.of(name);
    return switch (type.payload()) {
      case THREAD ->
          new AssistantStreamEvent.ThreadCreated(read(name, data, ThreadObject.class), data);
      case RUN -> new AssistantStreamEvent.RunEvent(type, read(name, data, RunObject.class), data);
      case RUN_STEP ->
          new AssistantStreamEvent.RunStepEvent(type, read(name, data, RunStepObject.class), data);
      case RUN_STEP_DELTA ->
          new AssistantStreamEvent.RunStepDeltaEvent(
              read(name, data, RunStepDeltaObject.class), data);
      case MESSAGE ->
          new AssistantStreamEvent.MessageEvent(type, read(name, data, MessageObject.class), data);
      case MESSAGE_DELTA ->
          new AssistantStreamEvent.MessageDeltaEvent(
              read(name, data, MessageDeltaObject.class), data);
      case ERROR ->
          new AssistantStreamEvent.StreamError(
              read(name, data, dev.assistantskit.client.model.Error.class), data);
      case DONE -> new AssistantStreamEvent.Done(data);
      case NONE -> new AssistantStreamEvent.Unknown(name, data);
    };
  }

  private <T> T read(String name, String data, Class<T> type) {
    T value;
    try {
      value = data.isBlank() ? null : mapper.readValue(data, type);
    } catch (JsonProcessingException e) {
      throw failure(name, data, type, e.getOriginalMessage(), e);
    } catch (RuntimeException e) { // a generated setter or enum refusing a value
      throw failure(name, data, type, e.toString(), e);
    }
    if (value == null) {
      throw failure(name, data, type, "no JSON object", null);
    }
    return value;
  }

  private static AssistantStreamException failure(
      String name, String data, Class<?> type, String why, Throwable cause) {
    String quoted =
        data.length() > MAX_QUOTED_DATA ? data.substring(0, MAX_QUOTED_DATA) + "…" : data;
    return new AssistantStreamException(
        "The data of event '"
            + name
            + "' is not a valid "
            + type.getSimpleName()
            + ": "
            + why
            + " (data: "
            + quoted
            + ")",
        name,
        data,
        cause);
  }
}
