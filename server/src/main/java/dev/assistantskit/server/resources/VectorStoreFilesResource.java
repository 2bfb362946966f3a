package dev.assistantskit.server.resources;

import dev.assistantskit.server.errors.Errors;
import dev.assistantskit.server.generated.api.VectorStoreFilesApi;
import dev.assistantskit.server.generated.model.CreateVectorStoreFileRequest;
import dev.assistantskit.server.generated.model.DeleteVectorStoreFileResponse;
import dev.assistantskit.server.generated.model.ListVectorStoreFilesResponse;
import dev.assistantskit.server.generated.model.VectorStoreFileObject;

/** The VectorStoreFiles operations. */
public final class VectorStoreFilesResource implements VectorStoreFilesApi {
  @Override
  public VectorStoreFileObject createVectorStoreFile(
      String vectorStoreId,
      String apiVersion,
      CreateVectorStoreFileRequest createVectorStoreFileRequest) {
    throw Errors.notImplemented("createVectorStoreFile");
  }

  @Override
  public DeleteVectorStoreFileResponse deleteVectorStoreFile(
      String vectorStoreId, String fileId, String apiVersion) {
    throw Errors.notImplemented("deleteVectorStoreFile");
  }

  @Override
  public VectorStoreFileObject getVectorStoreFile(
      String vectorStoreId, String fileId, String apiVersion) {
    throw Errors.notImplemented("getVectorStoreFile");
  }

  @Override
  public ListVectorStoreFilesResponse listVectorStoreFiles(
      String vectorStoreId,
      String apiVersion,
      Integer limit,
      String order,
      String after,
      String before,
      String filter) {
    throw Errors.notImplemented("listVectorStoreFiles");
  }
}
