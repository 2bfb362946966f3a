package dev.assistantskit.server.domain;

import com.fasterxml.jackson.databind.JsonNode;

/** A tool an assistant or run may use. */
public sealed interface Tool permits Tool.CodeInterpreter, Tool.FileSearch, Tool.Function {
  String type();

  record CodeInterpreter() implements Tool {
    @Override
    public String type() {
      return "code_interpreter";
    }
  }

  record FileSearch() implements Tool {
    @Override
    public String type() {
      return "file_search";
    }
  }

  /**
   * A function the caller implements.
   *
   * @param parameters its JSON Schema, or null for none; never mutated once stored
   */
  record Function(String name, String description, JsonNode parameters) implements Tool {
    @Override
    public String type() {
      return "function";
    }
  }
}
