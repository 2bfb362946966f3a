package dev.assistantskit.server.store.memory;

import dev.assistantskit.server.domain.RunStep;
import dev.assistantskit.server.store.Page;
import dev.assistantskit.server.store.PageRequest;
import dev.assistantskit.server.store.RunStepStore;
import java.util.List;
import java.util.Optional;

final class MemoryRunStepStore implements RunStepStore {
  final OrderedTable<RunStep> table;

  MemoryRunStepStore(Journal journal) {
    table = new OrderedTable<>(journal, RunStep::runId, RunStep::id, RunStep::createdAt, null);
  }

  @Override
  public Optional<RunStep> find(String runId, String id) {
    return table.get(runId, id);
  }

  @Override
  public void put(RunStep step) {
    table.put(step);
  }

  @Override
  public Page<RunStep> list(String runId, PageRequest page) {
    return table.page(runId, page, step -> true);
  }

  @Override
  public List<RunStep> all(String runId) {
    return table.all(runId);
  }

  @Override
  public void deleteRun(String runId) {
    table.removePartition(runId);
  }
}
