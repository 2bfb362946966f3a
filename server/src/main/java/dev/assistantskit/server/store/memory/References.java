package dev.assistantskit.server.store.memory;

import dev.assistantskit.server.domain.ToolResources;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The ids a row's tool resources name, for the reference index of its table. */
final class References {
  private References() {}

  static Collection<String> of(ToolResources resources) {
    List<String> ids = new ArrayList<>();
    if (resources != null && resources.codeInterpreterFileIds() != null) {
      ids.addAll(resources.codeInterpreterFileIds());
    }
    if (resources != null && resources.vectorStoreIds() != null) {
      ids.addAll(resources.vectorStoreIds());
    }
    return ids;
  }
}
