package dev.assistantskit.conformance.run;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The readable end of a run: counts per feature, then every failure and skip with its reason. */
public final class Summary {
  private static final int MAX_MESSAGE_LINES = 25;

  private Summary() {}

  public static void print(PrintStream out, RunResult result) {
    Map<String, Map<ScenarioResult.Status, Long>> features = result.byFeature();
    int width =
        Math.max(
            "Feature".length(),
            features.keySet().stream().mapToInt(String::length).max().orElse(0));
    String row = "%-" + width + "s  %6s  %6s  %7s%n";
    out.println();
    out.printf(row, "Feature", "passed", "failed", "skipped");
    features.forEach(
        (feature, counts) ->
            out.printf(
                row,
                feature,
                counts.getOrDefault(ScenarioResult.Status.PASSED, 0L),
                counts.getOrDefault(ScenarioResult.Status.FAILED, 0L),
                counts.getOrDefault(ScenarioResult.Status.SKIPPED, 0L)));
    out.printf(
        row,
        "Total",
        result.count(ScenarioResult.Status.PASSED),
        result.count(ScenarioResult.Status.FAILED),
        result.count(ScenarioResult.Status.SKIPPED));

    List<ScenarioResult> failures = result.failures();
    if (!failures.isEmpty()) {
      out.printf("%nFailures (%d):%n", failures.size());
      for (int i = 0; i < failures.size(); i++) {
        ScenarioResult failure = failures.get(i);
        out.printf("%n  %d) %s › %s%n", i + 1, failure.feature(), failure.scenario());
        out.println(indent(failure.message(), "     "));
      }
    }
    List<ScenarioResult> skipped = result.skipped();
    if (!skipped.isEmpty()) {
      out.printf("%nSkipped (%d):%n", skipped.size());
      skipped.forEach(s -> out.printf("  %s › %s: %s%n", s.feature(), s.scenario(), s.message()));
    }
    out.println();
    out.printf(
        Locale.ROOT,
        "%s: %d passed, %d failed, %d skipped in %.1f s%n",
        result.scenarios().isEmpty()
            ? "NOTHING RAN (no scenario matched)"
            : result.conforms() ? "CONFORMS" : "DOES NOT CONFORM",
        result.count(ScenarioResult.Status.PASSED),
        result.count(ScenarioResult.Status.FAILED),
        result.count(ScenarioResult.Status.SKIPPED),
        result.duration().toMillis() / 1000.0);
  }

  private static String indent(String text, String prefix) {
    if (text == null) {
      return prefix + "(no message)";
    }
    String[] lines = text.split("\\R");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < Math.min(lines.length, MAX_MESSAGE_LINES); i++) {
      out.append(prefix).append(lines[i]).append('\n');
    }
    if (lines.length > MAX_MESSAGE_LINES) {
      out.append(prefix)
          .append("… ")
          .append(lines.length - MAX_MESSAGE_LINES)
          .append(" more lines in the reports\n");
    }
    return out.toString().stripTrailing();
  }
}
