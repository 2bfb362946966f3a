package dev.assistantskit.server.domain;

import java.util.List;

/**
 * Files and vector stores given to an assistant's or thread's tools. A null list means the section
 * is absent, which the wire distinguishes from an empty one.
 */
public record ToolResources(List<String> codeInterpreterFileIds, List<String> vectorStoreIds) {
  public static final ToolResources NONE = new ToolResources(null, null);

  public ToolResources {
    codeInterpreterFileIds =
        codeInterpreterFileIds == null ? null : List.copyOf(codeInterpreterFileIds);
    vectorStoreIds = vectorStoreIds == null ? null : List.copyOf(vectorStoreIds);
  }

  public boolean references(String id) {
    return (codeInterpreterFileIds != null && codeInterpreterFileIds.contains(id))
        || (vectorStoreIds != null && vectorStoreIds.contains(id));
  }

  /** These resources with {@code id} removed from both lists. */
  public ToolResources without(String id) {
    return new ToolResources(remove(codeInterpreterFileIds, id), remove(vectorStoreIds, id));
  }

  /** These resources, with the sections {@code changes} has replacing these ones. */
  public ToolResources overriddenBy(ToolResources changes) {
    return new ToolResources(
        changes.codeInterpreterFileIds != null
            ? changes.codeInterpreterFileIds
            : codeInterpreterFileIds,
        changes.vectorStoreIds != null ? changes.vectorStoreIds : vectorStoreIds);
  }

  public ToolResources withVectorStore(String vectorStoreId) {
    return new ToolResources(codeInterpreterFileIds, List.of(vectorStoreId));
  }

  private static List<String> remove(List<String> ids, String id) {
    return ids == null ? null : ids.stream().filter(each -> !each.equals(id)).toList();
  }
}
