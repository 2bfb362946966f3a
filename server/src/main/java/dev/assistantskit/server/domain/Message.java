package dev.assistantskit.server.domain;

import java.util.List;
import java.util.Map;

/**
 * A message of a thread. Messages written by a run carry its assistant and run ids and go from
 * {@code in_progress} to {@code completed} (or {@code incomplete}, with a reason).
 */
public record Message(
    String id,
    long createdAt,
    String threadId,
    Status status,
    String incompleteReason,
    Long completedAt,
    Long incompleteAt,
    Role role,
    List<MessageContent> content,
    String assistantId,
    String runId,
    List<Attachment> attachments,
    Map<String, String> metadata) {

  public enum Role {
    USER("user"),
    ASSISTANT("assistant");

    private final String wire;

    Role(String wire) {
      this.wire = wire;
    }

    public String wire() {
      return wire;
    }
  }

  public enum Status {
    IN_PROGRESS,
    INCOMPLETE,
    COMPLETED
  }

  /** A file given with a message, and the tools that may use it. */
  public record Attachment(String fileId, List<Tool> tools) {
    public Attachment {
      tools = List.copyOf(tools);
    }
  }

  public Message {
    content = List.copyOf(content);
    attachments = List.copyOf(attachments);
    metadata = Map.copyOf(metadata);
  }

  /** The text parts joined, as a model reads the message. */
  public String text() {
    StringBuilder text = new StringBuilder();
    for (MessageContent part : content) {
      if (part instanceof MessageContent.Text t) {
        if (text.length() > 0) {
          text.append('\n');
        }
        text.append(t.value());
      }
    }
    return text.toString();
  }

  public Message withMetadata(Map<String, String> value) {
    return new Message(
        id,
        createdAt,
        threadId,
        status,
        incompleteReason,
        completedAt,
        incompleteAt,
        role,
        content,
        assistantId,
        runId,
        attachments,
        value);
  }

  public Message withContent(List<MessageContent> value) {
    return new Message(
        id,
        createdAt,
        threadId,
        status,
        incompleteReason,
        completedAt,
        incompleteAt,
        role,
        value,
        assistantId,
        runId,
        attachments,
        metadata);
  }

  public Message completed(long at) {
    return new Message(
        id,
        createdAt,
        threadId,
        Status.COMPLETED,
        null,
        at,
        null,
        role,
        content,
        assistantId,
        runId,
        attachments,
        metadata);
  }

  public Message incomplete(String reason, long at) {
    return new Message(
        id,
        createdAt,
        threadId,
        Status.INCOMPLETE,
        reason,
        null,
        at,
        role,
        content,
        assistantId,
        runId,
        attachments,
        metadata);
  }
}
