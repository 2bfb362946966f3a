package dev.assistantskit.server.resources;

import dev.assistantskit.server.Emulator;
import dev.assistantskit.server.domain.StoredFile;
import dev.assistantskit.server.errors.Errors;
import dev.assistantskit.server.files.FileService;
import dev.assistantskit.server.generated.api.FilesApi;
import dev.assistantskit.server.generated.model.DeleteFileResponse;
import dev.assistantskit.server.generated.model.FilePurpose;
import dev.assistantskit.server.generated.model.ListFilesResponse;
import dev.assistantskit.server.generated.model.OpenAIFile;
import dev.assistantskit.server.wire.WireFiles;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;
import org.glassfish.jersey.server.ContainerRequest;

/** The Files operations. */
@Singleton
public final class FilesResource implements FilesApi {
  private static final Set<String> UPLOAD_FIELDS = Set.of("file", "purpose");

  private final FileService files;
  private final Provider<ContainerRequest> request;

  @Inject
  public FilesResource(Emulator emulator, Provider<ContainerRequest> request) {
    this.files = emulator.files();
    this.request = request;
  }

  @Override
  public OpenAIFile uploadFile(String apiVersion, EntityPart filePart, String purpose) {
    checkFields();
    if (filePart == null) {
      throw Errors.missingParameter("file");
    }
    if (purpose == null) {
      throw Errors.missingParameter("purpose");
    }
    String filename =
        filePart
            .getFileName()
            .filter(name -> !name.isBlank())
            .orElseThrow(
                () ->
                    Errors.invalid(
                        "file",
                        "The 'file' part must carry a filename in its Content-Disposition.",
                        null));
    StoredFile stored = files.upload(filename, purpose(purpose).toString(), filePart.getContent());
    return WireFiles.wire(stored);
  }

  @Override
  public ListFilesResponse listFiles(String apiVersion, FilePurpose purpose) {
    return WireFiles.list(files.list(purpose == null ? null : purpose.toString()));
  }

  @Override
  public OpenAIFile getFile(String fileId, String apiVersion) {
    return WireFiles.wire(files.get(fileId));
  }

  @Override
  public Response downloadFile(String fileId, String apiVersion) {
    return Response.ok(files.content(fileId).toFile(), MediaType.APPLICATION_OCTET_STREAM_TYPE)
        .build();
  }

  @Override
  public DeleteFileResponse deleteFile(String fileId, String apiVersion) {
    files.delete(fileId);
    return WireFiles.deleted(fileId);
  }

  /**
   * Azure took the file name only from the file part and refused any other field, word for word; a
   * field sent twice is refused too, rather than one of its values being dropped unseen.
   */
  private void checkFields() {
    Object form = request.get().getProperty(FormDataMultiPart.class.getName());
    if (!(form instanceof FormDataMultiPart multipart)) {
      return;
    }
    for (Map.Entry<String, List<FormDataBodyPart>> field : multipart.getFields().entrySet()) {
      if (field.getKey() == null) {
        throw Errors.invalid(
            null,
            "Each part of the form needs a 'Content-Disposition: form-data; name=...' header.",
            null);
      }
      if (!UPLOAD_FIELDS.contains(field.getKey())) {
        throw Errors.invalid(
            null,
            "Additional properties are not allowed ('" + field.getKey() + "' was unexpected)",
            null);
      }
      if (field.getValue().size() > 1) {
        throw Errors.duplicatePart(field.getKey());
      }
    }
  }

  private static FilePurpose purpose(String value) {
    try {
      return FilePurpose.fromValue(value);
    } catch (IllegalArgumentException e) {
      throw Errors.invalidValue(
          "purpose",
          "Invalid value: '"
              + value
              + "'. Supported values are: "
              + Arrays.stream(FilePurpose.values())
                  .map(p -> "'" + p + "'")
                  .collect(Collectors.joining(", "))
              + ".");
    }
  }
}
