package dev.assistantskit.server.control;

import dev.assistantskit.server.domain.Run;
import dev.assistantskit.server.runs.Scripts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scripts queued through the control plane, each for the next run(s) of a thread, of an assistant,
 * or of anything. A starting run takes the first script that fits it, the most specific first: its
 * thread's, then its assistant's, then an unaddressed one.
 */
public final class ScriptBook implements Scripts {
  private final List<Entry> entries = new ArrayList<>();

  private static final class Entry {
    final ScriptDefinition definition;
    final ScriptedRun run;
    int remaining;

    Entry(ScriptDefinition definition, ScriptedRun run, int remaining) {
      this.definition = definition;
      this.run = run;
      this.remaining = remaining;
    }

    int specificity(Run candidate) {
      if (definition.threadId() != null) {
        return definition.threadId().equals(candidate.threadId()) ? 3 : 0;
      }
      if (definition.assistantId() != null) {
        return definition.assistantId().equals(candidate.assistantId()) ? 2 : 0;
      }
      return 1;
    }
  }

  /** Checks and queues a script; the number of runs it scripts. */
  public synchronized int add(ScriptDefinition definition) {
    ScriptedRun run =
        new ScriptedRun(
            definition.holdQueuedMs() == null ? 0 : definition.holdQueuedMs(),
            definition.holdInProgressMs() == null ? 0 : definition.holdInProgressMs(),
            definition.holdWritingMs() == null ? 0 : definition.holdWritingMs(),
            definition.toTurns());
    int times = definition.times() == null ? 1 : definition.times();
    entries.add(new Entry(definition, run, times));
    return times;
  }

  @Override
  public synchronized Optional<ScriptedRun> take(Run run) {
    Entry best = null;
    for (Entry entry : entries) {
      if (entry.specificity(run) > (best == null ? 0 : best.specificity(run))) {
        best = entry;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    if (--best.remaining == 0) {
      entries.remove(best);
    }
    return Optional.of(best.run);
  }

  /** The scripts still waiting, with how many runs each still scripts. */
  public synchronized List<Pending> pending() {
    List<Pending> pending = new ArrayList<>();
    for (Entry entry : entries) {
      pending.add(new Pending(entry.definition, entry.remaining));
    }
    return pending;
  }

  public record Pending(ScriptDefinition script, int remaining) {}

  public synchronized void clear() {
    entries.clear();
  }
}
