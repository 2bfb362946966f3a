package dev.assistantskit.server.wire;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** Free-form JSON (function parameters) between the wire's maps and the domain's trees. */
final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static JsonNode tree(Map<String, Object> map) {
    return map == null ? null : MAPPER.valueToTree(map);
  }

  static Map<String, Object> map(JsonNode tree) {
    return tree == null ? null : MAPPER.convertValue(tree, new TypeReference<>() {});
  }
}
