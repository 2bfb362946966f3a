package dev.assistantskit.server.runs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assistantskit.client.model.RunObject;
import dev.assistantskit.server.domain.Run;
import dev.assistantskit.server.domain.RunStatus;
import dev.assistantskit.server.testing.Apis;
import dev.assistantskit.server.testing.EmulatorExtension;
import dev.assistantskit.server.testing.Runs;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A run the control plane holds past its {@code expires_at} expires on time, unasked. */
class HeldRunExpiryTest {
  @RegisterExtension
  static final EmulatorExtension EMULATOR =
      new EmulatorExtension(config -> config.runExpiry(Duration.ofSeconds(1)));

  private final Runs runs = Runs.of(EMULATOR);

  @Test
  @Timeout(30)
  void aRunHeldInProgressPastItsExpiryExpiresWithoutBeingRead() throws Exception {
    String thread = runs.thread("hold on");
    runs.script(thread, 0, 20_000, 0, Runs.reply("too late"));
    RunObject started = runs.start(thread, runs.codeAssistant());
    assertThat(started.getExpiresAt()).isEqualTo(started.getCreatedAt() + 1);

    // Read the store directly: a read through the API would expire the run itself.
    Run run = stored(thread, started.getId());
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (run.status() != RunStatus.EXPIRED && System.nanoTime() < deadline) {
      Thread.sleep(50);
      run = stored(thread, started.getId());
    }

    assertThat(run.status()).isEqualTo(RunStatus.EXPIRED);
    assertThat(Apis.of(EMULATOR).runs().getRun(thread, started.getId(), Apis.V).getStatus())
        .isEqualTo(dev.assistantskit.client.model.RunStatus.EXPIRED);
    assertThat(runs.say(thread, "free again").getRunId()).isNull();
  }

  private static Run stored(String thread, String runId) {
    return EMULATOR
        .server()
        .emulator()
        .stores()
        .read(tx -> tx.runs().find(thread, runId).orElseThrow());
  }
}
