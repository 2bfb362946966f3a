package dev.assistantskit.server.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A run, as stored. Its status fields change only through {@code runs.RunLifecycle}.
 *
 * @param requiredAction the function calls awaiting outputs while {@code requires_action}
 * @param expiresAt when an active run expires; null once it has ended otherwise
 * @param toolResources the run's own resources (create thread and run may give some)
 */
public record Run(
    String id,
    long createdAt,
    String threadId,
    String assistantId,
    RunStatus status,
    List<ToolCall.Function> requiredAction,
    RunError lastError,
    Long expiresAt,
    Long startedAt,
    Long cancelledAt,
    Long failedAt,
    Long completedAt,
    String incompleteReason,
    String model,
    String instructions,
    List<Tool> tools,
    Map<String, String> metadata,
    Usage usage,
    BigDecimal temperature,
    BigDecimal topP,
    Integer maxPromptTokens,
    Integer maxCompletionTokens,
    Truncation truncation,
    ToolChoice toolChoice,
    ResponseFormat responseFormat,
    ToolResources toolResources) {

  /** The truncation strategy: {@code auto}, or the {@code last_messages} most recent. */
  public record Truncation(String type, Integer lastMessages) {
    public static final Truncation AUTO = new Truncation("auto", null);
  }

  public Run {
    requiredAction = requiredAction == null ? null : List.copyOf(requiredAction);
    tools = List.copyOf(tools);
    metadata = Map.copyOf(metadata);
  }

  public Run withMetadata(Map<String, String> value) {
    return new Run(
        id,
        createdAt,
        threadId,
        assistantId,
        status,
        requiredAction,
        lastError,
        expiresAt,
        startedAt,
        cancelledAt,
        failedAt,
        completedAt,
        incompleteReason,
        model,
        instructions,
        tools,
        value,
        usage,
        temperature,
        topP,
        maxPromptTokens,
        maxCompletionTokens,
        truncation,
        toolChoice,
        responseFormat,
        toolResources);
  }

  /** A copy in another status; only {@code RunLifecycle} calls this. */
  public Run transitioned(
      RunStatus newStatus,
      List<ToolCall.Function> newRequiredAction,
      RunError newLastError,
      Long newExpiresAt,
      Long newStartedAt,
      Long newCancelledAt,
      Long newFailedAt,
      Long newCompletedAt,
      String newIncompleteReason,
      Usage newUsage) {
    return new Run(
        id,
        createdAt,
        threadId,
        assistantId,
        newStatus,
        newRequiredAction,
        newLastError,
        newExpiresAt,
        newStartedAt,
        newCancelledAt,
        newFailedAt,
        newCompletedAt,
        newIncompleteReason,
        model,
        instructions,
        tools,
        metadata,
        newUsage,
        temperature,
        topP,
        maxPromptTokens,
        maxCompletionTokens,
        truncation,
        toolChoice,
        responseFormat,
        toolResources);
  }
}
