package dev.assistantskit.server.backend.scripted;

import java.util.List;

/**
 * Whether a message says yes or no to a boolean property: naming it ("with insurance" for {@code
 * insured}) means true, unless a negation comes just before ("not insured", "without insurance").
 */
final class BooleanMentions {

  private static final int NEGATION_REACH = 3;

  private BooleanMentions() {}

  /** True or false when the message names the property, null when it does not. */
  static Boolean of(String propertyName, String message) {
    List<Words.Token> tokens = Words.tokens(message);
    for (String word : Words.identifierWords(propertyName)) {
      if (Words.isInsignificant(word) || word.length() < 3) {
        continue;
      }
      for (int i = 0; i < tokens.size(); i++) {
        if (sameWord(tokens.get(i).lower(), word)) {
          return !negatedBefore(tokens, i);
        }
      }
    }
    return null;
  }

  /** "insured" and "insurance": equal stems, or a shared beginning of five letters or more. */
  private static boolean sameWord(String a, String b) {
    String stemA = Words.stem(a);
    String stemB = Words.stem(b);
    int shared = 0;
    while (shared < Math.min(stemA.length(), stemB.length())
        && stemA.charAt(shared) == stemB.charAt(shared)) {
      shared++;
    }
    return stemA.equals(stemB) || shared >= 5;
  }

  private static boolean negatedBefore(List<Words.Token> tokens, int index) {
    for (int i = Math.max(0, index - NEGATION_REACH); i < index; i++) {
      String word = tokens.get(i).lower().replace('’', '\'');
      if (word.equals("not")
          || word.equals("no")
          || word.equals("without")
          || word.equals("dont")
          || word.endsWith("n't")) {
        return true;
      }
    }
    return false;
  }
}
