package dev.assistantskit.server.vectorstores;

import dev.assistantskit.server.domain.Assistant;
import dev.assistantskit.server.domain.AssistantThread;
import dev.assistantskit.server.domain.VectorStore;
import dev.assistantskit.server.errors.Errors;
import dev.assistantskit.server.store.Page;
import dev.assistantskit.server.store.PageRequest;
import dev.assistantskit.server.store.Stores;
import dev.assistantskit.server.store.Tx;
import dev.assistantskit.server.time.EmulatorClock;
import java.util.List;
import java.util.Map;

/** Vector stores themselves: create, read, change, delete. */
public final class VectorStoreService {
  private final Stores stores;
  private final EmulatorClock clock;
  private final VectorStoreWriter writer;

  public VectorStoreService(Stores stores, EmulatorClock clock, VectorStoreWriter writer) {
    this.stores = stores;
    this.clock = clock;
    this.writer = writer;
  }

  public VectorStoreView create(
      String name, List<String> fileIds, Integer expiresAfterDays, Map<String, String> metadata) {
    return stores.write(
        tx -> {
          ToolResourcesResolver.requireFiles(tx, fileIds, "file_ids");
          VectorStore store = writer.create(tx, name, fileIds, metadata, expiresAfterDays);
          return VectorStoreView.of(
              tx, tx.vectorStores().find(store.id()).orElseThrow(), clock.seconds());
        });
  }

  public Page<VectorStoreView> list(PageRequest page) {
    return stores.read(
        tx ->
            tx.vectorStores()
                .list(page)
                .map(store -> VectorStoreView.of(tx, store, clock.seconds())));
  }

  public VectorStoreView get(String id) {
    return stores.read(tx -> VectorStoreView.of(tx, find(tx, id), clock.seconds()));
  }

  /** Changes name, expiry policy or metadata (null: unchanged); the store counts as used now. */
  public VectorStoreView modify(
      String id, String name, Integer expiresAfterDays, Map<String, String> metadata) {
    return stores.write(
        tx -> {
          VectorStore current = find(tx, id);
          VectorStore modified =
              current.modified(
                  name != null ? name : current.name(),
                  expiresAfterDays != null ? expiresAfterDays : current.expiresAfterDays(),
                  metadata != null ? metadata : current.metadata(),
                  clock.seconds());
          tx.vectorStores().put(modified);
          return VectorStoreView.of(tx, modified, clock.seconds());
        });
  }

  /** Deletes the store and its file attachments (not the files), and unlinks it everywhere. */
  public void delete(String id) {
    stores.write(
        tx -> {
          find(tx, id);
          tx.vectorStoreFiles().deleteStore(id);
          tx.fileBatches().deleteStore(id);
          for (Assistant assistant : tx.assistants().referencing(id)) {
            tx.assistants().put(assistant.withToolResources(assistant.toolResources().without(id)));
          }
          for (AssistantThread thread : tx.threads().referencing(id)) {
            tx.threads().put(thread.withToolResources(thread.toolResources().without(id)));
          }
          tx.vectorStores().delete(id);
          return null;
        });
  }

  public static VectorStore find(Tx tx, String id) {
    return tx.vectorStores().find(id).orElseThrow(() -> Errors.notFound("vector store", id));
  }
}
