package dev.assistantskit.server.store.memory;

import dev.assistantskit.server.domain.VectorStore;
import dev.assistantskit.server.store.Page;
import dev.assistantskit.server.store.PageRequest;
import dev.assistantskit.server.store.VectorStoreStore;
import java.util.Optional;

final class MemoryVectorStoreStore implements VectorStoreStore {
  final OrderedTable<VectorStore> table;

  MemoryVectorStoreStore(Journal journal) {
    table = new OrderedTable<>(journal, v -> "", VectorStore::id, VectorStore::createdAt, null);
  }

  @Override
  public Optional<VectorStore> find(String id) {
    return table.get("", id);
  }

  @Override
  public void put(VectorStore store) {
    table.put(store);
  }

  @Override
  public boolean delete(String id) {
    return table.remove("", id).isPresent();
  }

  @Override
  public Page<VectorStore> list(PageRequest page) {
    return table.page("", page, v -> true);
  }
}
