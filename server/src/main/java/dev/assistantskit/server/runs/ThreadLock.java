package dev.assistantskit.server.runs;

import dev.assistantskit.server.domain.Run;
import dev.assistantskit.server.errors.Errors;
import dev.assistantskit.server.store.Tx;
import dev.assistantskit.server.time.EmulatorClock;
import java.util.List;
import java.util.Optional;

/**
 * A thread is locked while one of its runs is active (queued, in_progress, requires_action or
 * cancelling): no message may be added and no other run started. The check runs in the caller's
 * write transaction, so two racing requests cannot both pass it. A run that has outlived its {@code
 * expires_at} is expired first, so it never holds a lock past its time.
 */
public final class ThreadLock {
  private final EmulatorClock clock;

  public ThreadLock(EmulatorClock clock) {
    this.clock = clock;
  }

  /**
   * The thread's active run, expiring it first if it is due; the events of that expiry go to {@code
   * pending}, for the caller to publish once its transaction committed.
   */
  public Optional<Run> activeRun(Tx tx, String threadId, List<RunEvent> pending) {
    Optional<Run> active = tx.runs().active(threadId);
    if (active.isPresent() && RunEndings.isDue(active.get(), clock.seconds())) {
      pending.addAll(RunEndings.expire(tx, active.get(), clock.seconds()));
      return Optional.empty();
    }
    return active;
  }

  public void requireNoActiveRunForMessage(Tx tx, String threadId, List<RunEvent> pending) {
    activeRun(tx, threadId, pending)
        .ifPresent(
            run -> {
              throw Errors.invalid(
                  null,
                  "Can't add messages to " + threadId + " while a run " + run.id() + " is active.",
                  null);
            });
  }

  public void requireNoActiveRunForRun(Tx tx, String threadId, List<RunEvent> pending) {
    activeRun(tx, threadId, pending)
        .ifPresent(
            run -> {
              throw Errors.invalid(
                  null,
                  "Thread " + threadId + " already has an active run " + run.id() + ".",
                  null);
            });
  }
}
