package dev.assistantskit.server.backend.scripted;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Writes dates and times the way JSON Schema's {@code format}s (RFC 3339) expect them. */
final class Renderings {

  /** The day used when a date is required but the message names none: the API version's date. */
  static final LocalDate DEFAULT_DATE = LocalDate.of(2024, 5, 1);

  /** The time used when a date-time is required but the message names no time. */
  static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

  private Renderings() {}

  /** {@code 2024-06-03T14:00:00Z}; a time written without an offset is taken as UTC. */
  static String dateTime(LocalDate date, LocalTime time, String offset) {
    return date + "T" + time(time, offset);
  }

  /** {@code 14:00:00Z}: RFC 3339's full-time, which always carries an offset. */
  static String time(LocalTime time, String offset) {
    return CLOCK.format(time) + (offset == null ? "Z" : offset);
  }
}
