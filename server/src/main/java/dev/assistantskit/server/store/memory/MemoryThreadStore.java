package dev.assistantskit.server.store.memory;

import dev.assistantskit.server.domain.AssistantThread;
import dev.assistantskit.server.store.ThreadStore;
import java.util.List;
import java.util.Optional;

final class MemoryThreadStore implements ThreadStore {
  final OrderedTable<AssistantThread> table;

  MemoryThreadStore(Journal journal) {
    table =
        new OrderedTable<>(
            journal,
            t -> "",
            AssistantThread::id,
            AssistantThread::createdAt,
            t -> References.of(t.toolResources()));
  }

  @Override
  public Optional<AssistantThread> find(String id) {
    return table.get("", id);
  }

  @Override
  public void put(AssistantThread thread) {
    table.put(thread);
  }

  @Override
  public boolean delete(String id) {
    return table.remove("", id).isPresent();
  }

  @Override
  public List<AssistantThread> referencing(String id) {
    return table.referencing(id);
  }
}
