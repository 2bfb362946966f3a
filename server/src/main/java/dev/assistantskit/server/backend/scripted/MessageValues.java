package dev.assistantskit.server.backend.scripted;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values a user message offers for function arguments, each with its position: quoted text,
 * e-mail addresses, URLs, dates and times, numbers, proper nouns ("New York") and the phrases after
 * cue words ("in paris", "called design review"). Built once per message; immutable.
 */
final class MessageValues {

  /**
   * A piece of the message. {@code cue} is the preposition or verb right before it ("in", "to",
   * "called"), or null.
   */
  record Span(int start, int end, String text, String cue) {
    boolean cueIn(Set<String> cues) {
      return cue != null && cues.contains(cue);
    }
  }

  private static final Pattern QUOTED =
      Pattern.compile(
          "\"([^\"]+)\"|“([^”]+)”|‘([^’]+)’|`([^`]+)`"
              + "|(?<![\\p{L}\\p{N}])'([^']+)'(?![\\p{L}\\p{N}])");

  private static final Pattern EMAIL =
      Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)*\\.[A-Za-z]{2,}");

  private static final Pattern URL =
      Pattern.compile("\\b(?:https?://|www\\.)[^\\s<>\"']+[^\\s<>\"'.,;:!?)\\]]");

  private static final Pattern STREET =
      Pattern.compile(
          "\\b\\d{1,6}[a-zA-Z]?\\s+(?:[A-Z][\\p{L}'.-]*\\s+){0,3}(?:Street|St|Avenue|Ave|Road|Rd"
              + "|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Court|Ct|Place|Pl|Square|Sq|Terrace|Parkway"
              + "|Pkwy|Highway|Hwy)\\b\\.?");

  private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d ().-]{6,}\\d");

  private static final Pattern NUMBER =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}_.,])[-+]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?![\\p{L}\\p{N}_])"
              + "(?!\\.\\d)");

  private static final Pattern COORDINATION =
      Pattern.compile(
          "[\\s,;&/+]*(?:(?:and|or|plus|as well as|also|vs\\.?|versus)\\b[\\s,]*)?"
              + "(?:(?:in|at|for|to|from|near|with|of|on|the|a|an|order|orders|number|id|also)"
              + "\\b\\s*|#)*");

  private static final Pattern JOINER =
      Pattern.compile("[,;&/+]|\\b(?:and|or|plus|as well as|vs|versus)\\b");

  private static final Map<String, Integer> WORD_NUMBERS =
      Map.ofEntries(
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("dozen", 12),
          Map.entry("twenty", 20));

  /** Words that introduce a value: "weather in Paris", "a meeting called Sync". */
  private static final Set<String> CUES =
      Set.of(
          "in",
          "at",
          "for",
          "to",
          "from",
          "near",
          "with",
          "about",
          "called",
          "named",
          "titled",
          "entitled",
          "regarding",
          "into",
          "around",
          "on",
          "of",
          "by",
          "and");

  /** Cues after which an uncapitalised phrase is still taken as a value ("weather in paris"). */
  private static final Set<String> LOWERCASE_CUES =
      Set.of(
          "in",
          "at",
          "for",
          "to",
          "from",
          "near",
          "about",
          "called",
          "named",
          "titled",
          "entitled",
          "regarding",
          "and");

  static final Set<String> NAMING_CUES = Set.of("called", "named", "titled", "entitled");

  private static final Set<String> DETERMINERS =
      Set.of("the", "a", "an", "my", "our", "your", "this", "that", "his", "her", "their");

  private static final Set<String> CONNECTORS = Set.of("of", "de", "del", "la", "le", "du", "von");

  /** Capitalised only because they start a sentence or are calendar words, not names. */
  private static final Set<String> NOT_NAMES =
      Set.of(
          "what",
          "whats",
          "what's",
          "can",
          "could",
          "would",
          "will",
          "please",
          "show",
          "tell",
          "schedule",
          "book",
          "create",
          "add",
          "send",
          "remind",
          "plot",
          "draw",
          "search",
          "list",
          "cancel",
          "update",
          "delete",
          "look",
          "find",
          "give",
          "set",
          "make",
          "call",
          "email",
          "check",
          "compare",
          "convert",
          "calculate",
          "order",
          "buy",
          "play",
          "open",
          "turn",
          "is",
          "are",
          "do",
          "does",
          "ok",
          "okay",
          "yes",
          "no",
          "thanks",
          "also",
          "then",
          "and",
          "how",
          "where",
          "when",
          "who",
          "why",
          "which",
          "get",
          "fetch",
          "i",
          "i'm",
          "i'd",
          "hi",
          "hello",
          "hey",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "today",
          "tomorrow",
          "tonight",
          "let",
          "let's",
          "use",
          "run",
          "now",
          "sure",
          "hmm",
          "great");

  final String text;
  final List<Span> quoted;
  final List<Span> emails;
  final List<Span> urls;
  final List<Span> streets;
  final List<Span> phones;
  final DateMentions dateMentions;
  final List<Span> numbers;
  final List<Span> wordNumbers;
  final List<Span> properNouns;
  final List<Span> sentenceInitialWords;
  final List<Span> cuePhrases;

  private MessageValues(String text) {
    this.text = text;
    boolean[] masked = new boolean[text.length()];
    this.quoted = find(QUOTED, text, masked, true);
    this.emails = find(EMAIL, text, masked, false);
    this.urls = find(URL, text, masked, false);
    this.streets = find(STREET, text, masked, false);
    this.phones = find(PHONE, text, new boolean[text.length()], false);
    this.dateMentions = DateMentions.in(text);
    dateMentions.dates().forEach(d -> mask(masked, d.start(), d.end()));
    dateMentions.times().forEach(t -> mask(masked, t.start(), t.end()));
    this.numbers = numbers(text, masked);
    List<Words.Token> tokens = unmaskedTokens(text, masked);
    this.wordNumbers = wordNumbers(tokens);
    List<Span> names = properNouns(text, tokens);
    // "Weather in Paris": a lone capitalised first word is more likely grammar than a name,
    // unless it heads a list of names ("Paris, Rome and Madrid").
    List<Span> grammar = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      boolean listed =
          i + 1 < names.size() && coordinated(text, names.get(i).end(), names.get(i + 1).start());
      if (loneFirstWord(text, names.get(i)) && !listed) {
        grammar.add(names.get(i));
      }
    }
    this.properNouns = names.stream().filter(s -> !grammar.contains(s)).toList();
    this.sentenceInitialWords = List.copyOf(grammar);
    this.cuePhrases = cuePhrases(text, tokens);
  }

  static MessageValues of(String text) {
    return new MessageValues(text == null ? "" : text);
  }

  /** The value a span stands for as a number, or null if it is not numeric. */
  static BigDecimal number(Span span) {
    Integer word = WORD_NUMBERS.get(span.text().toLowerCase(Locale.ROOT));
    if (word != null) {
      return BigDecimal.valueOf(word);
    }
    try {
      return new BigDecimal(span.text().replace(",", "").replace("+", ""));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The word right before {@code position}, lower-cased, skipping determiners; or null. */
  String wordBefore(int position) {
    List<Words.Token> before = Words.tokens(text.substring(0, position));
    for (int i = before.size() - 1; i >= 0; i--) {
      String word = before.get(i).lower();
      if (!DETERMINERS.contains(word)) {
        return word;
      }
    }
    return null;
  }

  /** Whether the text between two positions only joins list items: ", ", " and in ", " & ". */
  boolean onlyCoordinationBetween(int from, int to) {
    return coordinated(text, from, to);
  }

  private static boolean coordinated(String text, int from, int to) {
    if (from > to) {
      return false;
    }
    String between = text.substring(from, to).toLowerCase(Locale.ROOT);
    return COORDINATION.matcher(between).matches() && JOINER.matcher(between).find();
  }

  private static List<Span> find(Pattern pattern, String text, boolean[] masked, boolean quoted) {
    List<Span> spans = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      if (isMasked(masked, m.start(), m.end())) {
        continue;
      }
      int group = quoted ? firstMatchedGroup(m) : 0;
      String value = m.group(group).strip();
      if (!value.isEmpty()) {
        spans.add(new Span(m.start(group), m.end(group), value, null));
        mask(masked, m.start(), m.end());
      }
    }
    return List.copyOf(spans);
  }

  private static int firstMatchedGroup(Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return g;
      }
    }
    return 0;
  }

  private static List<Span> numbers(String text, boolean[] masked) {
    char[] visible = text.toCharArray();
    for (int i = 0; i < visible.length; i++) {
      if (masked[i]) {
        visible[i] = ' ';
      }
    }
    List<Span> spans = new ArrayList<>();
    Matcher m = NUMBER.matcher(new String(visible));
    while (m.find()) {
      spans.add(new Span(m.start(), m.end(), m.group(), null));
    }
    return List.copyOf(spans);
  }

  private static List<Words.Token> unmaskedTokens(String text, boolean[] masked) {
    List<Words.Token> tokens = new ArrayList<>();
    for (Words.Token token : Words.tokens(text)) {
      if (!isMasked(masked, token.start(), token.end())) {
        tokens.add(token);
      }
    }
    return tokens;
  }

  private static List<Span> wordNumbers(List<Words.Token> tokens) {
    List<Span> spans = new ArrayList<>();
    for (Words.Token token : tokens) {
      if (WORD_NUMBERS.containsKey(token.lower())) {
        spans.add(new Span(token.start(), token.end(), token.text(), null));
      }
    }
    return List.copyOf(spans);
  }

  /** Runs of capitalised words ("New York", "Bank of America", "Room 4"). */
  private static List<Span> properNouns(String text, List<Words.Token> tokens) {
    List<Span> spans = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!startsName(tokens.get(i))) {
        i++;
        continue;
      }
      int last = i;
      int j = i + 1;
      while (j < tokens.size() && adjacent(text, tokens.get(j - 1), tokens.get(j))) {
        Words.Token next = tokens.get(j);
        if (continuesName(next)) {
          last = j;
          j++;
        } else if (CONNECTORS.contains(next.lower())
            && j + 1 < tokens.size()
            && adjacent(text, next, tokens.get(j + 1))
            && startsName(tokens.get(j + 1))) {
          j++;
        } else {
          break;
        }
      }
      int start = tokens.get(i).start();
      int end = tokens.get(last).end();
      spans.add(new Span(start, end, text.substring(start, end), cueBefore(text, tokens, i)));
      i = last + 1;
    }
    return List.copyOf(spans);
  }

  /** Uncapitalised phrases after a cue: "in paris", "for the design review". */
  private static List<Span> cuePhrases(String text, List<Words.Token> tokens) {
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      String cue = tokens.get(i).lower();
      if (!LOWERCASE_CUES.contains(cue)) {
        continue;
      }
      int j = i + 1;
      while (j < tokens.size()
          && DETERMINERS.contains(tokens.get(j).lower())
          && adjacent(text, tokens.get(j - 1), tokens.get(j))) {
        j++;
      }
      if (j >= tokens.size() || !adjacent(text, tokens.get(j - 1), tokens.get(j))) {
        continue;
      }
      int maxWords = NAMING_CUES.contains(cue) ? 5 : 3;
      int end = j;
      while (end < tokens.size()
          && end - j < maxWords
          && plainWord(tokens.get(end))
          && (end == j || adjacent(text, tokens.get(end - 1), tokens.get(end)))) {
        end++;
      }
      if (end > j) {
        int from = tokens.get(j).start();
        int to = tokens.get(end - 1).end();
        spans.add(new Span(from, to, text.substring(from, to), cue));
        addCommaListed(text, tokens, end, spans);
      }
    }
    return List.copyOf(spans);
  }

  /** "for new york, london and sydney": the phrases after commas continue the cue's list. */
  private static void addCommaListed(
      String text, List<Words.Token> tokens, int next, List<Span> spans) {
    int start = next;
    while (start < tokens.size()
        && text.substring(tokens.get(start - 1).end(), tokens.get(start).start())
            .matches(" *, *")) {
      int end = start;
      while (end < tokens.size()
          && end - start < 3
          && plainWord(tokens.get(end))
          && (end == start || adjacent(text, tokens.get(end - 1), tokens.get(end)))) {
        end++;
      }
      if (end == start) {
        return;
      }
      int from = tokens.get(start).start();
      int to = tokens.get(end - 1).end();
      spans.add(new Span(from, to, text.substring(from, to), ","));
      start = end;
    }
  }

  private static boolean plainWord(Words.Token token) {
    return !token.numeric()
        && !Words.isStopWord(token.lower())
        && !NOT_NAMES.contains(token.lower())
        && !token.capitalised();
  }

  private static String cueBefore(String text, List<Words.Token> tokens, int index) {
    int i = index - 1;
    while (i >= 0
        && DETERMINERS.contains(tokens.get(i).lower())
        && adjacent(text, tokens.get(i), tokens.get(i + 1))) {
      i--;
    }
    if (i < 0 || !adjacent(text, tokens.get(i), tokens.get(i + 1))) {
      return null;
    }
    String word = tokens.get(i).lower();
    return CUES.contains(word) ? word : null;
  }

  private static boolean loneFirstWord(String text, Span span) {
    boolean oneWord = Words.tokens(span.text()).size() == 1;
    String before = text.substring(0, span.start()).strip();
    return oneWord && (before.isEmpty() || before.matches("(?s).*[.?!:\\n]"));
  }

  private static boolean startsName(Words.Token token) {
    // Single letters are initials or units ("°C"), not names of places or people.
    return token.capitalised() && token.text().length() > 1 && !NOT_NAMES.contains(token.lower());
  }

  /** "Room 4", "Apollo 11" — but not the postcode in "Springfield 62704". */
  private static boolean continuesName(Words.Token token) {
    boolean shortNumber = token.numeric() && token.text().length() <= 3;
    return (token.capitalised() || shortNumber) && !NOT_NAMES.contains(token.lower());
  }

  /** Two words belong to one phrase only if nothing but spaces separates them. */
  private static boolean adjacent(String text, Words.Token left, Words.Token right) {
    return text.substring(left.end(), right.start()).matches(" +");
  }

  private static boolean isMasked(boolean[] masked, int start, int end) {
    for (int i = start; i < end; i++) {
      if (masked[i]) {
        return true;
      }
    }
    return false;
  }

  private static void mask(boolean[] masked, int start, int end) {
    for (int i = start; i < end; i++) {
      masked[i] = true;
    }
  }
}
