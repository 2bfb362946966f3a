package dev.assistantskit.server.backend.scripted;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;

/** Makes a generated array item differ from the ones already present, for {@code uniqueItems}. */
final class Variations {

  private Variations() {}

  /** {@code candidate} if new to {@code array}, else a variant of it, or null if none exists. */
  static JsonNode distinct(JsonNode candidate, ArrayNode array, JsonNode itemSchema, int attempt) {
    if (!contains(array, candidate)) {
      return candidate;
    }
    if (itemSchema.path("enum").isArray()) {
      for (JsonNode option : itemSchema.get("enum")) {
        if (!contains(array, option)) {
          return option;
        }
      }
      return null;
    }
    JsonNodeFactory json = JsonNodeFactory.instance;
    JsonNode variant = null;
    if (candidate.isTextual()) {
      variant = json.textNode(candidate.asText() + " " + (array.size() + 1 + attempt));
    } else if (candidate.isNumber()) {
      BigDecimal shifted = candidate.decimalValue().add(BigDecimal.valueOf(array.size() + attempt));
      variant = NumberRules.json(shifted, candidate.isIntegralNumber());
    } else if (candidate.isBoolean()) {
      variant = json.booleanNode(!candidate.asBoolean());
    }
    return variant == null || contains(array, variant) ? null : variant;
  }

  private static boolean contains(ArrayNode array, JsonNode value) {
    for (JsonNode element : array) {
      if (element.equals(value)) {
        return true;
      }
    }
    return false;
  }
}
