package dev.assistantskit.server.store;

import dev.assistantskit.server.domain.Message;
import java.util.List;
import java.util.Optional;

public interface MessageStore {
  Optional<Message> find(String threadId, String id);

  void put(Message message);

  boolean delete(String threadId, String id);

  /** A page of a thread's messages; with {@code runId}, only the messages that run wrote. */
  Page<Message> list(String threadId, String runId, PageRequest page);

  /** Every message of a thread, oldest first — what a model reads. */
  List<Message> all(String threadId);

  void deleteThread(String threadId);
}
