package dev.assistantskit.server.resources;

import dev.assistantskit.server.Emulator;
import dev.assistantskit.server.generated.api.VectorStoreFileBatchesApi;
import dev.assistantskit.server.generated.model.CreateVectorStoreFileBatchRequest;
import dev.assistantskit.server.generated.model.ListVectorStoreFilesResponse;
import dev.assistantskit.server.generated.model.VectorStoreFileBatchObject;
import dev.assistantskit.server.vectorstores.VectorStoreFileService;
import dev.assistantskit.server.wire.Checks;
import dev.assistantskit.server.wire.WireVectorStores;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** The Vector Store File Batches operations. */
@Singleton
public final class VectorStoreFileBatchesResource implements VectorStoreFileBatchesApi {
  private final VectorStoreFileService files;

  @Inject
  public VectorStoreFileBatchesResource(Emulator emulator) {
    this.files = emulator.vectorStoreFiles();
  }

  @Override
  public VectorStoreFileBatchObject cancelVectorStoreFileBatch(
      String vectorStoreId, String batchId, String apiVersion) {
    return WireVectorStores.wire(files.cancelBatch(vectorStoreId, batchId));
  }

  @Override
  public VectorStoreFileBatchObject createVectorStoreFileBatch(
      String vectorStoreId, String apiVersion, CreateVectorStoreFileBatchRequest request) {
    return WireVectorStores.wire(files.createBatch(vectorStoreId, request.getFileIds()));
  }

  @Override
  public VectorStoreFileBatchObject getVectorStoreFileBatch(
      String vectorStoreId, String batchId, String apiVersion) {
    return WireVectorStores.wire(files.getBatch(vectorStoreId, batchId));
  }

  @Override
  public ListVectorStoreFilesResponse listFilesInVectorStoreBatch(
      String vectorStoreId,
      String batchId,
      String apiVersion,
      Integer limit,
      String order,
      String after,
      String before,
      String filter) {
    return WireVectorStores.files(
        files.listBatchFiles(
            vectorStoreId,
            batchId,
            Checks.fileStatus(filter),
            Checks.page(limit, order, after, before)));
  }
}
