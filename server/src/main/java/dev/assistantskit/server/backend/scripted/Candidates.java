package dev.assistantskit.server.backend.scripted;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assistantskit.server.backend.scripted.MessageValues.Span;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ranks the values a message offers for one property: best kind first (for a "location", places
 * after "in"/"at" before other proper nouns), then message order. Only values inside {@code [from,
 * to)} count, so the planner can ask about one part of the message.
 */
final class Candidates {

  /**
   * A possible argument value: its text as it should appear in the JSON, and where it came from.
   */
  record Candidate(int start, int end, String value, int rank) {}

  private static final Pattern CLAUSE_END = Pattern.compile("[.?!;\\n]|,\\s|\\s(?:and|but)\\s");
  private static final Pattern SENTENCE_END = Pattern.compile("[.?!;\\n]");
  private static final Set<String> LEADING_ARTICLES = Set.of("the", "a", "an");

  private final MessageValues values;
  private final int from;
  private final int to;

  Candidates(MessageValues values, int from, int to) {
    this.values = values;
    this.from = from;
    this.to = to;
  }

  Candidates(MessageValues values) {
    this(values, 0, values.text.length());
  }

  /** Candidate strings for a property with this name and (resolved) schema. */
  List<Candidate> forString(String name, JsonNode schema) {
    String format = schema.path("format").isTextual() ? schema.get("format").asText() : null;
    PropertyHint hint = PropertyHint.of(name, format);
    Ranked ranked = new Ranked();
    switch (hint) {
      case EMAIL -> ranked.addSpans(values.emails, s -> true);
      case URL -> ranked.addUrls(values.urls);
      case PHONE -> ranked.addSpans(values.phones, s -> true);
      case STREET -> ranked.addSpans(values.streets, s -> true);
      case DATE -> addDates(ranked, format);
      case ORIGIN, DESTINATION, PLACE -> {
        ranked.addSpans(values.properNouns, s -> s.cueIn(hint.cues));
        ranked.addSpans(values.cuePhrases, s -> s.cueIn(hint.cues));
        ranked.addSpans(values.emails, s -> hint == PropertyHint.DESTINATION);
        ranked.addSpans(values.properNouns, Candidates::couldBePlace);
        ranked.addSpans(values.sentenceInitialWords, s -> true);
      }
      case PERSON -> {
        ranked.addSpans(values.emails, s -> true);
        ranked.addSpans(values.properNouns, s -> s.cueIn(hint.cues));
        ranked.addSpans(values.properNouns, s -> true);
        ranked.addSpans(values.sentenceInitialWords, s -> true);
      }
      case TITLE -> {
        ranked.addSpans(values.quoted, s -> true);
        ranked.addSpans(values.properNouns, s -> s.cueIn(MessageValues.NAMING_CUES));
        ranked.addSpans(values.cuePhrases, s -> s.cueIn(MessageValues.NAMING_CUES));
        ranked.addAll(restAfter(Set.of("about", "regarding", "for"), CLAUSE_END));
        ranked.addSpans(values.properNouns, s -> true);
      }
      case TEXT -> {
        ranked.addSpans(values.quoted, s -> true);
        ranked.addAll(restAfter(hint.cues, SENTENCE_END));
        ranked.addAll(wholeMessage());
      }
      case GENERIC -> {
        ranked.addSpans(values.quoted, s -> true);
        ranked.addSpans(values.properNouns, s -> s.cueIn(MessageValues.NAMING_CUES));
        ranked.addSpans(values.cuePhrases, s -> s.cueIn(MessageValues.NAMING_CUES));
        ranked.addSpans(values.properNouns, s -> s.cueIn(hint.cues));
        ranked.addSpans(values.properNouns, s -> true);
        ranked.addSpans(values.cuePhrases, s -> s.cueIn(hint.cues));
        ranked.addSpans(values.sentenceInitialWords, s -> true);
      }
      default -> throw new IllegalStateException("unhandled hint " + hint);
    }
    return ranked.list();
  }

