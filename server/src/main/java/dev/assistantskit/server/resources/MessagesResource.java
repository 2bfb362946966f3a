package dev.assistantskit.server.resources;

import dev.assistantskit.server.Emulator;
import dev.assistantskit.server.generated.api.MessagesApi;
import dev.assistantskit.server.generated.model.CreateMessageRequest;
import dev.assistantskit.server.generated.model.DeleteMessageResponse;
import dev.assistantskit.server.generated.model.ListMessagesResponse;
import dev.assistantskit.server.generated.model.MessageObject;
import dev.assistantskit.server.generated.model.ModifyMessageRequest;
import dev.assistantskit.server.messages.MessageService;
import dev.assistantskit.server.wire.Checks;
import dev.assistantskit.server.wire.WireMessages;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** The Messages operations. */
@Singleton
public final class MessagesResource implements MessagesApi {
  private final MessageService messages;

  @Inject
  public MessagesResource(Emulator emulator) {
    this.messages = emulator.messages();
  }

  @Override
  public MessageObject createMessage(
      String threadId, String apiVersion, CreateMessageRequest request) {
    return WireMessages.wire(messages.create(threadId, WireMessages.newMessage(request)));
  }

  @Override
  public DeleteMessageResponse deleteMessage(String threadId, String messageId, String apiVersion) {
    messages.delete(threadId, messageId);
    return WireMessages.deleted(messageId);
  }

  @Override
  public MessageObject getMessage(String threadId, String messageId, String apiVersion) {
    return WireMessages.wire(messages.get(threadId, messageId));
  }

  @Override
  public ListMessagesResponse listMessages(
      String threadId,
      String apiVersion,
      Integer limit,
      String order,
      String after,
      String before,
      String runId) {
    return WireMessages.list(
        messages.list(threadId, runId, Checks.page(limit, order, after, before)));
  }

  @Override
  public MessageObject modifyMessage(
      String threadId, String messageId, String apiVersion, ModifyMessageRequest request) {
    return WireMessages.wire(
        messages.modify(threadId, messageId, Checks.metadata("metadata", request.getMetadata())));
  }
}
