package dev.assistantskit.server.store;

import dev.assistantskit.server.domain.Assistant;
import java.util.List;
import java.util.Optional;

public interface AssistantStore {
  Optional<Assistant> find(String id);

  void put(Assistant assistant);

  boolean delete(String id);

  Page<Assistant> list(PageRequest page);

  /** Assistants whose tool resources name the file or vector store {@code id}. */
  List<Assistant> referencing(String id);
}