  /**
   * Candidate numbers: those right after a word of the property's name ("order 1234" for {@code
   * order_id}, "#1234"), then any other number, then number words ("three").
   */
  List<Candidate> forNumber(String name) {
    Set<String> nameStems = new HashSet<>();
    for (String word : Words.identifierWords(name)) {
      nameStems.add(Words.stem(word));
    }
    Ranked ranked = new Ranked();
    ranked.addNumbers(
        values.numbers,
        s -> {
          String before = values.wordBefore(s.start());
          return hashBefore(s) || before != null && nameStems.contains(Words.stem(before));
        });
    ranked.addNumbers(values.numbers, s -> true);
    ranked.addNumbers(values.wordNumbers, s -> true);
    return ranked.list();
  }

  /**
   * The candidates listed right after {@code first} ("Paris, London and Tokyo", "orders 12 and
   * 15"), taken from {@code ranked} and, for text, from any name or cue phrase in the scope.
   */
  List<Candidate> listedAfter(Candidate first, List<Candidate> ranked, boolean text) {
    List<Candidate> pool = new ArrayList<>(ranked);
    if (text) {
      for (Span span : values.properNouns) {
        pool.add(new Candidate(span.start(), span.end(), span.text(), Integer.MAX_VALUE));
      }
      for (Span span : values.cuePhrases) {
        pool.add(new Candidate(span.start(), span.end(), span.text(), Integer.MAX_VALUE));
      }
    }
    pool.sort(Comparator.comparingInt(Candidate::start));
    List<Candidate> listed = new ArrayList<>();
    Candidate current = first;
    for (Candidate next : pool) {
      if (next.start() >= current.end()
          && next.start() < to
          && values.onlyCoordinationBetween(current.end(), next.start())
          && !next.value().equalsIgnoreCase(first.value())
          && listed.stream().noneMatch(c -> c.value().equalsIgnoreCase(next.value()))) {
        listed.add(next);
        current = next;
      }
    }
    return listed;
  }

  /** The enum values the message names, in the order it names them. */
  List<JsonNode> enumMentions(JsonNode enumValues) {
    String lower = values.text.toLowerCase(Locale.ROOT);
    Map<Integer, JsonNode> byPosition = new TreeMap<>();
    for (JsonNode option : enumValues) {
      String written = option.isTextual() ? option.asText() : option.toString();
      int at = mentionOf(lower, written.toLowerCase(Locale.ROOT));
      if (at < 0 && written.contains("_")) {
        at = mentionOf(lower, written.toLowerCase(Locale.ROOT).replace('_', ' '));
      }
      if (at < 0) {
        at = mentionOf(lower, unitSymbol(written));
      }
      if (at >= from && at < to) {
        byPosition.putIfAbsent(at, option);
      }
    }
    return List.copyOf(byPosition.values());
  }

