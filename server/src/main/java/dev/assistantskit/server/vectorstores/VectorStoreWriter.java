package dev.assistantskit.server.vectorstores;

import dev.assistantskit.server.domain.Ids;
import dev.assistantskit.server.domain.StoredFile;
import dev.assistantskit.server.domain.VectorStore;
import dev.assistantskit.server.domain.VectorStoreFile;
import dev.assistantskit.server.errors.Errors;
import dev.assistantskit.server.store.Tx;
import dev.assistantskit.server.time.EmulatorClock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Vector store changes made inside a caller's transaction — by the vector store operations
 * themselves, and by the {@code vector_stores} helper and file_search attachments of assistants,
 * threads and messages.
 *
 * <p>The emulator processes a file at once: it is {@code completed} with its size as usage, or
 * {@code failed} with {@code file_not_found} when its content is gone from the file store. A file
 * id that names no file at all is refused with Azure's 404 before anything is attached.
 */
public final class VectorStoreWriter {
  private final EmulatorClock clock;
  private final Ids ids;
  private final Predicate<String> contentExists;

  public VectorStoreWriter(EmulatorClock clock, Ids ids, Predicate<String> contentExists) {
    this.clock = clock;
    this.ids = ids;
    this.contentExists = contentExists;
  }

  public VectorStore create(
      Tx tx,
      String name,
      List<String> fileIds,
      Map<String, String> metadata,
      Integer expiresAfterDays) {
    long now = clock.seconds();
    VectorStore store =
        new VectorStore(
            ids.next(Ids.VECTOR_STORE),
            now,
            name == null ? "" : name,
            metadata == null ? Map.of() : metadata,
            expiresAfterDays,
            now);
    tx.vectorStores().put(store);
    for (String fileId : fileIds == null ? List.<String>of() : fileIds) {
      attach(tx, store.id(), fileId);
    }
    return store;
  }

  /** Adds a file to a store (again: the existing attachment is returned). */
  public VectorStoreFile attach(Tx tx, String vectorStoreId, String fileId) {
    Optional<VectorStoreFile> existing = tx.vectorStoreFiles().find(vectorStoreId, fileId);
    if (existing.isPresent()) {
      return existing.get();
    }
    StoredFile file =
        tx.files().find(fileId).orElseThrow(() -> Errors.filesNotFound("file_id", List.of(fileId)));
    long now = clock.seconds();
    VectorStoreFile attached =
        contentExists.test(fileId)
            ? new VectorStoreFile(
                fileId, vectorStoreId, now, file.bytes(), VectorStoreFile.COMPLETED, null, null)
            : new VectorStoreFile(
                fileId,
                vectorStoreId,
                now,
                0,
                VectorStoreFile.FAILED,
                "file_not_found",
                "File '" + fileId + "' has no content in the file store.");
    tx.vectorStoreFiles().put(attached);
    touch(tx, vectorStoreId);
    return attached;
  }

  /** Marks a store as used now: its expiry counts from here. */
  public void touch(Tx tx, String vectorStoreId) {
    tx.vectorStores()
        .find(vectorStoreId)
        .ifPresent(store -> tx.vectorStores().put(store.touched(clock.seconds())));
  }
}
