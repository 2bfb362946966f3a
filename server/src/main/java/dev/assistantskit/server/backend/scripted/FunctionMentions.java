package dev.assistantskit.server.backend.scripted;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds which functions a message talks about: by name ("get_weather", "get weather") or by the
 * significant words of the name and description ("What's the weather…" names {@code get_weather}).
 *
 * <p>A word shared by several functions counts only for the one the message matches best, so
 * "weather forecast" picks {@code get_forecast} over {@code get_weather} rather than both.
 */
final class FunctionMentions {

  /** A function and the position of its first mention in the message. */
  record Mention(FunctionSpec function, int position) {}

  private static final int NAME_WEIGHT = 2;
  private static final int DESCRIPTION_WEIGHT = 1;

  private FunctionMentions() {}

  /** The functions the message mentions, in order of first mention. */
  static List<Mention> in(String message, List<FunctionSpec> functions) {
    String lower = message.toLowerCase(Locale.ROOT);
    List<Words.Token> tokens = Words.tokens(message);
    Map<FunctionSpec, Map<String, Integer>> weights = new LinkedHashMap<>();
    Map<FunctionSpec, Integer> scores = new HashMap<>();
    for (FunctionSpec function : functions) {
      Map<String, Integer> vocabulary = vocabulary(function);
      weights.put(function, vocabulary);
      int score = 0;
      Set<String> counted = new HashSet<>();
      for (Words.Token token : tokens) {
        String stem = Words.stem(token.lower());
        if (vocabulary.containsKey(stem) && counted.add(stem)) {
          score += vocabulary.get(stem);
        }
      }
      scores.put(function, score);
    }
    List<Mention> mentions = new ArrayList<>();
    for (FunctionSpec function : functions) {
      int position = namePosition(lower, function.name());
      for (Words.Token token : tokens) {
        String stem = Words.stem(token.lower());
        if (token.start() < position
            && weights.get(function).containsKey(stem)
            && bestClaimant(function, stem, weights, scores)) {
          position = token.start();
          break;
        }
      }
      if (position < Integer.MAX_VALUE) {
        mentions.add(new Mention(function, position));
      }
    }
    mentions.sort(Comparator.comparingInt(Mention::position));
    return List.copyOf(mentions);
  }

  /** Whether no other function that knows this word matches the message better overall. */
  private static boolean bestClaimant(
      FunctionSpec function,
      String stem,
      Map<FunctionSpec, Map<String, Integer>> weights,
      Map<FunctionSpec, Integer> scores) {
    int mine = scores.get(function);
    for (Map.Entry<FunctionSpec, Map<String, Integer>> other : weights.entrySet()) {
      if (other.getValue().containsKey(stem) && scores.get(other.getKey()) > mine) {
        return false;
      }
    }
    return true;
  }

  /** Significant stems of the name (weighing more) and of the description. */
  private static Map<String, Integer> vocabulary(FunctionSpec function) {
    Map<String, Integer> vocabulary = new HashMap<>();
    if (function.description() != null) {
      for (Words.Token token : Words.tokens(function.description())) {
        addWord(vocabulary, token.lower(), DESCRIPTION_WEIGHT);
      }
    }
    for (String word : Words.identifierWords(function.name())) {
      addWord(vocabulary, word, NAME_WEIGHT);
    }
    return vocabulary;
  }

  private static void addWord(Map<String, Integer> vocabulary, String lowerWord, int weight) {
    if (lowerWord.length() >= 3 && !Words.isInsignificant(lowerWord) && !isNumber(lowerWord)) {
      vocabulary.merge(Words.stem(lowerWord), weight, Math::max);
    }
  }

  private static boolean isNumber(String word) {
    return word.chars().allMatch(Character::isDigit);
  }

  /** Where the name appears as written or as words ("get weather"), else MAX_VALUE. */
  private static int namePosition(String lowerMessage, String name) {
    List<String> words = Words.identifierWords(name);
    if (words.isEmpty()) {
      return Integer.MAX_VALUE;
    }
    StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
    for (int i = 0; i < words.size(); i++) {
      regex.append(i == 0 ? "" : "[\\s_.-]*").append(Pattern.quote(words.get(i)));
    }
    regex.append("(?![\\p{L}\\p{N}])");
    Matcher m = Pattern.compile(regex.toString()).matcher(lowerMessage);
    return m.find() ? m.start() : Integer.MAX_VALUE;
  }
}
