package dev.assistantskit.server.backend.scripted;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** {@code minLength}, {@code maxLength} and {@code pattern} of a string schema. */
final class StringRules {
  private final int minLength;
  private final int maxLength;
  private final Pattern pattern;

  StringRules(JsonNode schema) {
    this.minLength = Math.max(0, schema.path("minLength").asInt(0));
    this.maxLength = schema.path("maxLength").asInt(Integer.MAX_VALUE);
    this.pattern = compile(schema.path("pattern").asText(null));
  }

  /** Pads or cuts the value to the allowed length, never splitting a character. */
  String fit(String value) {
    String fitted = value;
    int length = fitted.codePointCount(0, fitted.length());
    if (length > maxLength) {
      fitted = fitted.substring(0, fitted.offsetByCodePoints(0, Math.max(0, maxLength)));
    }
    StringBuilder padded = new StringBuilder(fitted);
    for (int i = length; i < minLength; i++) {
      padded.append('x');
    }
    return padded.toString();
  }

  boolean accepts(String value) {
    return pattern == null || pattern.matcher(value).find();
  }

  boolean fitsLength(String value) {
    int length = value.codePointCount(0, value.length());
    return length >= minLength && length <= maxLength;
  }

  /** A value written from the pattern itself, if the pattern is simple enough. */
  String example() {
    if (pattern == null) {
      return null;
    }
    String example = PatternExample.of(pattern.pattern());
    return example != null && fitsLength(example) ? example : null;
  }

  private static Pattern compile(String regex) {
    if (regex == null) {
      return null;
    }
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      return null; // an ECMA-only construct Java cannot read; the value is then unchecked
    }
  }
}
