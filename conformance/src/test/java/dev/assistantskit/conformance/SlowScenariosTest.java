package dev.assistantskit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assistantskit.conformance.run.ConformanceRun;
import dev.assistantskit.conformance.run.RunResult;
import dev.assistantskit.conformance.run.ScenarioResult;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The {@code @slow} scenarios, which {@link RunConformanceTest} leaves out, against an emulator
 * whose runs expire seconds after they are created instead of Azure's 10 minutes: they read the
 * run's own {@code expires_at}, so they wait only that long.
 */
class SlowScenariosTest {
  private static final Duration RUN_EXPIRY = Duration.ofSeconds(3);

  @Test
  void theSlowScenariosPassAgainstAnEmulatorWithShortRunExpiry() {
    Target emulator = Target.embedded(null, null, RUN_EXPIRY);

    RunResult result = ConformanceRun.run(ConformanceRun.Options.of(emulator).withTags("@slow"));

    assertThat(result.scenarios())
        .extracting(ScenarioResult::scenario)
        .containsExactly("A run whose outputs never come expires at its expiry time");
    assertThat(result.failures()).isEmpty();
    assertThat(result.count(ScenarioResult.Status.PASSED)).isEqualTo(1);
    assertThat(result.scenarios().get(0).duration())
        .as("it waited for the run's expiry, not for Azure's 10 minutes")
        .isBetween(RUN_EXPIRY.minusSeconds(1), RUN_EXPIRY.plusSeconds(60));
  }
}
