package dev.assistantskit.server.vectorstores;

import dev.assistantskit.server.domain.FileCounts;
import dev.assistantskit.server.domain.VectorStore;
import dev.assistantskit.server.domain.VectorStoreFile;
import dev.assistantskit.server.store.Tx;
import java.util.List;

/** A vector store with what is derived from its files and the clock when it is read. */
public record VectorStoreView(
    VectorStore store, FileCounts fileCounts, long usageBytes, String status) {
  static VectorStoreView of(Tx tx, VectorStore store, long now) {
    List<VectorStoreFile> files = tx.vectorStoreFiles().all(store.id());
    FileCounts counts = FileCounts.of(files);
    long usage = files.stream().mapToLong(VectorStoreFile::usageBytes).sum();
    String status;
    if (store.isExpiredAt(now)) {
      status = "expired";
    } else if (counts.inProgress() > 0) {
      status = "in_progress";
    } else {
      status = "completed";
    }
    return new VectorStoreView(store, counts, usage, status);
  }
}
