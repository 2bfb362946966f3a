package dev.assistantskit.server.threads;

import dev.assistantskit.server.domain.AssistantThread;
import dev.assistantskit.server.domain.Ids;
import dev.assistantskit.server.domain.NewToolResources;
import dev.assistantskit.server.domain.ToolResources;
import dev.assistantskit.server.errors.Errors;
import dev.assistantskit.server.messages.MessageWriter;
import dev.assistantskit.server.messages.NewMessage;
import dev.assistantskit.server.store.Stores;
import dev.assistantskit.server.store.Tx;
import dev.assistantskit.server.time.EmulatorClock;
import dev.assistantskit.server.vectorstores.ToolResourcesResolver;
import java.util.List;
import java.util.Map;

/** Creates, reads, changes and deletes threads. */
public final class ThreadService {
  private final Stores stores;
  private final EmulatorClock clock;
  private final Ids ids;
  private final ToolResourcesResolver resources;
  private final MessageWriter messages;

  public ThreadService(
      Stores stores,
      EmulatorClock clock,
      Ids ids,
      ToolResourcesResolver resources,
      MessageWriter messages) {
    this.stores = stores;
    this.clock = clock;
    this.ids = ids;
    this.resources = resources;
    this.messages = messages;
  }

  /** A new thread: its first messages, tool resources and metadata (each may be null). */
  public record Draft(
      List<NewMessage> messages, NewToolResources toolResources, Map<String, String> metadata) {
    public static final Draft EMPTY = new Draft(null, null, null);
  }

  public AssistantThread create(Draft draft) {
    return stores.write(tx -> create(tx, draft));
  }

  /** Creates a thread inside the caller's transaction (create thread and run does). */
  public AssistantThread create(Tx tx, Draft draft) {
    NewToolResources requested =
        draft.toolResources() == null ? NewToolResources.NONE : draft.toolResources();
    AssistantThread thread =
        new AssistantThread(
            ids.next(Ids.THREAD),
            clock.seconds(),
            resources.create(tx, requested, MessageWriter.THREAD_STORE_EXPIRY_DAYS),
            draft.metadata() == null ? Map.of() : draft.metadata());
    tx.threads().put(thread);
    for (NewMessage message : draft.messages() == null ? List.<NewMessage>of() : draft.messages()) {
      messages.add(tx, thread.id(), message);
    }
    return tx.threads().find(thread.id()).orElseThrow();
  }

  public AssistantThread get(String id) {
    return stores.read(tx -> find(tx, id));
  }

  public AssistantThread modify(
      String id, ToolResources toolResources, Map<String, String> metadata) {
    return stores.write(
        tx -> {
          AssistantThread thread = find(tx, id);
          if (toolResources != null) {
            thread =
                thread.withToolResources(
                    thread.toolResources().overriddenBy(resources.verified(tx, toolResources)));
          }
          if (metadata != null) {
            thread = thread.withMetadata(metadata);
          }
          tx.threads().put(thread);
          return thread;
        });
  }

  /** Deletes the thread with its messages and runs. */
  public void delete(String id) {
    stores.write(
        tx -> {
          find(tx, id);
          tx.runs().all(id).forEach(run -> tx.runSteps().deleteRun(run.id()));
          tx.runs().deleteThread(id);
          tx.messages().deleteThread(id);
          tx.threads().delete(id);
          return null;
        });
  }

  public static AssistantThread find(Tx tx, String id) {
    return tx.threads().find(id).orElseThrow(() -> Errors.notFound("thread", id));
  }
}
