package dev.assistantskit.server.backend.scripted;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assistantskit.server.backend.scripted.Candidates.Candidate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One run of argument generation for one message. It remembers the values already used, so two
 * properties do not take the same one. Not thread-safe; {@link SchemaArguments} makes one per call.
 */
final class ArgumentGenerator {

  /** A value and whether the message supplied it (optional properties are sent only then). */
  record Choice(JsonNode value, boolean explicit) {}

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final int MAX_DEPTH = 8;

  final JsonSchemas schemas;
  private final MessageValues values;
  private final Candidates candidates;
  private final Set<String> used = new HashSet<>();

  ArgumentGenerator(JsonSchemas schemas, MessageValues values) {
    this.schemas = schemas;
    this.values = values;
    this.candidates = new Candidates(values);
  }

  void markUsed(JsonNode value) {
    used.add(value.asText().toLowerCase(Locale.ROOT));
  }

  Choice object(JsonNode schema, Map<String, JsonNode> preset, int depth) {
    ObjectNode object = JSON.objectNode();
    Set<String> required = JsonSchemas.required(schema);
    boolean explicit = false;
    JsonNode properties = schema.path("properties");
    reserveEnumMentions(properties);
    // Properties whose names say what they want ("city", "email") choose first, so a generic
    // one listed earlier ("street") cannot take the city from "in Berlin".
    Map<String, Choice> chosen = new HashMap<>();
    for (boolean specific : new boolean[] {true, false}) {
      for (Map.Entry<String, JsonNode> property : properties.properties()) {
        String name = property.getKey();
        if (preset.containsKey(name) || specific != hasSpecificHint(name, property.getValue())) {
          continue;
        }
        boolean mandatory = required.contains(name);
        Choice choice =
            mandatory || depth < MAX_DEPTH ? value(name, property.getValue(), depth) : null;
        if (choice != null && (mandatory || choice.explicit())) {
          chosen.put(name, choice);
        }
      }
    }
    for (Map.Entry<String, JsonNode> property : properties.properties()) {
      String name = property.getKey();
      if (preset.containsKey(name)) {
        object.set(name, preset.get(name));
        explicit = true;
      } else if (chosen.containsKey(name)) {
        object.set(name, chosen.get(name).value());
        explicit |= chosen.get(name).explicit();
      }
    }
    // A required name the schema does not describe still has to be present; any value will do.
    for (String name : required) {
      if (!object.has(name)) {
        Choice choice = value(name, schema.path("additionalProperties"), depth);
        object.set(name, choice == null ? JSON.textNode(Words.humanise(name)) : choice.value());
      }
    }
    return new Choice(object, explicit);
  }

  private boolean hasSpecificHint(String name, JsonNode rawSchema) {
    JsonNode schema = schemas.resolve(rawSchema);
    if (!"string".equals(JsonSchemas.type(schema)) || schema.has("enum")) {
      return false;
    }
    PropertyHint hint = PropertyHint.of(name, schema.path("format").asText(null));
    return hint != PropertyHint.GENERIC && hint != PropertyHint.TITLE && hint != PropertyHint.TEXT;
  }

  /** "in fahrenheit" names the unit, so no free-text property may take "fahrenheit" too. */
  private void reserveEnumMentions(JsonNode properties) {
    for (JsonNode property : properties) {
      JsonNode options = schemas.resolve(property).path("enum");
      if (options.isArray()) {
        candidates.enumMentions(options).forEach(this::markUsed);
      }
    }
  }

  /** A value for one property, or null when the schema allows none worth sending. */
  Choice value(String name, JsonNode rawSchema, int depth) {
    JsonNode schema = schemas.resolve(rawSchema);
    if (schema.has("const")) {
      return new Choice(schema.get("const"), false);
    }
    if (schema.path("enum").isArray() && !schema.path("enum").isEmpty()) {
      return enumValue(schema);
    }
    String type = JsonSchemas.type(schema);
    if (type == null) {
      type = "string"; // an unconstrained property accepts anything; text is the likeliest
    }
    return switch (type) {
      case "string" -> string(name, schema);
      case "integer", "number" -> number(name, schema, type.equals("integer"));
      case "boolean" -> bool(name, schema);
      case "array" -> array(name, schema, depth);
      case "object" -> depth >= MAX_DEPTH ? null : object(schema, Map.of(), depth + 1);
      case "null" -> new Choice(JSON.nullNode(), false);
      default -> string(name, schema);
    };
  }

  private Choice enumValue(JsonNode schema) {
    List<JsonNode> mentioned = candidates.enumMentions(schema.get("enum"));
    if (!mentioned.isEmpty()) {
      return new Choice(mentioned.get(0), true);
    }
    JsonNode fallback = schema.get("enum").get(0);
    for (JsonNode option : schema.get("enum")) {
      if (option.equals(schema.get("default"))) {
        fallback = option;
      }
    }
    return new Choice(fallback, false);
  }

