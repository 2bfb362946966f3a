package dev.assistantskit.server.store;

import dev.assistantskit.server.domain.Run;
import java.util.List;
import java.util.Optional;

public interface RunStore {
  Optional<Run> find(String threadId, String id);

  void put(Run run);

  Page<Run> list(String threadId, PageRequest page);

  /** The run holding the thread's lock, if any (never more than one). */
  Optional<Run> active(String threadId);

  /** Every active run, of every thread. */
  List<Run> allActive();

  /** Every run of a thread, oldest first. */
  List<Run> all(String threadId);

  void deleteThread(String threadId);
}
