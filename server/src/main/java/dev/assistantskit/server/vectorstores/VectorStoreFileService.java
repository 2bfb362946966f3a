package dev.assistantskit.server.vectorstores;

import dev.assistantskit.server.domain.FileBatch;
import dev.assistantskit.server.domain.FileCounts;
import dev.assistantskit.server.domain.Ids;
import dev.assistantskit.server.domain.VectorStoreFile;
import dev.assistantskit.server.errors.Errors;
import dev.assistantskit.server.store.Page;
import dev.assistantskit.server.store.PageRequest;
import dev.assistantskit.server.store.Stores;
import dev.assistantskit.server.store.Tx;
import dev.assistantskit.server.time.EmulatorClock;
import java.util.LinkedHashSet;
import java.util.List;

/** The files of vector stores, added one by one or in batches. */
public final class VectorStoreFileService {
  private final Stores stores;
  private final EmulatorClock clock;
  private final Ids ids;
  private final VectorStoreWriter writer;

  public VectorStoreFileService(
      Stores stores, EmulatorClock clock, Ids ids, VectorStoreWriter writer) {
    this.stores = stores;
    this.clock = clock;
    this.ids = ids;
    this.writer = writer;
  }

  /** Attaches a file: 404 if there is no such file, a failed attachment if its content is gone. */
  public VectorStoreFile attach(String vectorStoreId, String fileId) {
    return stores.write(
        tx -> {
          VectorStoreService.find(tx, vectorStoreId);
          return writer.attach(tx, vectorStoreId, fileId);
        });
  }

  public Page<VectorStoreFile> list(String vectorStoreId, String status, PageRequest page) {
    return stores.read(
        tx -> {
          VectorStoreService.find(tx, vectorStoreId);
          return tx.vectorStoreFiles().list(vectorStoreId, status, null, page);
        });
  }

  public VectorStoreFile get(String vectorStoreId, String fileId) {
    return stores.read(tx -> find(tx, vectorStoreId, fileId));
  }

  /** Detaches a file from the store; the file itself stays. */
  public void detach(String vectorStoreId, String fileId) {
    stores.write(
        tx -> {
          find(tx, vectorStoreId, fileId);
          tx.vectorStoreFiles().delete(vectorStoreId, fileId);
          return null;
        });
  }

  public FileBatch createBatch(String vectorStoreId, List<String> fileIds) {
    return stores.write(
        tx -> {
          VectorStoreService.find(tx, vectorStoreId);
          List<String> unique = List.copyOf(new LinkedHashSet<>(fileIds));
          ToolResourcesResolver.requireFiles(tx, unique, "file_ids");
          List<VectorStoreFile> attached =
              unique.stream().map(fileId -> writer.attach(tx, vectorStoreId, fileId)).toList();
          FileBatch batch =
              new FileBatch(
                  ids.next(Ids.FILE_BATCH),
                  vectorStoreId,
                  clock.seconds(),
                  unique,
                  FileCounts.of(attached),
                  VectorStoreFile.COMPLETED);
          tx.fileBatches().put(batch);
          return batch;
        });
  }

  public FileBatch getBatch(String vectorStoreId, String batchId) {
    return stores.read(tx -> findBatch(tx, vectorStoreId, batchId));
  }

  /**
   * Cancels a batch. The emulator processes files as they arrive, so a batch has always finished
   * when a cancel comes: Azure refuses to cancel a batch that is no longer in progress.
   */
  public FileBatch cancelBatch(String vectorStoreId, String batchId) {
    return stores.write(
        tx -> {
          FileBatch batch = findBatch(tx, vectorStoreId, batchId);
          throw Errors.invalid(
              null,
              "Cannot cancel vector store file batch "
                  + batch.id()
                  + " because its status is '"
                  + batch.status()
                  + "'.",
              null);
        });
  }

  public Page<VectorStoreFile> listBatchFiles(
      String vectorStoreId, String batchId, String status, PageRequest page) {
    return stores.read(
        tx -> {
          FileBatch batch = findBatch(tx, vectorStoreId, batchId);
          return tx.vectorStoreFiles().list(vectorStoreId, status, batch.fileIds(), page);
        });
  }

  private static VectorStoreFile find(Tx tx, String vectorStoreId, String fileId) {
    VectorStoreService.find(tx, vectorStoreId);
    return tx.vectorStoreFiles()
        .find(vectorStoreId, fileId)
        .orElseThrow(() -> Errors.notFound("vector store file", fileId));
  }

  private static FileBatch findBatch(Tx tx, String vectorStoreId, String batchId) {
    VectorStoreService.find(tx, vectorStoreId);
    return tx.fileBatches()
        .find(vectorStoreId, batchId)
        .orElseThrow(() -> Errors.notFound("vector store file batch", batchId));
  }
}
