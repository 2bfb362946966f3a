package dev.assistantskit.server.store.memory;

import dev.assistantskit.server.domain.FileBatch;
import dev.assistantskit.server.store.FileBatchStore;
import java.util.Optional;

final class MemoryFileBatchStore implements FileBatchStore {
  final OrderedTable<FileBatch> table;

  MemoryFileBatchStore(Journal journal) {
    table =
        new OrderedTable<>(
            journal, FileBatch::vectorStoreId, FileBatch::id, FileBatch::createdAt, null);
  }

  @Override
  public Optional<FileBatch> find(String vectorStoreId, String id) {
    return table.get(vectorStoreId, id);
  }

  @Override
  public void put(FileBatch batch) {
    table.put(batch);
  }

  @Override
  public void deleteStore(String vectorStoreId) {
    table.removePartition(vectorStoreId);
  }
}
