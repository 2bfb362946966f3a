package dev.assistantskit.server.domain;

import java.util.Collection;

/** How many files are in each processing status. */
public record FileCounts(int inProgress, int completed, int failed, int cancelled, int total) {
  public static FileCounts of(Collection<VectorStoreFile> files) {
    int inProgress = 0;
    int completed = 0;
    int failed = 0;
    int cancelled = 0;
    for (VectorStoreFile file : files) {
      switch (file.status()) {
        case VectorStoreFile.IN_PROGRESS -> inProgress++;
        case VectorStoreFile.COMPLETED -> completed++;
        case VectorStoreFile.FAILED -> failed++;
        default -> cancelled++;
      }
    }
    return new FileCounts(inProgress, completed, failed, cancelled, files.size());
  }
}
