package dev.assistantskit.server.backend.scripted;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A function tool as the assistant declares it: its name, what it does, and the JSON Schema of its
 * arguments.
 *
 * @param name the function name, e.g. {@code get_weather}
 * @param description what the function does, or null
 * @param parameters the JSON Schema of the arguments object, or null when it takes none
 */
public record FunctionSpec(String name, String description, JsonNode parameters) {

  /** Requires a name; description and parameters may be null. */
  public FunctionSpec {
    Objects.requireNonNull(name, "name");
  }
}
