package dev.assistantskit.server.resources;

import dev.assistantskit.server.Emulator;
import dev.assistantskit.server.generated.api.VectorStoreFilesApi;
import dev.assistantskit.server.generated.model.CreateVectorStoreFileRequest;
import dev.assistantskit.server.generated.model.DeleteVectorStoreFileResponse;
import dev.assistantskit.server.generated.model.ListVectorStoreFilesResponse;
import dev.assistantskit.server.generated.model.VectorStoreFileObject;
import dev.assistantskit.server.vectorstores.VectorStoreFileService;
import dev.assistantskit.server.wire.Checks;
import dev.assistantskit.server.wire.WireVectorStores;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** The Vector Store Files operations. */
@Singleton
public final class VectorStoreFilesResource implements VectorStoreFilesApi {
  private final VectorStoreFileService files;

  @Inject
  public VectorStoreFilesResource(Emulator emulator) {
    this.files = emulator.vectorStoreFiles();
  }

  @Override
  public VectorStoreFileObject createVectorStoreFile(
      String vectorStoreId, String apiVersion, CreateVectorStoreFileRequest request) {
    return WireVectorStores.wire(files.attach(vectorStoreId, request.getFileId()));
  }

  @Override
  public DeleteVectorStoreFileResponse deleteVectorStoreFile(
      String vectorStoreId, String fileId, String apiVersion) {
    files.detach(vectorStoreId, fileId);
    return WireVectorStores.fileDeleted(fileId);
  }

  @Override
  public VectorStoreFileObject getVectorStoreFile(
      String vectorStoreId, String fileId, String apiVersion) {
    return WireVectorStores.wire(files.get(vectorStoreId, fileId));
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
    return WireVectorStores.files(
        files.list(
            vectorStoreId, Checks.fileStatus(filter), Checks.page(limit, order, after, before)));
  }
}
