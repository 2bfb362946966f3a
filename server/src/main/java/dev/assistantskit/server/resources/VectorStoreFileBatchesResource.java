package dev.assistantskit.server.resources;

import dev.assistantskit.server.errors.Errors;
import dev.assistantskit.server.generated.api.VectorStoreFileBatchesApi;
import dev.assistantskit.server.generated.model.CreateVectorStoreFileBatchRequest;
import dev.assistantskit.server.generated.model.ListVectorStoreFilesResponse;
import dev.assistantskit.server.generated.model.VectorStoreFileBatchObject;

/** The VectorStoreFileBatches operations. */
public final class VectorStoreFileBatchesResource implements VectorStoreFileBatchesApi {
  @Override
  public VectorStoreFileBatchObject cancelVectorStoreFileBatch(
      String vectorStoreId, String batchId, String apiVersion) {
    throw Errors.notImplemented("cancelVectorStoreFileBatch");
  }

  @Override
  public VectorStoreFileBatchObject createVectorStoreFileBatch(
      String vectorStoreId,
      String apiVersion,
      CreateVectorStoreFileBatchRequest createVectorStoreFileBatchRequest) {
    throw Errors.notImplemented("createVectorStoreFileBatch");
  }

  @Override
  public VectorStoreFileBatchObject getVectorStoreFileBatch(
      String vectorStoreId, String batchId, String apiVersion) {
    throw Errors.notImplemented("getVectorStoreFileBatch");
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
    throw Errors.notImplemented("listFilesInVectorStoreBatch");
  }
}
