package dev.assistantskit.server.store.memory;

import dev.assistantskit.server.domain.Run;
import dev.assistantskit.server.store.Page;
import dev.assistantskit.server.store.PageRequest;
import dev.assistantskit.server.store.RunStore;
import java.util.List;
import java.util.Optional;

final class MemoryRunStore implements RunStore {
  /** Reference-index keys: the active run of a thread, and all active runs. */
  private static final String ACTIVE = "active";

  private static final String ACTIVE_IN = "active-in:";

  final OrderedTable<Run> table;

  MemoryRunStore(Journal journal) {
    table =
        new OrderedTable<>(
            journal,
            Run::threadId,
            Run::id,
            Run::createdAt,
            run ->
                run.status().isActive() ? List.of(ACTIVE, ACTIVE_IN + run.threadId()) : List.of());
  }

  @Override
  public Optional<Run> find(String threadId, String id) {
    return table.get(threadId, id);
  }

  @Override
  public void put(Run run) {
    table.put(run);
  }

  @Override
  public Page<Run> list(String threadId, PageRequest page) {
    return table.page(threadId, page, run -> true);
  }

  @Override
  public Optional<Run> active(String threadId) {
    return table.referencing(ACTIVE_IN + threadId).stream().findFirst();
  }

  @Override
  public List<Run> allActive() {
    return table.referencing(ACTIVE);
  }

  @Override
  public List<Run> all(String threadId) {
    return table.all(threadId);
  }

  @Override
  public void deleteThread(String threadId) {
    table.removePartition(threadId);
  }
}
