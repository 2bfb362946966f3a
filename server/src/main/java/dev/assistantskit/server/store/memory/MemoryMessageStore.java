package dev.assistantskit.server.store.memory;

import dev.assistantskit.server.domain.Message;
import dev.assistantskit.server.store.MessageStore;
import dev.assistantskit.server.store.Page;
import dev.assistantskit.server.store.PageRequest;
import java.util.List;
import java.util.Optional;

final class MemoryMessageStore implements MessageStore {
  final OrderedTable<Message> table;

  /**
   * The messages written by runs, partitioned by thread and run: the {@code run_id} filter of a
   * list reads a page from here instead of scanning the thread for the few messages of one run.
   */
  final OrderedTable<Message> byRun;

  MemoryMessageStore(Journal journal) {
    table = new OrderedTable<>(journal, Message::threadId, Message::id, Message::createdAt, null);
    byRun =
        new OrderedTable<>(
            journal,
            m -> runPartition(m.threadId(), m.runId()),
            Message::id,
            Message::createdAt,
            null);
  }

  private static String runPartition(String threadId, String runId) {
    return threadId + '\u0000' + runId;
  }

  @Override
  public Optional<Message> find(String threadId, String id) {
    return table.get(threadId, id);
  }

  @Override
  public void put(Message message) {
    find(message.threadId(), message.id()).ifPresent(this::unindexRun);
    table.put(message);
    if (message.runId() != null) {
      byRun.put(message);
    }
  }

  private void unindexRun(Message message) {
    if (message.runId() != null) {
      byRun.remove(runPartition(message.threadId(), message.runId()), message.id());
    }
  }

  @Override
  public boolean delete(String threadId, String id) {
    Optional<Message> removed = table.remove(threadId, id);
    removed.ifPresent(this::unindexRun);
    return removed.isPresent();
  }

  @Override
  public Page<Message> list(String threadId, String runId, PageRequest page) {
    if (runId == null) {
      return table.page(threadId, page, message -> true);
    }
    // a cursor may name any message of the thread, not only one of this run
    return byRun.page(
        runPartition(threadId, runId),
        page,
        message -> true,
        id -> table.get(threadId, id).orElse(null));
  }

  @Override
  public List<Message> all(String threadId) {
    return table.all(threadId);
  }

  @Override
  public void deleteThread(String threadId) {
    table.all(threadId).forEach(this::unindexRun);
    table.removePartition(threadId);
  }
}
