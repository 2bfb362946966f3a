package dev.assistantskit.server.backend;

import dev.assistantskit.server.domain.Message;
import dev.assistantskit.server.domain.ResponseFormat;
import dev.assistantskit.server.domain.Tool;
import dev.assistantskit.server.domain.ToolCall;
import dev.assistantskit.server.domain.ToolChoice;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Everything a model sees for one turn.
 *
 * @param messages the thread's messages the truncation strategy and prompt budget leave visible,
 *     oldest first
 * @param answeredCalls the function calls of this run with the outputs the caller submitted (empty
 *     on the run's first turn)
 */
public record TurnRequest(
    String model,
    String instructions,
    List<Tool> tools,
    ToolChoice toolChoice,
    ResponseFormat responseFormat,
    BigDecimal temperature,
    BigDecimal topP,
    List<Message> messages,
    List<ToolCall.Function> answeredCalls) {
  public TurnRequest {
    tools = List.copyOf(tools);
    messages = List.copyOf(messages);
    answeredCalls = List.copyOf(answeredCalls);
  }

  /** The text of the newest user message, which a turn answers. */
  public Optional<String> lastUserText() {
    for (int i = messages.size() - 1; i >= 0; i--) {
      if (messages.get(i).role() == Message.Role.USER) {
        return Optional.of(messages.get(i).text());
      }
    }
    return Optional.empty();
  }

  /** Whether the run may use a tool of this kind: it has one and tool_choice is not "none". */
  public boolean offers(Class<? extends Tool> kind) {
    return !ToolChoice.NONE.equals(toolChoice) && tools.stream().anyMatch(kind::isInstance);
  }
}
