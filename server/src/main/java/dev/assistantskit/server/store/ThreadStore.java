package dev.assistantskit.server.store;

import dev.assistantskit.server.domain.AssistantThread;
import java.util.List;
import java.util.Optional;

public interface ThreadStore {
  Optional<AssistantThread> find(String id);

  void put(AssistantThread thread);

  boolean delete(String id);

  /** Threads whose tool resources name the file or vector store {@code id}. */
  List<AssistantThread> referencing(String id);
}