  private Choice string(String name, JsonNode schema) {
    StringRules rules = new StringRules(schema);
    for (Candidate candidate : candidates.forString(name, schema)) {
      String value = rules.fit(candidate.value());
      if (!used.contains(value.toLowerCase(Locale.ROOT)) && rules.accepts(value)) {
        used.add(value.toLowerCase(Locale.ROOT));
        return new Choice(JSON.textNode(value), true);
      }
    }
    return new Choice(JSON.textNode(StringFallbacks.value(name, schema, rules, values)), false);
  }

  private Choice number(String name, JsonNode schema, boolean integer) {
    NumberRules rules = new NumberRules(schema, integer);
    for (Candidate candidate : candidates.forNumber(name)) {
      if (!used.contains(candidate.value())) {
        used.add(candidate.value());
        return new Choice(rules.node(new BigDecimal(candidate.value())), true);
      }
    }
    JsonNode fallback = schema.path("default").isNumber() ? schema.get("default") : null;
    if (fallback == null && schema.path("examples").path(0).isNumber()) {
      fallback = schema.get("examples").get(0);
    }
    return new Choice(
        fallback == null ? rules.node(null) : rules.node(fallback.decimalValue()), false);
  }

  /** True when the message names the property ("with insurance"), false if it negates it. */
  private Choice bool(String name, JsonNode schema) {
    Boolean said = BooleanMentions.of(name, values.text);
    return said != null
        ? new Choice(JSON.booleanNode(said), true)
        : new Choice(JSON.booleanNode(schema.path("default").asBoolean(false)), false);
  }

  private Choice array(String name, JsonNode schema, int depth) {
    ArrayNode array = JSON.arrayNode();
    int min = Math.max(0, schema.path("minItems").asInt(0));
    int max = schema.has("maxItems") ? schema.get("maxItems").asInt() : Integer.MAX_VALUE;
    JsonNode items = schema.path("items");
    if (items.isArray()) {
      // Draft-04 tuple form: one value per position.
      for (int i = 0; i < items.size() && i < max; i++) {
        Choice item = value(name, items.get(i), depth + 1);
        array.add(item == null ? JSON.nullNode() : item.value());
      }
      return new Choice(array, false);
    }
    JsonNode itemSchema = schemas.resolve(items);
    String singular = singular(name);
    boolean explicit = false;
    for (JsonNode found : explicitItems(singular, itemSchema)) {
      if (array.size() < max) {
        array.add(found);
        explicit = true;
      }
    }
    boolean unique = schema.path("uniqueItems").asBoolean(false);
    int wanted = Math.min(max, Math.max(min, array.isEmpty() ? 1 : 0));
    for (int attempt = 0; array.size() < wanted && attempt < wanted + 8; attempt++) {
      Choice item = value(singular, itemSchema, depth + 1);
      JsonNode next = item == null ? JSON.textNode(singular) : item.value();
      next = unique ? Variations.distinct(next, array, itemSchema, attempt) : next;
      if (next != null) {
        array.add(next);
      }
    }
    return new Choice(array, explicit);
  }

  /** Every value the message lists for an array's items: all the e-mails, all named options. */
  private List<JsonNode> explicitItems(String singular, JsonNode itemSchema) {
    if (itemSchema.path("enum").isArray()) {
      return candidates.enumMentions(itemSchema.get("enum"));
    }
    String type = JsonSchemas.type(itemSchema);
    List<Candidate> found;
    if ("string".equals(type) || type == null) {
      found = candidates.forString(singular, itemSchema);
    } else if ("integer".equals(type) || "number".equals(type)) {
      found = candidates.forNumber(singular);
    } else {
      return List.of();
    }
    if (found.isEmpty()) {
      return List.of();
    }
    // Everything of the best kind (all the e-mails), plus values listed after it ("7 and 9").
    List<Candidate> chosen = new ArrayList<>();
    for (Candidate c : found) {
      if (c.rank() == found.get(0).rank()) {
        chosen.add(c);
      }
    }
    Candidate last = chosen.stream().max(Comparator.comparingInt(Candidate::start)).get();
    chosen.addAll(candidates.listedAfter(last, found, "string".equals(type) || type == null));
    List<JsonNode> items = new ArrayList<>();
    for (Candidate c : chosen) {
      if (used.contains(c.value().toLowerCase(Locale.ROOT))) {
        continue;
      }
      JsonNode item =
          "string".equals(type) || type == null
              ? stringItem(c.value(), itemSchema)
              : new NumberRules(itemSchema, "integer".equals(type)).node(new BigDecimal(c.value()));
      if (item != null && !items.contains(item)) {
        used.add(c.value().toLowerCase(Locale.ROOT));
        items.add(item);
      }
    }
    return items;
  }

  private static JsonNode stringItem(String value, JsonNode itemSchema) {
    StringRules rules = new StringRules(itemSchema);
    String fitted = rules.fit(value);
    return rules.accepts(fitted) ? JSON.textNode(fitted) : null;
  }

  /** "attendees" → "attendee", so item values are chosen as for a single attendee. */
  private static String singular(String name) {
    if (name.endsWith("ies") && name.length() > 4) {
      return name.substring(0, name.length() - 3) + "y";
    }
    if (name.endsWith("s") && !name.endsWith("ss") && name.length() > 3) {
      return name.substring(0, name.length() - 1);
    }
    return name;
  }
}
