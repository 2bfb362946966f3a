package dev.assistantskit.server.messages;

import dev.assistantskit.server.domain.Message;
import java.util.List;
import java.util.Map;

/** A message a caller adds to a thread (directly, with a new thread, or before a run). */
public record NewMessage(
    Message.Role role,
    String content,
    List<Message.Attachment> attachments,
    Map<String, String> metadata) {}
