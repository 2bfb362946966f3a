package dev.assistantskit.server.backend.scripted;

import java.util.regex.Pattern;

/**
 * Writes one string matching a simple regular expression, for a required property whose {@code
 * pattern} nothing in the message satisfies ({@code ^[0-9]{5}$} → "00000", {@code ^[A-Z]{2}-\d+$} →
 * "AA-0"). Handles literals, escapes, character classes, quantifiers, groups and alternation
 * (taking the first branch); look-around and back-references yield null.
 */
final class PatternExample {

  private final String regex;
  private int position;

  private PatternExample(String regex) {
    this.regex = regex;
  }

  /** A string the pattern matches, or null if the pattern is beyond this little generator. */
  static String of(String regex) {
    try {
      String example = new PatternExample(regex).build();
      return example != null && Pattern.compile(regex).matcher(example).find() ? example : null;
    } catch (RuntimeException e) {
      return null; // malformed or unsupported: the caller keeps its own value
    }
  }

  private String build() {
    String example = sequence();
    return position == regex.length() ? example : null;
  }

  /** A run of elements up to a closing bracket or the end; of alternatives, the first. */
  private String sequence() {
    StringBuilder out = new StringBuilder();
    while (position < regex.length() && regex.charAt(position) != ')') {
      char c = regex.charAt(position);
      if (c == '|') {
        skipOtherAlternatives();
        break;
      }
      if (c == '^' || c == '$') {
        position++;
        continue;
      }
      String element = c == '(' ? group() : atom();
      out.append(element.repeat(quantifier()));
    }
    return out.toString();
  }

  private String group() {
    position++;
    if (regex.startsWith("?:", position)) {
      position += 2;
    } else if (regex.startsWith("?", position)) {
      throw new IllegalArgumentException("look-around or named group");
    }
    String inside = sequence();
    if (position >= regex.length() || regex.charAt(position) != ')') {
      throw new IllegalArgumentException("unclosed group");
    }
    position++;
    return inside;
  }

  /** Moves past "|b|c" to the bracket that closes the current group (or the end). */
  private void skipOtherAlternatives() {
    int depth = 0;
    while (position < regex.length()) {
      char c = regex.charAt(position);
      if (c == '\\') {
        position += 2;
        continue;
      }
      if (c == '[') {
        while (regex.charAt(position) != ']') {
          position += regex.charAt(position) == '\\' ? 2 : 1;
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        if (depth == 0) {
          return;
        }
        depth--;
      }
      position++;
    }
  }

  /** One character that the next element of the pattern accepts. */
  private String atom() {
    char c = regex.charAt(position++);
    if (c == '\\') {
      char escaped = regex.charAt(position++);
      if (Character.isDigit(escaped)) {
        throw new IllegalArgumentException("back-reference");
      }
      return switch (escaped) {
        case 'd' -> "0";
        case 'w' -> "a";
        case 's' -> " ";
        case 'D' -> "a";
        case 'W' -> "-";
        case 'S' -> "x";
        default -> String.valueOf(escaped);
      };
    }
    if (c == '[') {
      return characterClass();
    }
    if (c == '.') {
      return "a";
    }
    return String.valueOf(c);
  }

  /** The first character a class such as {@code [A-Z0-9_]} accepts; negated classes unsupported. */
  private String characterClass() {
    if (regex.charAt(position) == '^') {
      throw new IllegalArgumentException("negated class");
    }
    char first = regex.charAt(position);
    String pick = first == '\\' ? atomEscapeInClass() : String.valueOf(first);
    while (regex.charAt(position) != ']') {
      position += regex.charAt(position) == '\\' ? 2 : 1;
    }
    position++;
    return pick;
  }

  private String atomEscapeInClass() {
    char escaped = regex.charAt(position + 1);
    return switch (escaped) {
      case 'd' -> "0";
      case 'w' -> "a";
      case 's' -> " ";
      default -> String.valueOf(escaped);
    };
  }

  /** How often to repeat the atom: the least the quantifier allows, but at least once for + . */
  private int quantifier() {
    if (position >= regex.length()) {
      return 1;
    }
    char c = regex.charAt(position);
    switch (c) {
      case '*', '?' -> {
        position++;
        skipLazy();
        return 0;
      }
      case '+' -> {
        position++;
        skipLazy();
        return 1;
      }
      case '{' -> {
        int close = regex.indexOf('}', position);
        String bounds = regex.substring(position + 1, close);
        position = close + 1;
        skipLazy();
        String low = bounds.contains(",") ? bounds.substring(0, bounds.indexOf(',')) : bounds;
        return Integer.parseInt(low.strip());
      }
      default -> {
        return 1;
      }
    }
  }

  private void skipLazy() {
    if (position < regex.length() && regex.charAt(position) == '?') {
      position++;
    }
  }
}
