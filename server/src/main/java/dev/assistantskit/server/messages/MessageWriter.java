package dev.assistantskit.server.messages;

import dev.assistantskit.server.domain.AssistantThread;
import dev.assistantskit.server.domain.Ids;
import dev.assistantskit.server.domain.Message;
import dev.assistantskit.server.domain.MessageContent;
import dev.assistantskit.server.domain.Tool;
import dev.assistantskit.server.domain.ToolResources;
import dev.assistantskit.server.store.Tx;
import dev.assistantskit.server.time.EmulatorClock;
import dev.assistantskit.server.vectorstores.ToolResourcesResolver;
import dev.assistantskit.server.vectorstores.VectorStoreWriter;
import java.util.List;
import java.util.Map;

/**
 * Adds callers' messages to a thread inside the caller's transaction. A file attached for
 * file_search goes into the thread's vector store, which is created (expiring 7 days after its last
 * use, as Azure does) when the thread has none.
 */
public final class MessageWriter {
  public static final int THREAD_STORE_EXPIRY_DAYS = 7;

  private final EmulatorClock clock;
  private final Ids ids;
  private final VectorStoreWriter vectorStores;

  public MessageWriter(EmulatorClock clock, Ids ids, VectorStoreWriter vectorStores) {
    this.clock = clock;
    this.ids = ids;
    this.vectorStores = vectorStores;
  }

  public Message add(Tx tx, String threadId, NewMessage request) {
    List<Message.Attachment> attachments =
        request.attachments() == null ? List.of() : request.attachments();
    ToolResourcesResolver.requireFiles(
        tx, attachments.stream().map(Message.Attachment::fileId).toList(), "attachments");
    for (Message.Attachment attachment : attachments) {
      if (attachment.tools().stream().anyMatch(tool -> tool instanceof Tool.FileSearch)) {
        vectorStores.attach(tx, threadStore(tx, threadId), attachment.fileId());
      }
    }
    long now = clock.seconds();
    Message message =
        new Message(
            ids.next(Ids.MESSAGE),
            now,
            threadId,
            Message.Status.COMPLETED,
            null,
            now,
            null,
            request.role(),
            List.of(MessageContent.Text.of(request.content())),
            null,
            null,
            attachments,
            request.metadata() == null ? Map.of() : request.metadata());
    tx.messages().put(message);
    return message;
  }

  private String threadStore(Tx tx, String threadId) {
    AssistantThread thread = tx.threads().find(threadId).orElseThrow();
    ToolResources resources = thread.toolResources();
    if (resources.vectorStoreIds() != null && !resources.vectorStoreIds().isEmpty()) {
      return resources.vectorStoreIds().get(0);
    }
    String created =
        vectorStores.create(tx, null, List.of(), Map.of(), THREAD_STORE_EXPIRY_DAYS).id();
    tx.threads().put(thread.withToolResources(resources.withVectorStore(created)));
    return created;
  }
}
