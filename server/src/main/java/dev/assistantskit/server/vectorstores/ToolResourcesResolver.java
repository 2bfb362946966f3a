package dev.assistantskit.server.vectorstores;

import dev.assistantskit.server.domain.NewToolResources;
import dev.assistantskit.server.domain.ToolResources;
import dev.assistantskit.server.errors.Errors;
import dev.assistantskit.server.store.Tx;
import java.util.List;

/**
 * Turns the tool resources of a request into stored ones: checks that the files and vector stores
 * named exist, and creates the vector store the {@code vector_stores} helper asks for.
 */
public final class ToolResourcesResolver {
  private final VectorStoreWriter vectorStores;

  public ToolResourcesResolver(VectorStoreWriter vectorStores) {
    this.vectorStores = vectorStores;
  }

  /**
   * @param helperExpiryDays the expiry of a helper-made store (threads: 7 days), or null
   */
  public ToolResources create(Tx tx, NewToolResources requested, Integer helperExpiryDays) {
    requireFiles(
        tx, requested.codeInterpreterFileIds(), "tool_resources.code_interpreter.file_ids");
    if (requested.newVectorStores() == null) {
      return verified(
          tx, new ToolResources(requested.codeInterpreterFileIds(), requested.vectorStoreIds()));
    }
    List<String> created =
        requested.newVectorStores().stream()
            .map(
                helper -> {
                  requireFiles(
                      tx, helper.fileIds(), "tool_resources.file_search.vector_stores.file_ids");
                  return vectorStores
                      .create(tx, null, helper.fileIds(), helper.metadata(), helperExpiryDays)
                      .id();
                })
            .toList();
    return new ToolResources(requested.codeInterpreterFileIds(), created);
  }

  /** Checks the ids of a modify request's tool resources (the modify form has no helper). */
  public ToolResources verified(Tx tx, ToolResources resources) {
    if (resources == null) {
      return null;
    }
    requireFiles(
        tx, resources.codeInterpreterFileIds(), "tool_resources.code_interpreter.file_ids");
    if (resources.vectorStoreIds() != null) {
      for (String id : resources.vectorStoreIds()) {
        if (tx.vectorStores().find(id).isEmpty()) {
          throw Errors.notFound("vector store", id);
        }
      }
    }
    return resources;
  }

  public static void requireFiles(Tx tx, List<String> fileIds, String param) {
    if (fileIds == null) {
      return;
    }
    List<String> missing = fileIds.stream().filter(id -> tx.files().find(id).isEmpty()).toList();
    if (!missing.isEmpty()) {
      throw Errors.filesNotFound(param, missing);
    }
  }
}
