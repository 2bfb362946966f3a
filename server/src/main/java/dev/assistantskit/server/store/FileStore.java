package dev.assistantskit.server.store;

import dev.assistantskit.server.domain.StoredFile;
import java.util.List;
import java.util.Optional;

public interface FileStore {
  Optional<StoredFile> find(String id);

  void put(StoredFile file);

  boolean delete(String id);

  /** Every file, newest first; with {@code purpose}, only those uploaded for it. */
  List<StoredFile> list(String purpose);
}
