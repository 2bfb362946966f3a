package dev.assistantskit.conformance.steps;

import java.util.LinkedHashMap;
import java.util.Map;

/** Texts and metadata of a given size, for the limit scenarios. */
final class Text {
  private Text() {}

  /** {@code length} letters: "abcd…z" repeated, valid wherever a name pattern applies. */
  static String of(int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append((char) ('a' + i % 26));
    }
    return text.toString();
  }

  /** A feature's string with its {@code \n} written out as line breaks. */
  static String unescape(String text) {
    return text.replace("\\n", "\n");
  }

  static Map<String, String> pairs(int count) {
    Map<String, String> metadata = new LinkedHashMap<>();
    for (int i = 1; i <= count; i++) {
      metadata.put("key" + i, "value " + i);
    }
    return metadata;
  }
}
