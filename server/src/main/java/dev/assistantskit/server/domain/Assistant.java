package dev.assistantskit.server.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** An assistant, as stored. */
public record Assistant(
    String id,
    long createdAt,
    String name,
    String description,
    String model,
    String instructions,
    List<Tool> tools,
    ToolResources toolResources,
    Map<String, String> metadata,
    BigDecimal temperature,
    BigDecimal topP,
    ResponseFormat responseFormat) {
  public Assistant {
    tools = List.copyOf(tools);
    metadata = Map.copyOf(metadata);
  }

  public Assistant withToolResources(ToolResources value) {
    return new Assistant(
        id,
        createdAt,
        name,
        description,
        model,
        instructions,
        tools,
        value,
        metadata,
        temperature,
        topP,
        responseFormat);
  }
}
