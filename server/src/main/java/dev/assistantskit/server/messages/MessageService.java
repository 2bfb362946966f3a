package dev.assistantskit.server.messages;

import dev.assistantskit.server.domain.Message;
import dev.assistantskit.server.errors.Errors;
import dev.assistantskit.server.store.Page;
import dev.assistantskit.server.store.PageRequest;
import dev.assistantskit.server.store.Stores;
import dev.assistantskit.server.store.Tx;
import dev.assistantskit.server.threads.ThreadService;
import java.util.Map;

/** The messages of a thread. */
public final class MessageService {
  private final Stores stores;
  private final MessageWriter writer;

  public MessageService(Stores stores, MessageWriter writer) {
    this.stores = stores;
    this.writer = writer;
  }

  public Message create(String threadId, NewMessage message) {
    return stores.write(
        tx -> {
          ThreadService.find(tx, threadId);
          return writer.add(tx, threadId, message);
        });
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
