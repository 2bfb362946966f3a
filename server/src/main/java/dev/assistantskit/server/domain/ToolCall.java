package dev.assistantskit.server.domain;

import java.util.List;

/** A call a run step made to a tool. */
public sealed interface ToolCall
    permits ToolCall.CodeInterpreter, ToolCall.FileSearch, ToolCall.Function {
  String id();

  /** Code the code interpreter ran, and what came out. */
  record CodeInterpreter(String id, String input, List<CodeOutput> outputs) implements ToolCall {
    public CodeInterpreter {
      outputs = List.copyOf(outputs);
    }
  }

  record FileSearch(String id) implements ToolCall {}

  /** A function the caller runs; {@code output} is null until submitted. */
  record Function(String id, String name, String arguments, String output) implements ToolCall {
    public Function withOutput(String value) {
      return new Function(id, name, arguments, value);
    }
  }

  /** Something the code interpreter produced. */
  sealed interface CodeOutput permits Logs, Image {}

  record Logs(String logs) implements CodeOutput {}

  record Image(String fileId) implements CodeOutput {}
}
