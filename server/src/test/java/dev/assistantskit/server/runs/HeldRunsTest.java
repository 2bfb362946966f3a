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
 * cancel waits for it to end. Expiries are tested on an emulator whose runs expire after a second;
 * the rest on one whose runs do not expire meanwhile ({@code expires_at} counts whole seconds, so a
 * one-second expiry may come after a few milliseconds).
 */
class HeldRunsTest {
  @RegisterExtension
  static final EmulatorExtension EMULATOR =
      new EmulatorExtension(config -> config.runExpiry(Duration.ofSeconds(1)));

  @RegisterExtension static final EmulatorExtension PATIENT = new EmulatorExtension();

  private final Runs runs = Runs.of(EMULATOR);
  private final Runs patient = Runs.of(PATIENT);

  @Test
  @Timeout(30)
  void aRunHeldInProgressPastItsExpiryExpiresWithoutBeingRead() throws Exception {
    String thread = runs.thread("hold on");
    runs.script(thread, 0, 20_000, 0, Runs.reply("too late"));
    RunObject started = runs.start(thread, runs.codeAssistant());
    assertThat(started.getExpiresAt()).isEqualTo(started.getCreatedAt() + 1);

    Run run =
        awaitStored(thread, started.getId(), dev.assistantskit.server.domain.RunStatus.EXPIRED);

    assertThat(run.status()).isEqualTo(dev.assistantskit.server.domain.RunStatus.EXPIRED);
    assertThat(Apis.of(EMULATOR).runs().getRun(thread, started.getId(), Apis.V).getStatus())
        .isEqualTo(RunStatus.EXPIRED);
    assertThat(runs.say(thread, "free again").getRunId()).isNull();
  }

  @Test
  @Timeout(30)
  void aRunHeldQueuedPastItsExpiryExpiresAtItsExpiresAtWithoutBeingRead() throws Exception {
    String thread = runs.thread("hold on");
    runs.script(thread, 20_000, 0, 0, Runs.reply("too late"));
    long before = System.nanoTime();
    RunObject queued = runs.start(thread, runs.codeAssistant());
    assertThat(queued.getStatus()).isEqualTo(RunStatus.QUEUED);
    assertThat(queued.getExpiresAt()).isEqualTo(queued.getCreatedAt() + 1);

    Run run =
        awaitStored(thread, queued.getId(), dev.assistantskit.server.domain.RunStatus.EXPIRED);
    long millis = (System.nanoTime() - before) / 1_000_000;

    assertThat(run.status()).isEqualTo(dev.assistantskit.server.domain.RunStatus.EXPIRED);
    assertThat(run.expiresAt()).isEqualTo(queued.getExpiresAt().longValue());
    assertThat(run.startedAt()).isNull();
    assertThat(EMULATOR.server().emulator().clock().seconds())
        .isGreaterThanOrEqualTo(run.expiresAt());
    assertThat(millis)
        .as("ms from start to expired, with a 1 s expiry and a 20 s hold")
        .isBetween(0L, 5_000L);
    RunObject expired = Apis.of(EMULATOR).runs().getRun(thread, queued.getId(), Apis.V);
    assertThat(expired.getStatus()).isEqualTo(RunStatus.EXPIRED);
    assertThat(expired.getExpiresAt()).isEqualTo(queued.getExpiresAt());
    assertThat(
            Apis.of(EMULATOR)
                .runSteps()
                .listRunSteps(thread, queued.getId(), Apis.V, null, null, null, null)
                .getData())
        .isEmpty();
    assertThat(runs.say(thread, "free again").getRunId()).isNull();
  }

  @Test
  @Timeout(30)
  void aHeldAnswerIsHalfWrittenUntilTheHoldEndsThenWholly() throws Exception {
    String thread = patient.thread("write slowly");
    patient.script(thread, 0, 0, 1_500, Runs.reply("The quick brown fox jumps over the lazy dog"));
    RunObject started = patient.start(thread, patient.codeAssistant());

    MessageObject writing = patient.awaitWriting(thread);

    assertThat(text(writing)).isEqualTo("The quick brown fox");
    assertThat(patient.awaitEnd(started).getStatus()).isEqualTo(RunStatus.COMPLETED);
    MessageObject written = patient.api().messages().getMessage(thread, writing.getId(), Apis.V);
    assertThat(written.getStatus()).isEqualTo(MessageObject.StatusEnum.COMPLETED);
    assertThat(text(written)).isEqualTo("The quick brown fox jumps over the lazy dog");
  }

