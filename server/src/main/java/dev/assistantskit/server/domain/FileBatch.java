package dev.assistantskit.server.domain;

import java.util.List;

/**
 * A batch of files added to a vector store together. The emulator processes files at once, so a
 * batch's counts are final when it is created; only a cancel changes its status.
 */
public record FileBatch(
    String id,
    String vectorStoreId,
    long createdAt,
    List<String> fileIds,
    FileCounts counts,
    String status) {
  public FileBatch {
    fileIds = List.copyOf(fileIds);
  }
}
