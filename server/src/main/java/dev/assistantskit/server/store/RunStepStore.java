package dev.assistantskit.server.store;

import dev.assistantskit.server.domain.RunStep;
import java.util.List;
import java.util.Optional;

public interface RunStepStore {
  Optional<RunStep> find(String runId, String id);

  void put(RunStep step);

  Page<RunStep> list(String runId, PageRequest page);

  /** Every step of a run, oldest first. */
  List<RunStep> all(String runId);

  void deleteRun(String runId);
}
