package dev.assistantskit.server.store;

import dev.assistantskit.server.domain.FileBatch;
import java.util.Optional;

public interface FileBatchStore {
  Optional<FileBatch> find(String vectorStoreId, String id);

  void put(FileBatch batch);

  void deleteStore(String vectorStoreId);
}
