package dev.assistantskit.server.store;

import dev.assistantskit.server.domain.VectorStoreFile;
import java.util.List;
import java.util.Optional;

public interface VectorStoreFileStore {
  Optional<VectorStoreFile> find(String vectorStoreId, String fileId);

  void put(VectorStoreFile file);

  boolean delete(String vectorStoreId, String fileId);

  /**
   * A page of a store's files; with {@code status}, only those in it; with {@code fileIds}, only
   * those.
   */
  Page<VectorStoreFile> list(
      String vectorStoreId, String status, List<String> fileIds, PageRequest page);

  List<VectorStoreFile> all(String vectorStoreId);

  /** The attachments of one file to any vector store. */
  List<VectorStoreFile> ofFile(String fileId);

  void deleteStore(String vectorStoreId);
}
