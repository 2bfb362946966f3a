package dev.assistantskit.server.store.memory;

import dev.assistantskit.server.domain.Assistant;
import dev.assistantskit.server.store.AssistantStore;
import dev.assistantskit.server.store.Page;
import dev.assistantskit.server.store.PageRequest;
import java.util.List;
import java.util.Optional;

final class MemoryAssistantStore implements AssistantStore {
  final OrderedTable<Assistant> table;

  MemoryAssistantStore(Journal journal) {
    table =
        new OrderedTable<>(
            journal,
            a -> "",
            Assistant::id,
            Assistant::createdAt,
            a -> References.of(a.toolResources()));
  }

  @Override
  public Optional<Assistant> find(String id) {
    return table.get("", id);
  }

  @Override
  public void put(Assistant assistant) {
    table.put(assistant);
  }

  @Override
  public boolean delete(String id) {
    return table.remove("", id).isPresent();
  }

  @Override
  public Page<Assistant> list(PageRequest page) {
    return table.page("", page, a -> true);
  }

  @Override
  public List<Assistant> referencing(String id) {
    return table.referencing(id);
  }
}
