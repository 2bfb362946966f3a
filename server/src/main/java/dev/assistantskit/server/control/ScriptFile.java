package dev.assistantskit.server.control;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code serve --script FILE} loads at start: scripts and faults, as the control plane would
 * take them. {@code {"scripts": [...], "faults": [...]}}
 */
public record ScriptFile(
    @JsonProperty("scripts") List<ScriptDefinition> scripts,
    @JsonProperty("faults") List<FaultDefinition> faults) {

  public static ScriptFile read(Path file, ObjectMapper json) {
    try {
      return json.readValue(file.toFile(), ScriptFile.class);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot read the script file " + file + ": " + e.getMessage(), e);
    }
  }

  public void applyTo(ScriptBook book, Faults faultList) {
    if (scripts != null) {
      scripts.forEach(book::add);
    }
    if (faults != null) {
      faults.forEach(faultList::add);
    }
  }
}
