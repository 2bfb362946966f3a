package dev.assistantskit.server.messages;

import dev.assistantskit.server.domain.Message;
import dev.assistantskit.server.errors.Errors;
import dev.assistantskit.server.runs.RunEvent;
import dev.assistantskit.server.runs.RunEventBus;
import dev.assistantskit.server.runs.ThreadLock;
import dev.assistantskit.server.store.Page;
import dev.assistantskit.server.store.PageRequest;
import dev.assistantskit.server.store.Stores;
import dev.assistantskit.server.store.Tx;
import dev.assistantskit.server.threads.ThreadService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The messages of a thread. */
public final class MessageService {
  private final Stores stores;
  private final MessageWriter writer;
  private final ThreadLock lock;
  private final RunEventBus events;

  public MessageService(Stores stores, MessageWriter writer, ThreadLock lock, RunEventBus events) {
    this.stores = stores;
    this.writer = writer;
    this.lock = lock;
    this.events = events;
  }

  /** Adds a message, unless a run of the thread is active (the thread is locked). */
  public Message create(String threadId, NewMessage message) {
    List<RunEvent> expired = new ArrayList<>();
    Message created =
        stores.write(
            tx -> {
              expired.clear();
              ThreadService.find(tx, threadId);
              lock.requireNoActiveRunForMessage(tx, threadId, expired);
              return writer.add(tx, threadId, message);
            });
    events.publish(expired);
    return created;
  }

  public Page<Message> list(String threadId, String runId, PageRequest page) {
    return stores.read(
        tx -> {
          ThreadService.find(tx, threadId);
          return tx.messages().list(threadId, runId, page);
        });
  }

  public Message get(String threadId, String id) {
    return stores.read(tx -> find(tx, threadId, id));
  }

  public Message modify(String threadId, String id, Map<String, String> metadata) {
    return stores.write(
        tx -> {
          Message message = find(tx, threadId, id);
          if (metadata != null) {
            message = message.withMetadata(metadata);
            tx.messages().put(message);
          }
          return message;
        });
  }

  public void delete(String threadId, String id) {
    stores.write(
        tx -> {
          find(tx, threadId, id);
          tx.messages().delete(threadId, id);
          return null;
        });
  }

  static Message find(Tx tx, String threadId, String id) {
    ThreadService.find(tx, threadId);
    return tx.messages().find(threadId, id).orElseThrow(() -> Errors.notFound("message", id));
  }
}
