package dev.assistantskit.server.resources;

import dev.assistantskit.server.errors.Errors;
import dev.assistantskit.server.generated.api.MessagesApi;
import dev.assistantskit.server.generated.model.CreateMessageRequest;
import dev.assistantskit.server.generated.model.DeleteMessageResponse;
import dev.assistantskit.server.generated.model.ListMessagesResponse;
import dev.assistantskit.server.generated.model.MessageObject;
import dev.assistantskit.server.generated.model.ModifyMessageRequest;

/** The Messages operations. */
public final class MessagesResource implements MessagesApi {
  @Override
  public MessageObject createMessage(
      String threadId, String apiVersion, CreateMessageRequest createMessageRequest) {
    throw Errors.notImplemented("createMessage");
  }

  @Override
  public DeleteMessageResponse deleteMessage(String threadId, String messageId, String apiVersion) {
    throw Errors.notImplemented("deleteMessage");
  }

  @Override
  public MessageObject getMessage(String threadId, String messageId, String apiVersion) {
    throw Errors.notImplemented("getMessage");
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
    throw Errors.notImplemented("listMessages");
  }

  @Override
  public MessageObject modifyMessage(
      String threadId,
      String messageId,
      String apiVersion,
      ModifyMessageRequest modifyMessageRequest) {
    throw Errors.notImplemented("modifyMessage");
  }
}
