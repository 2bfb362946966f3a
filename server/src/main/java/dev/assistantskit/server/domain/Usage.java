package dev.assistantskit.server.domain;

/** Tokens a run or step consumed. */
public record Usage(int promptTokens, int completionTokens) {
  public static final Usage NONE = new Usage(0, 0);

  public int totalTokens() {
    return promptTokens + completionTokens;
  }

  public Usage plus(Usage other) {
    return new Usage(promptTokens + other.promptTokens, completionTokens + other.completionTokens);
  }
}
