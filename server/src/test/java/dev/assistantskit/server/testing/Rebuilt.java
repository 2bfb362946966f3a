package dev.assistantskit.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Steps and messages rebuilt from a stream the way a client's accumulator does it: start from the
 * {@code created} event's snapshot and merge every delta of the same object into it. Array elements
 * are matched by their {@code index} (a new index appends an element), the streamed strings —
 * {@code input}, {@code arguments}, {@code value} — are concatenated, and anything else a delta
 * carries is set, and must agree with what an earlier delta set.
 */
public final class Rebuilt {
  private static final Set<String> STREAMED = Set.of("input", "arguments", "value");

  private Rebuilt() {}

  /** The step as a client holds it at the end of the stream: step.created plus its deltas. */
  public static ObjectNode step(List<Sse.Event> events, String stepId) {
    return rebuilt(events, "thread.run.step.created", "thread.run.step.delta", stepId);
  }

  /** The message as a client holds it at the end of the stream: message.created plus deltas. */
  public static ObjectNode message(List<Sse.Event> events, String messageId) {
    return rebuilt(events, "thread.message.created", "thread.message.delta", messageId);
  }

  /** The data of the only event named {@code name}. */
  public static JsonNode only(List<Sse.Event> events, String name) {
    List<JsonNode> found =
        events.stream().filter(e -> e.name().equals(name)).map(Sse.Event::json).toList();
    assertThat(found).as("events named " + name).hasSize(1);
    return found.get(0);
  }

  /**
   * A message's content as its final event or a GET shows it, less the empty {@code annotations}
   * lists that text deltas leave out.
   */
  public static JsonNode content(JsonNode message) {
    JsonNode content = message.get("content").deepCopy();
    for (JsonNode part : content) {
      JsonNode text = part.get("text");
      if (text != null && text.path("annotations").isEmpty()) {
        ((ObjectNode) text).remove("annotations");
      }
    }
    return content;
  }

  private static ObjectNode rebuilt(
      List<Sse.Event> events, String createdName, String deltaName, String id) {
    ObjectNode object = null;
    for (Sse.Event event : events) {
      if (!id.equals(event.json() == null ? null : event.json().path("id").asText())) {
        continue;
      }
      if (event.name().equals(createdName)) {
        assertThat(object).as("one " + createdName + " for " + id).isNull();
        object = event.json().deepCopy();
      } else if (event.name().equals(deltaName)) {
        assertThat(object).as("a delta of " + id + " after its " + createdName).isNotNull();
        merge(
            object,
            deltaName.equals("thread.message.delta")
                ? Map.of("content", event.json().at("/delta/content"))
                : Map.of("step_details", event.json().at("/delta/step_details")));
      }
    }
    assertThat(object).as(createdName + " for " + id).isNotNull();
    return object;
  }

  private static void merge(ObjectNode target, Map<String, JsonNode> fields) {
    fields.forEach((key, value) -> mergeField(target, key, value));
  }

  private static void merge(ObjectNode target, JsonNode piece) {
    piece.fields().forEachRemaining(field -> mergeField(target, field.getKey(), field.getValue()));
  }

  private static void mergeField(ObjectNode target, String key, JsonNode value) {
    if (key.equals("index") || value.isNull()) {
      return;
    }
    JsonNode existing = target.get(key);
    if (value.isObject()) {
      merge(existing instanceof ObjectNode object ? object : target.putObject(key), value);
    } else if (value.isArray()) {
      mergeElements(existing instanceof ArrayNode array ? array : target.putArray(key), value);
    } else if (value.isTextual() && STREAMED.contains(key)) {
      target.put(key, (existing == null ? "" : existing.asText()) + value.asText());
    } else {
      if (existing != null) {
        assertThat(value).as("'" + key + "' sent again with another value").isEqualTo(existing);
      }
      target.set(key, value);
    }
  }

  private static void mergeElements(ArrayNode target, JsonNode pieces) {
    for (JsonNode piece : pieces) {
      int index = piece.path("index").asInt(target.size());
      assertThat(index).as("an index a delta extends or appends").isBetween(0, target.size());
      JsonNode element = index < target.size() ? target.get(index) : target.addObject();
      merge((ObjectNode) element, piece);
    }
  }
}
