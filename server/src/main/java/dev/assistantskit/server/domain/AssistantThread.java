package dev.assistantskit.server.domain;

import java.util.Map;

/** A thread: the conversation a run works on. */
public record AssistantThread(
    String id, long createdAt, ToolResources toolResources, Map<String, String> metadata) {
  public AssistantThread {
    metadata = Map.copyOf(metadata);
  }

  public AssistantThread withToolResources(ToolResources value) {
    return new AssistantThread(id, createdAt, value, metadata);
  }

  public AssistantThread withMetadata(Map<String, String> value) {
    return new AssistantThread(id, createdAt, toolResources, value);
  }
}
