package dev.assistantskit.server.store;

import dev.assistantskit.server.domain.VectorStore;
import java.util.Optional;

public interface VectorStoreStore {
  Optional<VectorStore> find(String id);

  void put(VectorStore store);

  boolean delete(String id);

  Page<VectorStore> list(PageRequest page);
}
