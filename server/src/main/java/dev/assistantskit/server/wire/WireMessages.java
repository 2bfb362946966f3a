package dev.assistantskit.server.wire;

import dev.assistantskit.server.domain.Message;
import dev.assistantskit.server.domain.MessageContent;
import dev.assistantskit.server.generated.model.CreateMessageRequest;
import dev.assistantskit.server.generated.model.DeleteMessageResponse;
import dev.assistantskit.server.generated.model.ListMessagesResponse;
import dev.assistantskit.server.generated.model.MessageAttachment;
import dev.assistantskit.server.generated.model.MessageContentImageFile;
import dev.assistantskit.server.generated.model.MessageContentImageFileObject;
import dev.assistantskit.server.generated.model.MessageContentText;
import dev.assistantskit.server.generated.model.MessageContentTextAnnotation;
import dev.assistantskit.server.generated.model.MessageContentTextAnnotationsFileCitation;
import dev.assistantskit.server.generated.model.MessageContentTextAnnotationsFileCitationObject;
import dev.assistantskit.server.generated.model.MessageContentTextAnnotationsFilePath;
import dev.assistantskit.server.generated.model.MessageContentTextAnnotationsFilePathObject;
import dev.assistantskit.server.generated.model.MessageContentTextObject;
import dev.assistantskit.server.generated.model.MessageIncompleteDetails;
import dev.assistantskit.server.generated.model.MessageObject;
import dev.assistantskit.server.messages.NewMessage;
import dev.assistantskit.server.store.Page;
import java.util.List;

/** Messages between the wire and the domain. */
public final class WireMessages {
  private WireMessages() {}

  public static NewMessage newMessage(CreateMessageRequest request) {
    return new NewMessage(
        request.getRole() == CreateMessageRequest.RoleEnum.ASSISTANT
            ? Message.Role.ASSISTANT
            : Message.Role.USER,
        request.getContent(),
        request.getAttachments() == null
            ? null
            : request.getAttachments().stream().map(WireMessages::attachment).toList(),
        Checks.metadata("metadata", request.getMetadata()));
  }

  private static Message.Attachment attachment(MessageAttachment wire) {
    return new Message.Attachment(
        wire.getFileId(), wire.getTools().stream().map(WireTools::tool).toList());
  }

  public static MessageObject wire(Message message) {
    return new MessageObject()
        .id(message.id())
        ._object(MessageObject.ObjectEnum.THREAD_MESSAGE)
        .createdAt(WireTime.of(message.createdAt()))
        .threadId(message.threadId())
        .status(MessageObject.StatusEnum.fromValue(message.status().name().toLowerCase()))
        .incompleteDetails(
            message.incompleteReason() == null
                ? null
                : new MessageIncompleteDetails()
                    .reason(
                        MessageIncompleteDetails.ReasonEnum.fromValue(message.incompleteReason())))
        .completedAt(WireTime.of(message.completedAt()))
        .incompleteAt(WireTime.of(message.incompleteAt()))
        .role(MessageObject.RoleEnum.fromValue(message.role().wire()))
        .content(message.content().stream().map(WireMessages::wire).toList())
        .assistantId(message.assistantId())
        .runId(message.runId())
        .attachments(
            message.attachments().stream()
                .map(
                    a ->
                        new MessageAttachment()
                            .fileId(a.fileId())
                            .tools(a.tools().stream().map(WireTools::attachmentTool).toList()))
                .toList())
        .metadata(message.metadata());
  }

  public static dev.assistantskit.server.generated.model.MessageContent wire(MessageContent part) {
    if (part instanceof MessageContent.ImageFile image) {
      return new MessageContentImageFileObject()
          .type(MessageContentImageFileObject.TypeEnum.IMAGE_FILE)
          .imageFile(new MessageContentImageFile().fileId(image.fileId()));
    }
    MessageContent.Text text = (MessageContent.Text) part;
    return new MessageContentTextObject()
        .type(MessageContentTextObject.TypeEnum.TEXT)
        .text(
            new MessageContentText()
                .value(text.value())
                .annotations(text.annotations().stream().map(WireMessages::wire).toList()));
  }

  private static MessageContentTextAnnotation wire(MessageContent.Annotation annotation) {
    if (annotation instanceof MessageContent.FileCitation citation) {
      return new MessageContentTextAnnotationsFileCitationObject()
          .type(MessageContentTextAnnotationsFileCitationObject.TypeEnum.FILE_CITATION)
          .text(citation.text())
          .fileCitation(
              new MessageContentTextAnnotationsFileCitation()
                  .fileId(citation.fileId())
                  .quote(citation.quote()))
          .startIndex(citation.startIndex())
          .endIndex(citation.endIndex());
    }
    MessageContent.FilePath path = (MessageContent.FilePath) annotation;
    return new MessageContentTextAnnotationsFilePathObject()
        .type(MessageContentTextAnnotationsFilePathObject.TypeEnum.FILE_PATH)
        .text(path.text())
        .filePath(new MessageContentTextAnnotationsFilePath().fileId(path.fileId()))
        .startIndex(path.startIndex())
        .endIndex(path.endIndex());
  }

  public static ListMessagesResponse list(Page<Message> page) {
    List<MessageObject> data = page.items().stream().map(WireMessages::wire).toList();
    return new ListMessagesResponse()
        ._object(ListMessagesResponse.ObjectEnum.LIST)
        .data(data)
        .firstId(data.isEmpty() ? null : data.get(0).getId())
        .lastId(data.isEmpty() ? null : data.get(data.size() - 1).getId())
        .hasMore(page.hasMore());
  }

  public static DeleteMessageResponse deleted(String id) {
    return new DeleteMessageResponse()
        .id(id)
        .deleted(true)
        ._object(DeleteMessageResponse.ObjectEnum.THREAD_MESSAGE_DELETED);
  }
}
