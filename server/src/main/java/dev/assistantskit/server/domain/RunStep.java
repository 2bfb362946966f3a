package dev.assistantskit.server.domain;

import java.util.List;
import java.util.Map;

/**
 * A step of a run: creating a message, or calling tools.
 *
 * @param messageId the message a {@code message_creation} step writes
 * @param toolCalls the calls of a {@code tool_calls} step
 */
public record RunStep(
    String id,
    long createdAt,
    String runId,
    String threadId,
    String assistantId,
    Type type,
    Status status,
    String messageId,
    List<ToolCall> toolCalls,
    RunError lastError,
    Long expiredAt,
    Long cancelledAt,
    Long failedAt,
    Long completedAt,
    Map<String, String> metadata,
    Usage usage) {

  public enum Type {
    MESSAGE_CREATION,
    TOOL_CALLS
  }

  public enum Status {
    IN_PROGRESS,
    CANCELLED,
    FAILED,
    COMPLETED,
    EXPIRED
  }

  public RunStep {
    toolCalls = toolCalls == null ? null : List.copyOf(toolCalls);
    metadata = Map.copyOf(metadata);
  }

  public RunStep withToolCalls(List<ToolCall> calls) {
    return new RunStep(
        id,
        createdAt,
        runId,
        threadId,
        assistantId,
        type,
        status,
        messageId,
        calls,
        lastError,
        expiredAt,
        cancelledAt,
        failedAt,
        completedAt,
        metadata,
        usage);
  }

  /** A copy that has ended in {@code newStatus} at {@code at}. */
  public RunStep ended(Status newStatus, long at, RunError error, Usage newUsage) {
    return new RunStep(
        id,
        createdAt,
        runId,
        threadId,
        assistantId,
        type,
        newStatus,
        messageId,
        toolCalls,
        error,
        newStatus == Status.EXPIRED ? at : null,
        newStatus == Status.CANCELLED ? at : null,
        newStatus == Status.FAILED ? at : null,
        newStatus == Status.COMPLETED ? at : null,
        metadata,
        newUsage);
  }
}
