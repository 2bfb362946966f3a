package dev.assistantskit.conformance;

import java.util.Arrays;
import java.util.Locale;

/** The kinds of object a scenario creates and refers to by name. */
public enum Kind {
  ASSISTANT("assistant"),
  THREAD("thread"),
  MESSAGE("message"),
  FILE("file"),
  VECTOR_STORE("vector store"),
  FILE_BATCH("batch"),
  RUN("run");

  private final String noun;

  Kind(String noun) {
    this.noun = noun;
  }

  public String noun() {
    return noun;
  }

  /** The kind a feature calls {@code noun} ("vector store", "assistant", …). */
  public static Kind of(String noun) {
    String wanted = noun.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(kind -> kind.noun.equals(wanted))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no kind of object is called " + noun));
  }
}
