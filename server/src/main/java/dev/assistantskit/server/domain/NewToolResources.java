package dev.assistantskit.server.domain;

import java.util.List;
import java.util.Map;

/**
 * Tool resources as a create request gives them: existing files and vector stores, and possibly a
 * vector store to create on the spot from some files (the {@code vector_stores} helper).
 */
public record NewToolResources(
    List<String> codeInterpreterFileIds,
    List<String> vectorStoreIds,
    List<NewVectorStore> newVectorStores) {
  public static final NewToolResources NONE = new NewToolResources(null, null, null);

  /** A vector store the helper creates: its files and metadata. */
  public record NewVectorStore(List<String> fileIds, Map<String, String> metadata) {}
}
