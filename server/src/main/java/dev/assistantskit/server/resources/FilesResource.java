package dev.assistantskit.server.resources;

import dev.assistantskit.server.errors.Errors;
import dev.assistantskit.server.generated.api.FilesApi;
import dev.assistantskit.server.generated.model.DeleteFileResponse;
import dev.assistantskit.server.generated.model.FilePurpose;
import dev.assistantskit.server.generated.model.ListFilesResponse;
import dev.assistantskit.server.generated.model.OpenAIFile;

/** The Files operations. */
public final class FilesResource implements FilesApi {
  @Override
  public DeleteFileResponse deleteFile(String fileId, String apiVersion) {
    throw Errors.notImplemented("deleteFile");
  }

  @Override
  public jakarta.ws.rs.core.Response downloadFile(String fileId, String apiVersion) {
    throw Errors.notImplemented("downloadFile");
  }

  @Override
  public OpenAIFile getFile(String fileId, String apiVersion) {
    throw Errors.notImplemented("getFile");
  }

  @Override
  public ListFilesResponse listFiles(String apiVersion, FilePurpose purpose) {
    throw Errors.notImplemented("listFiles");
  }

  @Override
  public OpenAIFile uploadFile(
      String apiVersion, jakarta.ws.rs.core.EntityPart _filePart, String purpose) {
    throw Errors.notImplemented("uploadFile");
  }
}