  @Test
  @Timeout(30)
  void aRunExpiringWhileItsAnswerIsHalfWrittenLeavesTheHalfIncomplete() throws Exception {
    String thread = runs.thread("write slowly");
    runs.script(thread, 0, 0, 20_000, Runs.reply("The quick brown fox jumps over the lazy dog"));
    String assistant = runs.codeAssistant();
    awaitStartOfASecond(); // so the run has most of a second to reach its hold
    RunObject started = runs.start(thread, assistant);

    awaitStored(thread, started.getId(), dev.assistantskit.server.domain.RunStatus.EXPIRED);

    MessageObject cut = runs.messages(thread).getData().get(0);
    assertThat(cut.getRunId()).isEqualTo(started.getId());
    assertThat(cut.getStatus()).isEqualTo(MessageObject.StatusEnum.INCOMPLETE);
    assertThat(cut.getIncompleteDetails().getReason().getValue()).isEqualTo("run_expired");
    assertThat(text(cut)).isEqualTo("The quick brown fox");
  }

  @Test
  @Timeout(30)
  void aCancelEndsARunHeldInProgressWithoutWaitingForTheHold() throws Exception {
    String thread = patient.thread("hold on");
    patient.script(thread, 0, 20_000, 0, Runs.reply("never said"));
    RunObject started =
        patient.await(patient.start(thread, patient.codeAssistant()), RunStatus.IN_PROGRESS);

    long before = System.nanoTime();
    RunObject cancelling = patient.api().runs().cancelRun(thread, started.getId(), Apis.V);
    RunObject cancelled = patient.awaitEnd(cancelling);
    long millis = (System.nanoTime() - before) / 1_000_000;

    assertThat(cancelling.getStatus()).isIn(RunStatus.CANCELLING, RunStatus.CANCELLED);
    assertThat(cancelled.getStatus()).isEqualTo(RunStatus.CANCELLED);
    assertThat(cancelled.getCancelledAt()).isNotNull();
    assertThat(millis).as("ms from cancel to cancelled, with a 20 s hold").isLessThan(5_000);
    assertThat(patient.messages(thread).getData()).hasSize(1); // the hold's reply was never written
    assertThat(patient.say(thread, "free again").getRunId()).isNull();
  }

  @Test
  @Timeout(30)
  void aCancelWhileTheAnswerIsHalfWrittenLeavesItIncomplete() throws Exception {
    String thread = patient.thread("write slowly");
    patient.script(thread, 0, 0, 20_000, Runs.reply("half of this, and the rest"));
    RunObject started = patient.start(thread, patient.codeAssistant());
    MessageObject writing = patient.awaitWriting(thread);
    assertThat(text(writing)).isEqualTo("half of this");

    RunObject cancelled =
        patient.awaitEnd(patient.api().runs().cancelRun(thread, started.getId(), Apis.V));

    assertThat(cancelled.getStatus()).isEqualTo(RunStatus.CANCELLED);
    MessageObject cut = patient.api().messages().getMessage(thread, writing.getId(), Apis.V);
    assertThat(cut.getStatus()).isEqualTo(MessageObject.StatusEnum.INCOMPLETE);
    assertThat(cut.getIncompleteDetails().getReason().getValue()).isEqualTo("run_cancelled");
    assertThat(text(cut)).isEqualTo("half of this");
  }

  private static String text(MessageObject message) {
    assertThat(message.getContent()).hasSize(1);
    return Runs.firstText(message);
  }

  /** Waits until the emulator's clock is in the first tenth of a second. */
  private static void awaitStartOfASecond() throws InterruptedException {
    while (EMULATOR.server().emulator().clock().instant().getNano() > 100_000_000) {
      Thread.sleep(5);
    }
  }

  /** Polls the store, not the API: a read through the API would expire the run itself. */
  private static Run awaitStored(
      String thread, String runId, dev.assistantskit.server.domain.RunStatus status)
      throws InterruptedException {
    Run run = stored(thread, runId);
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (run.status() != status && System.nanoTime() < deadline) {
      Thread.sleep(20);
      run = stored(thread, runId);
    }
    assertThat(run.status()).as("stored status of " + runId).isEqualTo(status);
    return run;
  }

  private static Run stored(String thread, String runId) {
    return EMULATOR
        .server()
        .emulator()
        .stores()
        .read(tx -> tx.runs().find(thread, runId).orElseThrow());
  }
}
