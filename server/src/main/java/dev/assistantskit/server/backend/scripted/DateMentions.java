package dev.assistantskit.server.backend.scripted;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates and clock times written in a message: ISO ({@code 2024-06-03T14:00}), "June
 * 3rd, 2024", "3 June", "6/3/2024", "2pm", "14:30", "noon". Relative words such as "tomorrow" are
 * deliberately not resolved: the scripted model must answer the same way on every day.
 */
final class DateMentions {

  /** The year assumed when a message names a day without one (the API version's year). */
  static final int DEFAULT_YEAR = 2024;

  /** A date found in the text. */
  record DateMention(int start, int end, LocalDate date) {}

  /** A time of day found in the text; {@code offset} is "Z", "+02:00" or null when not written. */
  record TimeMention(int start, int end, LocalTime time, String offset) {}

  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

  private static final Pattern ISO =
      Pattern.compile(
          "\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?"
              + "(Z|[+-]\\d{2}:?\\d{2})?)?\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern MONTH_DAY =
      Pattern.compile(
          "\\b" + MONTH + "\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (\\d{4})\\b)?",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern DAY_MONTH =
      Pattern.compile(
          "\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?" + MONTH + "\\b\\.?(?:,? (\\d{4})\\b)?",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern SLASHED = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");

  private static final Pattern CLOCK =
      Pattern.compile(
          "\\b(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s*([ap])\\.?m\\.?)?(?![\\d:])",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern HOUR_MERIDIEM =
      Pattern.compile("\\b(\\d{1,2})\\s*([ap])\\.?m\\b\\.?", Pattern.CASE_INSENSITIVE);

  private static final Pattern NOON = Pattern.compile("\\b(noon|midday|midnight)\\b");

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  private final List<DateMention> dates;
  private final List<TimeMention> times;

  private DateMentions(List<DateMention> dates, List<TimeMention> times) {
    this.dates = List.copyOf(dates);
    this.times = List.copyOf(times);
  }

  static DateMentions in(String text) {
    List<DateMention> dates = new ArrayList<>();
    List<TimeMention> times = new ArrayList<>();
    findIso(text, dates, times);
    findWrittenDates(text, dates);
    findTimes(text, times);
    dates.sort(Comparator.comparingInt(DateMention::start));
    times.sort(Comparator.comparingInt(TimeMention::start));
    return new DateMentions(dates, times);
  }

  List<DateMention> dates() {
    return dates;
  }

  List<TimeMention> times() {
    return times;
  }

  private static void findIso(String text, List<DateMention> dates, List<TimeMention> times) {
    Matcher m = ISO.matcher(text);
    while (m.find()) {
      LocalDate date = date(Integer.parseInt(m.group(1)), m.group(2), m.group(3));
      if (date == null) {
        continue;
      }
      dates.add(new DateMention(m.start(), m.end(), date));
      if (m.group(4) != null) {
        LocalTime time = time(m.group(4), m.group(5), m.group(6), null);
        if (time != null) {
          times.add(new TimeMention(m.start(4), m.end(), time, offset(m.group(7))));
        }
      }
    }
  }

  private static void findWrittenDates(String text, List<DateMention> dates) {
    Matcher m = MONTH_DAY.matcher(text);
    while (m.find()) {
      addIfFree(dates, m, month(m.group(1)), m.group(2), m.group(3));
    }
    m = DAY_MONTH.matcher(text);
    while (m.find()) {
      addIfFree(dates, m, month(m.group(2)), m.group(1), m.group(3));
    }
    m = SLASHED.matcher(text);
    while (m.find()) {
      addIfFree(dates, m, Integer.parseInt(m.group(1)), m.group(2), m.group(3));
    }
  }

  private static void addIfFree(
      List<DateMention> dates, Matcher m, int month, String day, String year) {
    if (overlaps(dates, m.start(), m.end())) {
      return;
    }
    LocalDate date =
        date(year == null ? DEFAULT_YEAR : Integer.parseInt(year), Integer.toString(month), day);
    if (date != null) {
      dates.add(new DateMention(m.start(), m.end(), date));
    }
  }

  private static void findTimes(String text, List<TimeMention> times) {
    Matcher m = CLOCK.matcher(text);
    while (m.find()) {
      if (!overlapsTimes(times, m.start(), m.end())) {
        LocalTime time = time(m.group(1), m.group(2), m.group(3), m.group(4));
        if (time != null) {
          times.add(new TimeMention(m.start(), m.end(), time, null));
        }
      }
    }
    m = HOUR_MERIDIEM.matcher(text);
    while (m.find()) {
      if (!overlapsTimes(times, m.start(), m.end())) {
        LocalTime time = time(m.group(1), "00", null, m.group(2));
        if (time != null) {
          times.add(new TimeMention(m.start(), m.end(), time, null));
        }
      }
    }
    m = NOON.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      LocalTime time = m.group(1).equals("midnight") ? LocalTime.MIDNIGHT : LocalTime.NOON;
      times.add(new TimeMention(m.start(), m.end(), time, null));
    }
  }

  private static boolean overlaps(List<DateMention> found, int start, int end) {
    return found.stream().anyMatch(d -> d.start() < end && start < d.end());
  }

  private static boolean overlapsTimes(List<TimeMention> found, int start, int end) {
    return found.stream().anyMatch(t -> t.start() < end && start < t.end());
  }

  private static int month(String name) {
    return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
  }

  private static LocalDate date(int year, String month, String day) {
    try {
      return LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException e) {
      return null; // "2024-13-45" is not a date; the text is then just numbers
    }
  }

  private static LocalTime time(String hour, String minute, String second, String meridiem) {
    int h = Integer.parseInt(hour);
    if (meridiem != null) {
      if (h < 1 || h > 12) {
        return null;
      }
      h = h % 12 + (meridiem.equalsIgnoreCase("p") ? 12 : 0);
    }
    try {
      return LocalTime.of(
          h, Integer.parseInt(minute), second == null ? 0 : Integer.parseInt(second));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static String offset(String written) {
    if (written == null || written.equalsIgnoreCase("z")) {
      return written == null ? null : "Z";
    }
    String digits = written.replace(":", "");
    return digits.substring(0, 3) + ":" + digits.substring(3);
  }
}
