package dev.assistantskit.server.backend;

import java.util.List;

/** What a model does in one turn of a run. */
public sealed interface Turn
    permits Turn.Reply, Turn.CallFunctions, Turn.RunCode, Turn.SearchFiles, Turn.Fail, Turn.Stop {

  /** Writes an assistant message. */
  record Reply(String text) implements Turn {}

  /** Asks the caller to run functions; the run waits in {@code requires_action}. */
  record CallFunctions(List<FunctionCall> calls) implements Turn {
    public CallFunctions {
      calls = List.copyOf(calls);
    }
  }

  /** A call to a function, its arguments as JSON text. */
  record FunctionCall(String name, String arguments) {}

  /**
   * Runs code in the code interpreter, then answers: the images it drew come first in the reply, as
   * on Azure.
   *
   * @param logs what the code printed, or null
   */
  record RunCode(String code, String logs, List<Image> images, String reply) implements Turn {
    public RunCode {
      images = List.copyOf(images);
    }
  }

  /** A PNG the code produced. */
  record Image(String filename, byte[] png) {}

  /** Searches the run's vector stores, then answers. */
  record SearchFiles(String reply) implements Turn {}

  /** The model failed: {@code server_error} or {@code rate_limit_exceeded}. */
  record Fail(String code, String message) implements Turn {}

  /** The turn ends the run {@code incomplete} for {@code reason} without an answer. */
  record Stop(String reason) implements Turn {}
}
