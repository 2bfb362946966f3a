package dev.assistantskit.server.runs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assistantskit.client.model.MessageObject;
import dev.assistantskit.client.model.RunObject;
import dev.assistantskit.client.model.RunStatus;
import dev.assistantskit.server.domain.Run;
import dev.assistantskit.server.testing.Apis;
import dev.assistantskit.server.testing.EmulatorExtension;
import dev.assistantskit.server.testing.Runs;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs the control plane holds: the hold stands for a slow model, and neither an expiry nor a
 * cancel waits for it to end.
 */
class HeldRunsTest {
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
    while (run.status() != dev.assistantskit.server.domain.RunStatus.EXPIRED
        && System.nanoTime() < deadline) {
      Thread.sleep(50);
      run = stored(thread, started.getId());
    }

    assertThat(run.status()).isEqualTo(dev.assistantskit.server.domain.RunStatus.EXPIRED);
    assertThat(Apis.of(EMULATOR).runs().getRun(thread, started.getId(), Apis.V).getStatus())
        .isEqualTo(RunStatus.EXPIRED);
    assertThat(runs.say(thread, "free again").getRunId()).isNull();
  }

  @Test
  @Timeout(30)
  void aCancelEndsARunHeldInProgressWithoutWaitingForTheHold() throws Exception {
    String thread = runs.thread("hold on");
    runs.script(thread, 0, 20_000, 0, Runs.reply("never said"));
    RunObject started = runs.await(runs.start(thread, runs.codeAssistant()), RunStatus.IN_PROGRESS);

    long before = System.nanoTime();
    RunObject cancelling = Apis.of(EMULATOR).runs().cancelRun(thread, started.getId(), Apis.V);
    RunObject cancelled = runs.awaitEnd(cancelling);
    long millis = (System.nanoTime() - before) / 1_000_000;

    assertThat(cancelling.getStatus()).isIn(RunStatus.CANCELLING, RunStatus.CANCELLED);
    assertThat(cancelled.getStatus()).isEqualTo(RunStatus.CANCELLED);
    assertThat(cancelled.getCancelledAt()).isNotNull();
    assertThat(millis).as("ms from cancel to cancelled, with a 20 s hold").isLessThan(5_000);
    assertThat(runs.messages(thread).getData()).hasSize(1); // the hold's reply was never written
    assertThat(runs.say(thread, "free again").getRunId()).isNull();
  }

  @Test
  @Timeout(30)
  void aCancelWhileTheAnswerIsHalfWrittenLeavesItIncomplete() throws Exception {
    String thread = runs.thread("write slowly");
    runs.script(thread, 0, 0, 20_000, Runs.reply("half of this"));
    RunObject started = runs.start(thread, runs.codeAssistant());
    MessageObject writing = awaitWriting(thread);

    RunObject cancelled =
        runs.awaitEnd(Apis.of(EMULATOR).runs().cancelRun(thread, started.getId(), Apis.V));

    assertThat(cancelled.getStatus()).isEqualTo(RunStatus.CANCELLED);
    MessageObject cut = Apis.of(EMULATOR).messages().getMessage(thread, writing.getId(), Apis.V);
    assertThat(cut.getStatus()).isEqualTo(MessageObject.StatusEnum.INCOMPLETE);
    assertThat(cut.getIncompleteDetails().getReason().getValue()).isEqualTo("run_cancelled");
  }

  private MessageObject awaitWriting(String thread) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      for (MessageObject message : runs.messages(thread).getData()) {
        if (message.getStatus() == MessageObject.StatusEnum.IN_PROGRESS) {
          return message;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no message of the run was being written after 10 s");
  }

  private static Run stored(String thread, String runId) {
    return EMULATOR
        .server()
        .emulator()
        .stores()
        .read(tx -> tx.runs().find(thread, runId).orElseThrow());
  }
}
