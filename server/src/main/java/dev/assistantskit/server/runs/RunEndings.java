package dev.assistantskit.server.runs;

import dev.assistantskit.server.domain.Message;
import dev.assistantskit.server.domain.Run;
import dev.assistantskit.server.domain.RunError;
import dev.assistantskit.server.domain.RunStatus;
import dev.assistantskit.server.domain.RunStep;
import dev.assistantskit.server.domain.Usage;
import dev.assistantskit.server.store.Tx;
import java.util.ArrayList;
import java.util.List;

/**
 * Ends a run early — cancelled, expired or failed — with everything it left in progress: its open
 * steps end the same way, and a message it was writing becomes {@code incomplete} ({@code
 * run_cancelled}, {@code run_expired}, {@code run_failed}) with the text written so far, which is
 * exactly what its stream sent ({@link RunWriter}).
 */
final class RunEndings {
  private RunEndings() {}

  /** cancelling → cancelled. */
  static List<RunEvent> cancel(Tx tx, Run run, long now) {
    List<RunEvent> events = close(tx, run, RunStep.Status.CANCELLED, null, "run_cancelled", now);
    Run ended = RunLifecycle.cancelled(run, now, usage(tx, run));
    tx.runs().put(ended);
    events.add(new RunEvent(run.id(), "thread.run.cancelled", ended));
    return events;
  }

  static List<RunEvent> expire(Tx tx, Run run, long now) {
    List<RunEvent> events = close(tx, run, RunStep.Status.EXPIRED, null, "run_expired", now);
    Run ended = RunLifecycle.expire(run, usage(tx, run));
    tx.runs().put(ended);
    events.add(new RunEvent(run.id(), "thread.run.expired", ended));
    return events;
  }

  static List<RunEvent> fail(Tx tx, Run run, RunError error, long now) {
    List<RunEvent> events = close(tx, run, RunStep.Status.FAILED, error, "run_failed", now);
    Run ended = RunLifecycle.fail(run, now, error, usage(tx, run));
    tx.runs().put(ended);
    events.add(new RunEvent(run.id(), "thread.run.failed", ended));
    return events;
  }

  /** What the run consumed: the sum of its steps' usage. */
  static Usage usage(Tx tx, Run run) {
    Usage total = Usage.NONE;
    for (RunStep step : tx.runSteps().all(run.id())) {
      if (step.usage() != null) {
        total = total.plus(step.usage());
      }
    }
    return total;
  }

  private static List<RunEvent> close(
      Tx tx, Run run, RunStep.Status status, RunError error, String reason, long now) {
    List<RunEvent> events = new ArrayList<>();
    for (RunStep step : tx.runSteps().all(run.id())) {
      if (step.status() != RunStep.Status.IN_PROGRESS) {
        continue;
      }
      if (step.messageId() != null) {
        tx.messages()
            .find(run.threadId(), step.messageId())
            .filter(message -> message.status() == Message.Status.IN_PROGRESS)
            .ifPresent(
                message -> {
                  Message incomplete = message.incomplete(reason, now);
                  tx.messages().put(incomplete);
                  events.add(new RunEvent(run.id(), "thread.message.incomplete", incomplete));
                });
      }
      RunStep ended = step.ended(status, now, error, step.usage());
      tx.runSteps().put(ended);
      events.add(new RunEvent(run.id(), "thread.run.step." + status.name().toLowerCase(), ended));
    }
    return events;
  }

  static boolean isDue(Run run, long now) {
    return run.status().isActive()
        && run.status() != RunStatus.CANCELLING
        && run.expiresAt() != null
        && now >= run.expiresAt();
  }
}
