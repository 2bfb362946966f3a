package dev.assistantskit.server.store.memory;

import dev.assistantskit.server.domain.VectorStoreFile;
import dev.assistantskit.server.store.Page;
import dev.assistantskit.server.store.PageRequest;
import dev.assistantskit.server.store.VectorStoreFileStore;
import java.util.List;
import java.util.Optional;
import java.util.Set;

final class MemoryVectorStoreFileStore implements VectorStoreFileStore {
  final OrderedTable<VectorStoreFile> table;

  MemoryVectorStoreFileStore(Journal journal) {
    table =
        new OrderedTable<>(
            journal,
            VectorStoreFile::vectorStoreId,
            VectorStoreFile::fileId,
            VectorStoreFile::createdAt,
            file -> List.of(file.fileId()));
  }

  @Override
  public Optional<VectorStoreFile> find(String vectorStoreId, String fileId) {
    return table.get(vectorStoreId, fileId);
  }

  @Override
  public void put(VectorStoreFile file) {
    table.put(file);
  }

  @Override
  public boolean delete(String vectorStoreId, String fileId) {
    return table.remove(vectorStoreId, fileId).isPresent();
  }

  @Override
  public Page<VectorStoreFile> list(
      String vectorStoreId, String status, List<String> fileIds, PageRequest page) {
    Set<String> only = fileIds == null ? null : Set.copyOf(fileIds);
    return table.page(
        vectorStoreId,
        page,
        file ->
            (status == null || status.equals(file.status()))
                && (only == null || only.contains(file.fileId())));
  }

  @Override
  public List<VectorStoreFile> all(String vectorStoreId) {
    return table.all(vectorStoreId);
  }

  @Override
  public List<VectorStoreFile> ofFile(String fileId) {
    return table.referencing(fileId);
  }

  @Override
  public void deleteStore(String vectorStoreId) {
    table.removePartition(vectorStoreId);
  }
}
