package dev.assistantskit.client.stream;

import java.util.Objects;

/** Merge rules shared by the delta accumulators. */
final class Merge {
  private Merge() {}

  /** A value that deltas may repeat but not change (IDs, names, types). */
  static <T> T same(String field, T current, T incoming) {
    if (incoming == null) {
      return current;
    }
    if (current != null && !current.equals(incoming)) {
      throw new IllegalArgumentException(
          "A delta changes " + field + " from '" + current + "' to '" + incoming + "'");
    }
    return incoming;
  }

  /** Text that arrives in pieces. */
  static String concat(String current, String piece) {
    if (piece == null) {
      return current;
    }
    return current == null ? piece : current + piece;
  }

  static int index(Integer index, String of) {
    Objects.requireNonNull(index, () -> "A delta of " + of + " has no index");
    if (index < 0) {
      throw new IllegalArgumentException("A delta of " + of + " has index " + index);
    }
    return index;
  }
}
