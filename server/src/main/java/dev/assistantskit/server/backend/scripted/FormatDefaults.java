package dev.assistantskit.server.backend.scripted;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/** Plausible values for string formats when the message offers none. */
final class FormatDefaults {

  private FormatDefaults() {}

  static String of(String format, String message) {
    if (format == null) {
      return null;
    }
    return switch (format) {
      case "date" -> Renderings.DEFAULT_DATE.toString();
      case "date-time" ->
          Renderings.dateTime(Renderings.DEFAULT_DATE, Renderings.DEFAULT_TIME, null);
      case "time" -> Renderings.time(Renderings.DEFAULT_TIME, null);
      case "email", "idn-email" -> "user@example.com";
      case "uri", "url", "iri", "uri-reference", "iri-reference" -> "https://example.com";
      case "hostname", "idn-hostname" -> "example.com";
      case "ipv4" -> "192.0.2.1";
      case "ipv6" -> "2001:db8::1";
      case "uuid" ->
          UUID.nameUUIDFromBytes(Objects.toString(message, "").getBytes(StandardCharsets.UTF_8))
              .toString();
      case "duration" -> "PT1H";
      default -> null;
    };
  }
}
