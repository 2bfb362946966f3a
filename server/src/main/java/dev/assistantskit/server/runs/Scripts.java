package dev.assistantskit.server.runs;

import dev.assistantskit.server.backend.Turn;
import dev.assistantskit.server.domain.Run;
import java.util.List;
import java.util.Optional;

/** Turns scripted ahead of time (the emulator's control plane) that replace the model's. */
public interface Scripts {
  /** The script for a run that is starting, if one was queued for its assistant or thread. */
  Optional<ScriptedRun> take(Run run);

  /**
   * A run's script: how long it stays queued and in progress, and its turns in order; when they run
   * out, the model decides.
   */
  record ScriptedRun(
      long holdQueuedMillis, long holdInProgressMillis, long holdWritingMillis, List<Turn> turns) {
    public ScriptedRun {
      turns = List.copyOf(turns);
    }
  }

  Scripts NONE = run -> Optional.empty();
}
