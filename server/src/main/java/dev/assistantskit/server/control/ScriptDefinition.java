package dev.assistantskit.server.control;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.assistantskit.server.backend.Turn;
import dev.assistantskit.server.errors.Errors;
import java.util.List;
import java.util.Set;

/**
 * A script for the next run(s) of an assistant or a thread (or of any run, when neither is given),
 * as the control plane takes it in JSON.
 *
 * @param times how many runs it scripts (default 1)
 * @param turns the model's turns, in order; when they run out the model decides
 */
public record ScriptDefinition(
    @JsonProperty("assistant_id") String assistantId,
    @JsonProperty("thread_id") String threadId,
    @JsonProperty("hold_queued_ms") Long holdQueuedMs,
    @JsonProperty("hold_in_progress_ms") Long holdInProgressMs,
    @JsonProperty("hold_writing_ms") Long holdWritingMs,
    @JsonProperty("times") Integer times,
    @JsonProperty("turns") List<TurnDefinition> turns) {
  static final long MAX_HOLD_MS = 10 * 60 * 1000;

  /** One turn: exactly one of its fields. */
  public record TurnDefinition(
      @JsonProperty("reply") String reply,
      @JsonProperty("call_functions") List<FunctionCallDefinition> callFunctions,
      @JsonProperty("run_code") CodeDefinition runCode,
      @JsonProperty("fail") FailDefinition fail,
      @JsonProperty("incomplete") String incomplete) {}

  public record FunctionCallDefinition(
      @JsonProperty("name") String name, @JsonProperty("arguments") JsonNode arguments) {}

  public record CodeDefinition(
      @JsonProperty("code") String code,
      @JsonProperty("logs") String logs,
      @JsonProperty("reply") String reply) {}

  public record FailDefinition(
      @JsonProperty("code") String code, @JsonProperty("message") String message) {}

  /** Checks the definition and turns it into the engine's terms. */
  List<Turn> toTurns() {
    check(holdQueuedMs, "hold_queued_ms");
    check(holdInProgressMs, "hold_in_progress_ms");
    check(holdWritingMs, "hold_writing_ms");
    if (times != null && (times < 1 || times > 1000)) {
      throw Errors.invalid("times", "'times' must be between 1 and 1000.", "invalid_value");
    }
    return turns == null ? List.of() : turns.stream().map(ScriptDefinition::turn).toList();
  }

  private static Turn turn(TurnDefinition turn) {
    int given =
        (turn.reply() != null ? 1 : 0)
            + (turn.callFunctions() != null ? 1 : 0)
            + (turn.runCode() != null ? 1 : 0)
            + (turn.fail() != null ? 1 : 0)
            + (turn.incomplete() != null ? 1 : 0);
    if (given != 1) {
      throw Errors.invalid(
          "turns",
          "Each turn needs exactly one of 'reply', 'call_functions', 'run_code', 'fail' and"
              + " 'incomplete'.",
          "invalid_value");
    }
    if (turn.reply() != null) {
      return new Turn.Reply(turn.reply());
    }
    if (turn.callFunctions() != null) {
      return new Turn.CallFunctions(
          turn.callFunctions().stream()
              .map(
                  call -> {
                    if (call.name() == null) {
                      throw Errors.missingParameter("turns.call_functions.name");
                    }
                    String arguments =
                        call.arguments() == null ? "{}" : call.arguments().toString();
                    return new Turn.FunctionCall(call.name(), arguments);
                  })
              .toList());
    }
    if (turn.runCode() != null) {
      CodeDefinition code = turn.runCode();
      return new Turn.RunCode(
          code.code() == null ? "" : code.code(),
          code.logs(),
          List.of(),
          code.reply() == null ? "The code ran." : code.reply());
    }
    if (turn.fail() != null) {
      String code = turn.fail().code() == null ? "server_error" : turn.fail().code();
      if (!Set.of("server_error", "rate_limit_exceeded").contains(code)) {
        throw Errors.invalidValue(
            "turns.fail.code",
            "Invalid value: '"
                + code
                + "'. Supported values are: 'server_error' and"
                + " 'rate_limit_exceeded'.");
      }
      String message =
          turn.fail().message() != null ? turn.fail().message() : "Sorry, something went wrong.";
      return new Turn.Fail(code, message);
    }
    if (!Set.of("max_completion_tokens", "max_prompt_tokens").contains(turn.incomplete())) {
      throw Errors.invalidValue(
          "turns.incomplete",
          "Invalid value: '"
              + turn.incomplete()
              + "'. Supported values are:"
              + " 'max_completion_tokens' and 'max_prompt_tokens'.");
    }
    return new Turn.Stop(turn.incomplete());
  }

  private static void check(Long hold, String param) {
    if (hold != null && (hold < 0 || hold > MAX_HOLD_MS)) {
      throw Errors.invalid(
          param, "'" + param + "' must be between 0 and " + MAX_HOLD_MS + ".", "invalid_value");
    }
  }
}
