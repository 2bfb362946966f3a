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

import dev.assistantskit.server.domain.Run;
import dev.assistantskit.server.domain.RunError;
import dev.assistantskit.server.domain.RunStatus;
import dev.assistantskit.server.domain.ToolCall;
import dev.assistantskit.server.domain.Usage;
import dev.assistantskit.server.errors.Errors;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place where a run's status changes, and with it exactly the fields Azure documents:
 *
 * <pre>
 * queued ──► in_progress ──► completed | incomplete | failed
 *   │            │  ▲
 *   │            ▼  │ (tool outputs: back to queued)
 *   │      requires_action ──► expired (at expires_at)
 *   └──────┴───────┴──► cancelling ──► cancelled
 * </pre>
 *
 * Any active run also expires when it outlives {@code expires_at}. Pure: no I/O, no clock of its
 * own — callers pass the time.
 */
public final class RunLifecycle {
  private static final Map<RunStatus, Set<RunStatus>> NEXT = new EnumMap<>(RunStatus.class);

  static {
    NEXT.put(QUEUED, EnumSet.of(IN_PROGRESS, CANCELLING, FAILED, EXPIRED));
    NEXT.put(
        IN_PROGRESS,
        EnumSet.of(REQUIRES_ACTION, COMPLETED, INCOMPLETE, FAILED, CANCELLING, EXPIRED));
    NEXT.put(REQUIRES_ACTION, EnumSet.of(QUEUED, CANCELLING, EXPIRED));
    NEXT.put(CANCELLING, EnumSet.of(CANCELLED));
    for (RunStatus terminal : List.of(CANCELLED, FAILED, COMPLETED, INCOMPLETE, EXPIRED)) {
      NEXT.put(terminal, EnumSet.noneOf(RunStatus.class));
    }
  }

  private RunLifecycle() {}

  /** A transition the engine tried that the current status does not allow (a race it lost). */
  public static final class IllegalTransition extends RuntimeException {
    IllegalTransition(RunStatus from, RunStatus to) {
      super("run cannot go from " + from.wire() + " to " + to.wire(), null, false, false);
    }
  }

  public static boolean allows(RunStatus from, RunStatus to) {
    return NEXT.get(from).contains(to);
  }

  /** queued → in_progress; {@code started_at} is kept from the first start. */
  public static Run start(Run run, long now) {
    return move(
        run,
        IN_PROGRESS,
        null,
        null,
        run.expiresAt(),
        first(run.startedAt(), now),
        null,
        null,
        null,
        null,
        null);
  }

  /** in_progress → requires_action, waiting for the outputs of these calls. */
  public static Run requireAction(Run run, List<ToolCall.Function> calls) {
    return move(
        run,
        REQUIRES_ACTION,
        calls,
        null,
        run.expiresAt(),
        run.startedAt(),
        null,
        null,
        null,
        null,
        null);
  }

  /** requires_action → queued, once every call has its output. */
  public static Run resume(Run run) {
    return move(
        run, QUEUED, null, null, run.expiresAt(), run.startedAt(), null, null, null, null, null);
  }

  public static Run complete(Run run, long now, Usage usage) {
    return move(run, COMPLETED, null, null, null, run.startedAt(), null, null, now, null, usage);
  }

  public static Run incomplete(Run run, long now, String reason, Usage usage) {
    return move(run, INCOMPLETE, null, null, null, run.startedAt(), null, null, now, reason, usage);
  }

  public static Run fail(Run run, long now, RunError error, Usage usage) {
    return move(run, FAILED, null, error, null, run.startedAt(), null, now, null, null, usage);
  }

  public static Run expire(Run run, Usage usage) {
    return move(
        run, EXPIRED, null, null, run.expiresAt(), run.startedAt(), null, null, null, null, usage);
  }

  /** What a cancel request does: an active run starts cancelling; anything else is a 400. */
  public static Run cancel(Run run) {
    if (!allows(run.status(), CANCELLING)) {
      throw Errors.invalid(
          null, "Cannot cancel run with status '" + run.status().wire() + "'.", null);
    }
    return move(
        run,
        CANCELLING,
        null,
        null,
        run.expiresAt(),
        run.startedAt(),
        null,
        null,
        null,
        null,
        null);
  }

  public static Run cancelled(Run run, long now, Usage usage) {
    return move(run, CANCELLED, null, null, null, run.startedAt(), now, null, null, null, usage);
  }

  /** Whether a run in this status takes tool outputs; a 400 in Azure's words if not. */
  public static void requireAwaitingOutputs(Run run) {
    if (run.status() != REQUIRES_ACTION) {
      throw Errors.invalid(
          null, "Runs in status \"" + run.status().wire() + "\" do not accept tool outputs.", null);
    }
  }

  private static Run move(
      Run run,
      RunStatus to,
      List<ToolCall.Function> requiredAction,
      RunError lastError,
      Long expiresAt,
      Long startedAt,
      Long cancelledAt,
      Long failedAt,
      Long completedAt,
      String incompleteReason,
      Usage usage) {
    if (!allows(run.status(), to)) {
      throw new IllegalTransition(run.status(), to);
    }
    return run.transitioned(
        to,
        requiredAction,
        lastError,
        expiresAt,
        startedAt,
        cancelledAt,
        failedAt,
        completedAt,
        incompleteReason,
        usage);
  }

  private static Long first(Long earlier, long now) {
    return earlier != null ? earlier : now;
  }
}
