package dev.assistantskit.server.backend.scripted;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level helpers shared by the planner and the argument generator: tokens, stems, stop words.
 */
final class Words {

  /** A word and where it starts in the text it came from. */
  record Token(String text, int start, int end) {
    String lower() {
      return text.toLowerCase(Locale.ROOT);
    }

    boolean capitalised() {
      return Character.isUpperCase(text.codePointAt(0));
    }

    boolean numeric() {
      return text.chars().allMatch(Character::isDigit);
    }
  }

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");

  private static final Pattern CAMEL_BOUNDARY = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

  /** English function words, fillers and relative-time words: never a value, never a topic. */
  static final Set<String> STOP_WORDS =
      Set.copyOf(
          Arrays.asList(
              "a",
              "an",
              "the",
              "and",
              "or",
              "but",
              "if",
              "then",
              "else",
              "of",
              "in",
              "on",
              "at",
              "to",
              "for",
              "from",
              "by",
              "with",
              "about",
              "as",
              "into",
              "onto",
              "over",
              "under",
              "up",
              "down",
              "out",
              "off",
              "near",
              "via",
              "per",
              "is",
              "are",
              "was",
              "were",
              "be",
              "been",
              "being",
              "am",
              "do",
              "does",
              "did",
              "doing",
              "done",
              "have",
              "has",
              "had",
              "having",
              "will",
              "would",
              "shall",
              "should",
              "can",
              "could",
              "may",
              "might",
              "must",
              "i",
              "me",
              "my",
              "mine",
              "we",
              "us",
              "our",
              "you",
              "your",
              "yours",
              "he",
              "him",
              "his",
              "she",
              "her",
              "it",
              "its",
              "they",
              "them",
              "their",
              "this",
              "that",
              "these",
              "those",
              "there",
              "here",
              "what",
              "what's",
              "whats",
              "which",
              "who",
              "whom",
              "whose",
              "when",
              "where",
              "why",
              "how",
              "not",
              "no",
              "yes",
              "so",
              "too",
              "very",
              "just",
              "also",
              "please",
              "thanks",
              "thank",
              "hi",
              "hello",
              "hey",
              "some",
              "any",
              "all",
              "each",
              "every",
              "both",
              "either",
              "neither",
              "more",
              "most",
              "less",
              "much",
              "many",
              "few",
              "other",
              "another",
              "such",
              "own",
              "same",
              "than",
              "like",
              "tell",
              "know",
              "let",
              "let's",
              "i'm",
              "i'd",
              "it's",
              "want",
              "need",
              "now",
              "today",
              "tomorrow",
              "tonight",
              "yesterday",
              "right",
              "again",
              "well",
              "s",
              "t"));

  /**
   * The generic verbs and nouns of function descriptions ("Get the current … for the given …"),
   * which say nothing about which function a message means.
   */
  private static final Set<String> GENERIC_FUNCTION_WORDS =
      Set.copyOf(
          Arrays.asList(
              "get",
              "gets",
              "got",
              "fetch",
              "fetches",
              "retrieve",
              "retrieves",
              "return",
              "returns",
              "look",
              "looks",
              "lookup",
              "find",
              "finds",
              "check",
              "checks",
              "provide",
              "provides",
              "use",
              "uses",
              "using",
              "used",
              "call",
              "calls",
              "function",
              "tool",
              "api",
              "current",
              "currently",
              "given",
              "specified",
              "specific",
              "information",
              "info",
              "details",
              "detail",
              "data",
              "value",
              "values",
              "user",
              "based",
              "optional",
              "required",
              "one",
              "thing",
              "something",
              "make",
              "show",
              "give",
              "see",
              "go",
              "set",
              "able",
              "way",
              "new"));

  private Words() {}

  /** The words of {@code text} with their offsets. */
  static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      tokens.add(new Token(m.group(), m.start(), m.end()));
    }
    return tokens;
  }

  /** "get_weather", "getWeather" and "get-weather" all become [get, weather]. */
  static List<String> identifierWords(String identifier) {
    List<String> words = new ArrayList<>();
    for (String part :
        CAMEL_BOUNDARY.matcher(identifier).replaceAll(" ").split("[^\\p{L}\\p{N}]+")) {
      if (!part.isEmpty()) {
        words.add(part.toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }

  static boolean isStopWord(String lowerWord) {
    return STOP_WORDS.contains(lowerWord);
  }

  /** Stop words and generic function vocabulary: words that cannot identify a function. */
  static boolean isInsignificant(String lowerWord) {
    return STOP_WORDS.contains(lowerWord) || GENERIC_FUNCTION_WORDS.contains(lowerWord);
  }

  /**
   * A crude suffix-stripping stem so "orders", "ordered" and "order", or "schedule" and
   * "scheduling", compare equal. Only ever compared with other stems, so it need not be a word.
   */
  static String stem(String lowerWord) {
    String w = lowerWord.replace("’", "'");
    if (w.endsWith("'s")) {
      w = w.substring(0, w.length() - 2);
    }
    if (w.length() > 4 && w.endsWith("ies")) {
      w = w.substring(0, w.length() - 3) + "y";
    } else if (w.length() > 4 && w.matches(".*(?:s|x|ch|sh)es")) {
      w = w.substring(0, w.length() - 2);
    } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.length() > 5 && w.endsWith("ing")) {
      w = w.substring(0, w.length() - 3);
    } else if (w.length() > 4 && w.endsWith("ed")) {
      w = w.substring(0, w.length() - 2);
    }
    if (w.length() > 4 && w.endsWith("e")) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }

  /** "order_id" becomes "order id": a property name as a person would say it. */
  static String humanise(String identifier) {
    return String.join(" ", identifierWords(identifier));
  }
}
