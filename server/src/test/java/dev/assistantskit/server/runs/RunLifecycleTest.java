package dev.assistantskit.server.runs;

import static dev.assistantskit.server.domain.RunStatus.CANCELLED;
import static dev.assistantskit.server.domain.RunStatus.CANCELLING;
import static dev.assistantskit.server.domain.RunStatus.COMPLETED;
import static dev.assistantskit.server.domain.RunStatus.EXPIRED;
import static dev.assistantskit.server.domain.RunStatus.FAILED;
import static dev.assistantskit.server.domain.RunStatus.INCOMPLETE;
import static dev.assistantskit.server.domain.RunStatus.IN_PROGRESS;
import static dev.assistantskit.server.domain.RunStatus.QUEUED;
import static dev.assistantskit.server.domain.RunStatus.REQUIRES_ACTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assistantskit.server.domain.ResponseFormat;
import dev.assistantskit.server.domain.Run;
import dev.assistantskit.server.domain.RunError;
import dev.assistantskit.server.domain.RunStatus;
import dev.assistantskit.server.domain.ToolCall;
import dev.assistantskit.server.domain.ToolChoice;
import dev.assistantskit.server.domain.Usage;
import dev.assistantskit.server.errors.ApiException;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RunLifecycleTest {
  static Run run(RunStatus status) {
    return new Run(
        "run_1",
        100,
        "thread_1",
        "asst_1",
        status,
        null,
        null,
        700L,
        status == QUEUED ? null : 101L,
        null,
        null,
        null,
        null,
        "m",
        "i",
        List.of(),
        Map.of(),
        null,
        BigDecimal.ONE,
        BigDecimal.ONE,
        null,
        null,
        Run.Truncation.AUTO,
        ToolChoice.AUTO,
        ResponseFormat.AUTO,
        null);
  }

  @Test
  void onlyTheDocumentedTransitionsAreAllowed() {
    assertThat(allowedFrom(QUEUED))
        .containsExactlyInAnyOrder(IN_PROGRESS, CANCELLING, FAILED, EXPIRED);
    assertThat(allowedFrom(IN_PROGRESS))
        .containsExactlyInAnyOrder(
            REQUIRES_ACTION, COMPLETED, INCOMPLETE, FAILED, CANCELLING, EXPIRED);
    assertThat(allowedFrom(REQUIRES_ACTION)).containsExactlyInAnyOrder(QUEUED, CANCELLING, EXPIRED);
    assertThat(allowedFrom(CANCELLING)).containsExactly(CANCELLED);
    for (RunStatus terminal : List.of(CANCELLED, FAILED, COMPLETED, INCOMPLETE, EXPIRED)) {
      assertThat(allowedFrom(terminal)).as(terminal.wire()).isEmpty();
    }
  }

  @Test
  void eachTransitionSetsExactlyItsOwnFields() {
    Run started = RunLifecycle.start(run(QUEUED), 101);
    assertThat(started.startedAt()).isEqualTo(101);
    assertThat(started.usage()).isNull();

    Run waiting =
        RunLifecycle.requireAction(
            started, List.of(new ToolCall.Function("call_1", "f", "{}", null)));
    assertThat(waiting.requiredAction()).hasSize(1);
    Run resumed = RunLifecycle.resume(waiting);
    assertThat(resumed.status()).isEqualTo(QUEUED);
    assertThat(resumed.requiredAction()).isNull();
    assertThat(RunLifecycle.start(resumed, 150).startedAt())
        .as("started_at keeps the first start")
        .isEqualTo(101);

    Run completed = RunLifecycle.complete(started, 120, new Usage(10, 5));
    assertThat(completed.completedAt()).isEqualTo(120);
    assertThat(completed.expiresAt()).isNull();
    assertThat(completed.usage().totalTokens()).isEqualTo(15);

    Run failed = RunLifecycle.fail(started, 130, new RunError("server_error", "boom"), Usage.NONE);
    assertThat(failed.failedAt()).isEqualTo(130);
    assertThat(failed.lastError().code()).isEqualTo("server_error");
    assertThat(failed.completedAt()).isNull();

    Run expired = RunLifecycle.expire(waiting, Usage.NONE);
    assertThat(expired.expiresAt()).isEqualTo(700);
    assertThat(expired.requiredAction()).isNull();

    Run cancelled = RunLifecycle.cancelled(RunLifecycle.cancel(waiting), 140, Usage.NONE);
    assertThat(cancelled.cancelledAt()).isEqualTo(140);
    assertThat(cancelled.status()).isEqualTo(CANCELLED);
  }

  @ParameterizedTest
  @EnumSource(
      value = RunStatus.class,
      names = {"CANCELLING", "CANCELLED", "FAILED", "COMPLETED", "INCOMPLETE", "EXPIRED"})
  void cancellingARunThatIsNotActiveIsABadRequest(RunStatus status) {
    assertThatThrownBy(() -> RunLifecycle.cancel(run(status)))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.getMessage())
                  .isEqualTo("Cannot cancel run with status '" + status.wire() + "'.");
            });
  }

  @Test
  void theEngineCannotSkipAStatus() {
    assertThatThrownBy(() -> RunLifecycle.complete(run(QUEUED), 1, Usage.NONE))
        .isInstanceOf(RunLifecycle.IllegalTransition.class);
    assertThatThrownBy(() -> RunLifecycle.resume(run(IN_PROGRESS)))
        .isInstanceOf(RunLifecycle.IllegalTransition.class);
  }

  private static Set<RunStatus> allowedFrom(RunStatus from) {
    Set<RunStatus> allowed = EnumSet.noneOf(RunStatus.class);
    for (RunStatus to : RunStatus.values()) {
      if (RunLifecycle.allows(from, to)) {
        allowed.add(to);
      }
    }
    return allowed;
  }
}
