package dev.assistantskit.server.backend.scripted;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value of a required string the message does not supply: the schema's default or example, a
 * sample of its format, what its name suggests ("Seattle" for a city, the message's gist for a
 * title), and, for a {@code pattern}, a word of the message or a sample written from the pattern.
 */
final class StringFallbacks {

  private static final Pattern GIST =
      Pattern.compile(
          "\\b(?:a|an|the|my|our)\\s+((?:[\\p{L}\\p{N}'’-]+\\s*){1,5}?)"
              + "(?=$|[.?!,;:]|\\s(?:with|on|at|for|in|about|and|to|tomorrow|today|next)\\b)",
          Pattern.CASE_INSENSITIVE);

  private StringFallbacks() {}

  static String value(String name, JsonNode schema, StringRules rules, MessageValues values) {
    String fallback = rules.fit(plausible(name, schema, values.text));
    return rules.accepts(fallback) ? fallback : patternMatch(rules, fallback, values.text);
  }

  /** For a {@code pattern} the usual values miss: a word of the message it fits, or a sample. */
  private static String patternMatch(StringRules rules, String fallback, String message) {
    for (String word : message.split("[\\s,;]+")) {
      String trimmed = word.replaceAll("^[\"'(]+|[\"').!?:]+$", "");
      if (!trimmed.isEmpty() && rules.accepts(trimmed) && rules.fitsLength(trimmed)) {
        return trimmed;
      }
    }
    String example = rules.example();
    return example != null ? example : fallback;
  }

  private static String plausible(String name, JsonNode schema, String message) {
    if (schema.path("default").isTextual()) {
      return schema.get("default").asText();
    }
    if (schema.path("examples").path(0).isTextual()) {
      return schema.get("examples").get(0).asText();
    }
    String format = schema.path("format").asText(null);
    String byFormat = FormatDefaults.of(format, message);
    if (byFormat != null) {
      return byFormat;
    }
    PropertyHint hint = PropertyHint.of(name, format);
    if (hint == PropertyHint.DATE) {
      return Renderings.DEFAULT_DATE.toString();
    }
    if (hint == PropertyHint.TITLE) {
      String gist = gist(message);
      if (gist != null) {
        return gist;
      }
    }
    if (hint.fallback != null) {
      return hint.fallback;
    }
    return Words.humanise(name).isEmpty() ? "value" : Words.humanise(name);
  }

  /** "Book a team lunch" → "team lunch": what the message is about, as a title. */
  private static String gist(String message) {
    Matcher m = GIST.matcher(message);
    return m.find() ? m.group(1).strip() : null;
  }
}
