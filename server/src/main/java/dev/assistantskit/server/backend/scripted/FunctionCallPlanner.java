package dev.assistantskit.server.backend.scripted;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assistantskit.server.backend.scripted.Candidates.Candidate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decides which function calls the scripted model makes for a user message: a forced function
 * ({@code tool_choice}) is always called; otherwise the functions the message mentions are, in
 * order of mention, one call per value when the message asks about several ("the weather in Paris
 * and in Tokyo" → two {@code get_weather} calls). Deterministic and thread-safe.
 */
public final class FunctionCallPlanner {

  /**
   * One call the model decides to make.
   *
   * @param name the function to call
   * @param arguments its arguments, valid against the function's parameters schema
   */
  public record PlannedCall(String name, ObjectNode arguments) {

    /** Requires both parts. */
    public PlannedCall {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(arguments, "arguments");
    }
  }

  private final SchemaArguments schemaArguments = new SchemaArguments();

  /**
   * The calls for {@code userMessage}.
   *
   * @param functions the function tools available to the run
   * @param forcedFunctionName the function {@code tool_choice} forces, or null for "auto"; a name
   *     not among {@code functions} is still called, with arguments {@code {}}
   * @return the calls in order; empty when no function is forced or mentioned
   */
  public List<PlannedCall> plan(
      String userMessage, List<FunctionSpec> functions, String forcedFunctionName) {
    String message = userMessage == null ? "" : userMessage;
    List<FunctionSpec> available = functions == null ? List.of() : functions;
    MessageValues values = MessageValues.of(message);
    if (forcedFunctionName != null) {
      FunctionSpec forced =
          available.stream()
              .filter(f -> f.name().equals(forcedFunctionName))
              .findFirst()
              .orElse(new FunctionSpec(forcedFunctionName, null, null));
      return callsFor(forced, values, 0, message.length());
    }
    List<FunctionMentions.Mention> mentions = FunctionMentions.in(message, available);
    List<PlannedCall> calls = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      // A function's own values sit between its mention and the next function's.
      int from = i == 0 ? 0 : mentions.get(i).position();
      int to = i + 1 < mentions.size() ? mentions.get(i + 1).position() : message.length();
      calls.addAll(callsFor(mentions.get(i).function(), values, from, to));
    }
    return List.copyOf(calls);
  }

  private List<PlannedCall> callsFor(
      FunctionSpec function, MessageValues values, int from, int to) {
    JsonNode schema = function.parameters();
    PrimaryProperty primary = PrimaryProperty.of(schema);
    List<JsonNode> keyValues =
        primary == null ? List.of() : listedValues(primary, values, from, to);
    if (keyValues.isEmpty()) {
      return List.of(
          new PlannedCall(function.name(), schemaArguments.generate(schema, values.text)));
    }
    List<PlannedCall> calls = new ArrayList<>();
    for (JsonNode value : keyValues) {
      ObjectNode arguments =
          schemaArguments.generate(schema, values.text, Map.of(primary.name(), value));
      calls.add(new PlannedCall(function.name(), arguments));
    }
    return calls;
  }

  /**
   * The values the scope gives the key property: its best candidate plus any listed right after it
   * ("Paris, London and Tokyo", "orders 12 and 15").
   */
  private static List<JsonNode> listedValues(
      PrimaryProperty primary, MessageValues values, int from, int to) {
    Candidates candidates = new Candidates(values, from, to);
    List<Candidate> ranked =
        primary.numeric()
            ? candidates.forNumber(primary.name())
            : candidates.forString(primary.name(), primary.schema());
    if (ranked.isEmpty()) {
      return List.of();
    }
    List<Candidate> listed = new ArrayList<>(List.of(ranked.get(0)));
    listed.addAll(candidates.listedAfter(ranked.get(0), ranked, !primary.numeric()));
    List<JsonNode> nodes = new ArrayList<>();
    for (Candidate c : listed) {
      nodes.add(primary.toJson(c.value()));
    }
    return nodes;
  }

  /** The property a message lists several values of: the first required string or number. */
  private record PrimaryProperty(String name, JsonNode schema, String type) {

    static PrimaryProperty of(JsonNode parameters) {
      if (parameters == null || !parameters.isObject()) {
        return null;
      }
      JsonSchemas schemas = new JsonSchemas(parameters);
      JsonNode resolved = schemas.resolve(parameters);
      PrimaryProperty firstOptional = null;
      for (Map.Entry<String, JsonNode> property : resolved.path("properties").properties()) {
        JsonNode schema = schemas.resolve(property.getValue());
        String type = JsonSchemas.type(schema);
        boolean listable =
            !schema.has("const")
                && !schema.has("enum")
                && ("string".equals(type) || "integer".equals(type) || "number".equals(type));
        if (!listable) {
          continue;
        }
        PrimaryProperty candidate = new PrimaryProperty(property.getKey(), schema, type);
        if (JsonSchemas.required(resolved).contains(property.getKey())) {
          return candidate;
        }
        if (firstOptional == null) {
          firstOptional = candidate;
        }
      }
      return firstOptional;
    }

    boolean numeric() {
      return !"string".equals(type);
    }

    JsonNode toJson(String value) {
      if (numeric()) {
        return new NumberRules(schema, "integer".equals(type)).node(new BigDecimal(value));
      }
      return JsonNodeFactory.instance.textNode(new StringRules(schema).fit(value));
    }
  }
}
