package dev.assistantskit.server.backend.scripted;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reduces a JSON Schema to the one concrete shape the generator fills: local {@code $ref}s
 * followed, {@code allOf} merged, and the first branch of {@code anyOf}/{@code oneOf} taken.
 */
final class JsonSchemas {

  private static final int MAX_REF_DEPTH = 16;

  private final JsonNode root;

  JsonSchemas(JsonNode root) {
    this.root = root;
  }

  /** The schema with references and combinators resolved; never null (an empty schema at worst). */
  JsonNode resolve(JsonNode schema) {
    return resolve(schema, 0);
  }

  private JsonNode resolve(JsonNode schema, int depth) {
    if (schema == null || !schema.isObject() || depth > MAX_REF_DEPTH) {
      return JsonNodeFactory.instance.objectNode();
    }
    ObjectNode result = ((ObjectNode) schema).deepCopy();
    result.remove(List.of("$ref", "allOf", "anyOf", "oneOf"));
    if (schema.hasNonNull("$ref")) {
      result = merge(result, resolve(pointer(schema.get("$ref").asText()), depth + 1));
    }
    for (JsonNode part : schema.path("allOf")) {
      result = merge(result, resolve(part, depth + 1));
    }
    for (String choice : new String[] {"anyOf", "oneOf"}) {
      JsonNode branches = schema.path(choice);
      if (branches.isArray() && !branches.isEmpty()) {
        result = merge(result, resolve(firstUsefulBranch(branches), depth + 1));
      }
    }
    return result;
  }

  /** The first branch, skipping a leading {"type": "null"} so optional values get real content. */
  private static JsonNode firstUsefulBranch(JsonNode branches) {
    JsonNode first = branches.get(0);
    if (branches.size() > 1 && "null".equals(first.path("type").asText())) {
      return branches.get(1);
    }
    return first;
  }

  /** The schema's type, inferred from its keywords when {@code type} is missing; null if none. */
  static String type(JsonNode schema) {
    JsonNode type = schema.path("type");
    if (type.isTextual()) {
      return type.asText();
    }
    if (type.isArray()) {
      String fallback = null;
      for (JsonNode t : type) {
        if (!"null".equals(t.asText())) {
          return t.asText();
        }
        fallback = t.asText();
      }
      return fallback;
    }
    if (schema.has("const")) {
      return jsonType(schema.get("const"));
    }
    if (schema.path("enum").isArray() && !schema.path("enum").isEmpty()) {
      return jsonType(schema.get("enum").get(0));
    }
    if (schema.has("properties") || schema.has("required") || schema.has("additionalProperties")) {
      return "object";
    }
    if (schema.has("items") || schema.has("minItems") || schema.has("maxItems")) {
      return "array";
    }
    if (schema.has("minimum") || schema.has("maximum") || schema.has("multipleOf")) {
      return "number";
    }
    if (schema.has("format") || schema.has("pattern") || schema.has("minLength")) {
      return "string";
    }
    return null;
  }

  /** The required property names, in the order the schema lists them. */
  static Set<String> required(JsonNode objectSchema) {
    Set<String> names = new LinkedHashSet<>();
    objectSchema.path("required").forEach(n -> names.add(n.asText()));
    return names;
  }

  private static String jsonType(JsonNode value) {
    if (value.isTextual()) {
      return "string";
    }
    if (value.isIntegralNumber()) {
      return "integer";
    }
    if (value.isNumber()) {
      return "number";
    }
    if (value.isBoolean()) {
      return "boolean";
    }
    if (value.isArray()) {
      return "array";
    }
    return value.isObject() ? "object" : "null";
  }

  private JsonNode pointer(String ref) {
    if (!ref.startsWith("#")) {
      return null; // remote references cannot be fetched by an offline emulator
    }
    JsonNode target = root.at(ref.substring(1));
    return target.isMissingNode() ? null : target;
  }

  /** Combines two schemas: properties and required lists are united, other keywords kept. */
  private static ObjectNode merge(ObjectNode base, JsonNode extra) {
    for (Map.Entry<String, JsonNode> field : extra.properties()) {
      String key = field.getKey();
      JsonNode value = field.getValue();
      if (key.equals("properties") && base.path("properties").isObject() && value.isObject()) {
        ((ObjectNode) base.get("properties")).setAll((ObjectNode) value.deepCopy());
      } else if (key.equals("required") && base.path("required").isArray() && value.isArray()) {
        ArrayNode required = (ArrayNode) base.get("required");
        value.forEach(
            name -> {
              if (!contains(required, name)) {
                required.add(name);
              }
            });
      } else if (!base.has(key)) {
        base.set(key, value.deepCopy());
      }
    }
    return base;
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
