package dev.assistantskit.conformance.run;

import java.time.Duration;
import java.util.Set;

/**
 * How one scenario ended.
 *
 * @param feature the feature's name
 * @param scenario the scenario's name (with its examples and row for an outline)
 * @param status passed, failed or skipped
 * @param message why it failed or was skipped; null when it passed
 * @param tags its tags, without {@code @}
 * @param duration how long it took
 */
public record ScenarioResult(
    String feature,
    String scenario,
    Status status,
    String message,
    Set<String> tags,
    Duration duration) {

  /** The outcome of a scenario. */
  public enum Status {
    PASSED,
    FAILED,
    SKIPPED
  }
}
