package dev.assistantskit.server.backend.scripted;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Makes up function-call arguments the way a model would: a JSON object valid against the
 * function's {@code parameters} schema, filled from what the user message says. Every required
 * property gets a value; an optional one only when the message gives it one. Values come from the
 * message where it has them (quoted text, places after "in", e-mails, dates, numbers, the enum
 * value it names) and are otherwise plausible defaults. Deterministic and thread-safe.
 */
public final class SchemaArguments {

  /**
   * Arguments for a function with this {@code parameters} schema, asked for in {@code userMessage}.
   * A missing, empty or non-object schema means "no parameters" and yields {@code {}}.
   */
  public ObjectNode generate(JsonNode parametersSchema, String userMessage) {
    return generate(parametersSchema, userMessage, Map.of());
  }

  /**
   * As {@link #generate(JsonNode, String)}, with some top-level properties already decided (the
   * planner's one-call-per-city values); other properties avoid reusing those values.
   */
  ObjectNode generate(JsonNode parametersSchema, String userMessage, Map<String, JsonNode> preset) {
    if (parametersSchema == null || !parametersSchema.isObject() || parametersSchema.isEmpty()) {
      return JsonNodeFactory.instance.objectNode();
    }
    ArgumentGenerator generation =
        new ArgumentGenerator(new JsonSchemas(parametersSchema), MessageValues.of(userMessage));
    preset.values().forEach(generation::markUsed);
    JsonNode schema = generation.schemas.resolve(parametersSchema);
    if (!"object".equals(JsonSchemas.type(schema))) {
      return JsonNodeFactory.instance.objectNode();
    }
    return (ObjectNode) generation.object(schema, preset, 0).value();
  }
}
