package dev.assistantskit.conformance.run;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Every scenario of a run, in the order they finished, and how long the run took. */
public record RunResult(List<ScenarioResult> scenarios, Duration duration) {
  public RunResult {
    scenarios = List.copyOf(scenarios);
  }

  public long count(ScenarioResult.Status status) {
    return scenarios.stream().filter(s -> s.status() == status).count();
  }

  public List<ScenarioResult> failures() {
    return scenarios.stream().filter(s -> s.status() == ScenarioResult.Status.FAILED).toList();
  }

  public List<ScenarioResult> skipped() {
    return scenarios.stream().filter(s -> s.status() == ScenarioResult.Status.SKIPPED).toList();
  }

  /** Whether the target conforms: at least one scenario ran and none failed. */
  public boolean conforms() {
    return !scenarios.isEmpty() && failures().isEmpty();
  }

  /** Per feature (by name), how many scenarios ended each way. */
  public Map<String, Map<ScenarioResult.Status, Long>> byFeature() {
    return scenarios.stream()
        .collect(
            Collectors.groupingBy(
                ScenarioResult::feature,
                TreeMap::new,
                Collectors.groupingBy(
                    ScenarioResult::status, TreeMap::new, Collectors.counting())));
  }
}
