package dev.assistantskit.server.backend.scripted;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the assistant message that follows submitted tool outputs, as a model would: it says which
 * call each output answers and quotes the output, e.g. "The get_weather call for Paris returned:
 * 22°C and sunny." Deterministic and thread-safe.
 */
public final class ToolOutputReply {

  /**
   * One function call and the output the client submitted for it.
   *
   * @param functionName the function that was called
   * @param arguments the arguments it was called with, or null
   * @param output the submitted output, or null
   */
  public record ToolResult(String functionName, ObjectNode arguments, String output) {

    /** Requires the function name. */
    public ToolResult {
      Objects.requireNonNull(functionName, "functionName");
    }
  }

  private static final int MAX_ARGUMENT_LENGTH = 60;
  private static final int MAX_DETAILS = 3;

  /** The reply text for the results of one step's calls, in the order given. */
  public String compose(List<ToolResult> results) {
    if (results == null || results.isEmpty()) {
      return "The function calls returned no results.";
    }
    if (results.size() == 1) {
      return sentence(results.get(0));
    }
    StringBuilder reply = new StringBuilder("Here is what the function calls returned:\n");
    for (ToolResult result : results) {
      reply.append("\n- ").append(sentence(result).replace("\n", "\n  "));
    }
    return reply.toString();
  }

  private static String sentence(ToolResult result) {
    return "The "
        + result.functionName()
        + " call"
        + describe(result.arguments())
        + " returned"
        + quote(result.output());
  }

  /** " for Paris (unit: celsius)": the first argument value, then up to two named ones. */
  private static String describe(ObjectNode arguments) {
    if (arguments == null) {
      return "";
    }
    List<String> details = new ArrayList<>();
    String subject = null;
    for (Map.Entry<String, JsonNode> argument : arguments.properties()) {
      String value = scalarText(argument.getValue());
      if (value == null) {
        continue;
      }
      if (subject == null) {
        subject = value;
      } else if (details.size() < MAX_DETAILS - 1) {
        details.add(Words.humanise(argument.getKey()) + ": " + value);
      }
    }
    if (subject == null) {
      return "";
    }
    String text = " for " + subject;
    return details.isEmpty() ? text : text + " (" + String.join(", ", details) + ")";
  }

  /** Text for a scalar or a list of scalars; null for objects, which are too long to mention. */
  private static String scalarText(JsonNode value) {
    if (value.isValueNode() && !value.isNull()) {
      return shorten(value.asText());
    }
    if (value.isArray() && !value.isEmpty()) {
      List<String> parts = new ArrayList<>();
      for (JsonNode element : value) {
        if (!element.isValueNode() || element.isNull()) {
          return null;
        }
        parts.add(element.asText());
      }
      return shorten(String.join(", ", parts));
    }
    return null;
  }

  private static String shorten(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    if (flat.codePointCount(0, flat.length()) <= MAX_ARGUMENT_LENGTH) {
      return flat;
    }
    return flat.substring(0, flat.offsetByCodePoints(0, MAX_ARGUMENT_LENGTH - 1)) + "…";
  }

  /**
   * The output after "returned": prose inline and ending in a full stop, JSON in backticks, and
   * anything spanning lines in a fenced block so it reads as the model quoting it verbatim.
   */
  private static String quote(String output) {
    String text = output == null ? "" : output.strip();
    if (text.isEmpty()) {
      return " no output.";
    }
    if (text.contains("\n")) {
      return ":\n\n```\n" + text + "\n```";
    }
    if (looksLikeJson(text)) {
      return ": `" + text + "`";
    }
    return ": " + text + (endsSentence(text) ? "" : ".");
  }

  private static boolean looksLikeJson(String text) {
    return (text.startsWith("{") && text.endsWith("}"))
        || (text.startsWith("[") && text.endsWith("]"));
  }

  private static boolean endsSentence(String text) {
    char last = text.charAt(text.length() - 1);
    return last == '.' || last == '!' || last == '?' || last == '…';
  }
}