  private static int mentionOf(String text, String phrase) {
    if (phrase == null || phrase.isBlank()) {
      return -1;
    }
    Matcher m =
        Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])")
            .matcher(text);
    return m.find() ? m.start() : -1;
  }

  /** "°C" names celsius and "°F" fahrenheit, the way people write temperatures. */
  private static String unitSymbol(String enumValue) {
    return switch (enumValue.toLowerCase(Locale.ROOT)) {
      case "celsius", "c" -> "°c";
      case "fahrenheit", "f" -> "°f";
      default -> null;
    };
  }

  /** A name not introduced as a title ("called X") and without digits ("Q3"). */
  private static boolean couldBePlace(Span span) {
    return !span.cueIn(MessageValues.NAMING_CUES)
        && span.text().chars().noneMatch(Character::isDigit);
  }

  private boolean hashBefore(Span span) {
    return span.start() > 0 && values.text.charAt(span.start() - 1) == '#';
  }

  private void addDates(Ranked ranked, String format) {
    List<DateMentions.TimeMention> times = values.dateMentions.times();
    if ("time".equals(format)) {
      for (DateMentions.TimeMention t : times) {
        ranked.add(t.start(), t.end(), Renderings.time(t.time(), t.offset()));
      }
      ranked.nextRank();
      return;
    }
    for (DateMentions.DateMention d : values.dateMentions.dates()) {
      if (!"date-time".equals(format)) {
        ranked.add(d.start(), d.end(), d.date().toString());
        continue;
      }
      DateMentions.TimeMention time = timeFor(d, times);
      LocalTime clock = time == null ? Renderings.DEFAULT_TIME : time.time();
      String offset = time == null ? null : time.offset();
      ranked.add(d.start(), d.end(), Renderings.dateTime(d.date(), clock, offset));
    }
    ranked.nextRank();
    if ("date-time".equals(format) && values.dateMentions.dates().isEmpty()) {
      // A time without a day ("at 3pm") still sets the clock of the default day.
      for (DateMentions.TimeMention t : times) {
        ranked.add(
            t.start(), t.end(), Renderings.dateTime(Renderings.DEFAULT_DATE, t.time(), t.offset()));
      }
      ranked.nextRank();
    }
  }

  /** The time written closest after the date, else the first time in the message. */
  private static DateMentions.TimeMention timeFor(
      DateMentions.DateMention date, List<DateMentions.TimeMention> times) {
    return times.stream()
        .filter(t -> t.start() >= date.start())
        .min(Comparator.comparingInt(DateMentions.TimeMention::start))
        .orElse(times.isEmpty() ? null : times.get(0));
  }

  /** The words after a cue up to the end of the clause: "about the Q3 report" → "Q3 report". */
  private List<Candidate> restAfter(Set<String> cues, Pattern end) {
    List<Candidate> found = new ArrayList<>();
    for (Words.Token token : Words.tokens(values.text)) {
      if (!cues.contains(token.lower()) || token.end() >= values.text.length()) {
        continue;
      }
      String rest = values.text.substring(token.end());
      Matcher m = end.matcher(rest);
      int stop = m.find() ? m.start() : rest.length();
      String phrase = stripLeadingArticle(rest.substring(0, stop).strip());
      if (!phrase.isEmpty()) {
        int start = token.end() + rest.indexOf(phrase);
        found.add(new Candidate(start, start + phrase.length(), phrase, 0));
      }
    }
    return found;
  }

  private List<Candidate> wholeMessage() {
    String message = values.text.strip();
    return message.isEmpty()
        ? List.of()
        : List.of(new Candidate(values.text.indexOf(message), values.text.length(), message, 0));
  }

  private static String stripLeadingArticle(String phrase) {
    int space = phrase.indexOf(' ');
    if (space > 0
        && LEADING_ARTICLES.contains(phrase.substring(0, space).toLowerCase(Locale.ROOT))) {
      return phrase.substring(space + 1).strip();
    }
    return phrase;
  }

  /** Collects candidates kind by kind, keeping the first occurrence of each value. */
  private final class Ranked {
    private final Map<String, Candidate> byValue = new LinkedHashMap<>();
    private int rank;

    void addSpans(List<Span> spans, Predicate<Span> accept) {
      for (Span span : spans) {
        if (accept.test(span)) {
          add(span.start(), span.end(), span.text());
        }
      }
      nextRank();
    }

    void addUrls(List<Span> spans) {
      for (Span span : spans) {
        String url = span.text().startsWith("www.") ? "https://" + span.text() : span.text();
        add(span.start(), span.end(), url);
      }
      nextRank();
    }

    void addNumbers(List<Span> spans, Predicate<Span> accept) {
      for (Span span : spans) {
        BigDecimal number = MessageValues.number(span);
        if (number != null && accept.test(span)) {
          add(span.start(), span.end(), number.toPlainString());
        }
      }
      nextRank();
    }

    void addAll(List<Candidate> candidates) {
      for (Candidate c : candidates) {
        add(c.start(), c.end(), c.value());
      }
      nextRank();
    }

    void add(int start, int end, String value) {
      if (start >= from && start < to) {
        byValue.putIfAbsent(value.toLowerCase(Locale.ROOT), new Candidate(start, end, value, rank));
      }
    }

    void nextRank() {
      rank++;
    }

    List<Candidate> list() {
      return List.copyOf(byValue.values());
    }
  }
}
