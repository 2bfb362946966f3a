package dev.assistantskit.server.store.memory;

import dev.assistantskit.server.domain.Message;
import dev.assistantskit.server.store.MessageStore;
import dev.assistantskit.server.store.Page;
import dev.assistantskit.server.store.PageRequest;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

final class MemoryMessageStore implements MessageStore {
  final OrderedTable<Message> table;

  MemoryMessageStore(Journal journal) {
    table = new OrderedTable<>(journal, Message::threadId, Message::id, Message::createdAt, null);
  }

  @Override
  public Optional<Message> find(String threadId, String id) {
    return table.get(threadId, id);
  }

  @Override
  public void put(Message message) {
    table.put(message);
  }

  @Override
  public boolean delete(String threadId, String id) {
    return table.remove(threadId, id).isPresent();
  }

  @Override
  public Page<Message> list(String threadId, String runId, PageRequest page) {
    return table.page(
        threadId, page, message -> runId == null || Objects.equals(runId, message.runId()));
  }

  @Override
  public List<Message> all(String threadId) {
    return table.all(threadId);
  }

  @Override
  public void deleteThread(String threadId) {
    table.removePartition(threadId);
  }
}
