package dev.assistantskit.server.wire;

import dev.assistantskit.server.domain.StoredFile;
import dev.assistantskit.server.generated.model.DeleteFileResponse;
import dev.assistantskit.server.generated.model.FilePurpose;
import dev.assistantskit.server.generated.model.FileState;
import dev.assistantskit.server.generated.model.ListFilesResponse;
import dev.assistantskit.server.generated.model.OpenAIFile;
import java.util.List;

/** Files between the wire and the domain. */
public final class WireFiles {
  private WireFiles() {}

  public static OpenAIFile wire(StoredFile file) {
    return new OpenAIFile()
        .id(file.id())
        ._object(OpenAIFile.ObjectEnum.FILE)
        .bytes(Math.toIntExact(file.bytes()))
        .filename(file.filename())
        .createdAt(WireTime.of(file.createdAt()))
        .purpose(FilePurpose.fromValue(file.purpose()))
        .status(FileState.fromValue(file.status()))
        .statusDetails(file.statusDetails());
  }

  public static ListFilesResponse list(List<StoredFile> files) {
    return new ListFilesResponse()
        ._object(ListFilesResponse.ObjectEnum.LIST)
        .data(files.stream().map(WireFiles::wire).toList())
        .hasMore(false); // every file, never paged (spec/README.md, difference 34)
  }

  public static DeleteFileResponse deleted(String id) {
    return new DeleteFileResponse()
        .id(id)
        .deleted(true)
        ._object(DeleteFileResponse.ObjectEnum.FILE);
  }
}
