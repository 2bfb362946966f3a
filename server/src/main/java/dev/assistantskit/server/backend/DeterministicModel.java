package dev.assistantskit.server.backend;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assistantskit.server.backend.scripted.FunctionCallPlanner;
import dev.assistantskit.server.backend.scripted.FunctionSpec;
import dev.assistantskit.server.backend.scripted.Intent;
import dev.assistantskit.server.backend.scripted.IntentRecognizer;
import dev.assistantskit.server.backend.scripted.SineWaveChart;
import dev.assistantskit.server.backend.scripted.ToolOutputReply;
import dev.assistantskit.server.backend.scripted.Walkthrough;
import dev.assistantskit.server.domain.Tool;
import dev.assistantskit.server.domain.ToolCall;
import java.io.IOException;
import java.util.List;

/**
 * The emulator's default model: the same input always gives the same turn.
 *
 * <ul>
 *   <li>After tool outputs were submitted, it answers with a message that uses them.
 *   <li>A forced function is called; with {@code tool_choice: auto}, the functions the last user
 *       message mentions (by name or by the words of their description) are called, with arguments
 *       generated from their JSON Schema and the message.
 *   <li>With the code interpreter available, it replays Azure's sine-wave walkthrough: asked for a
 *       sine wave it runs the walkthrough's Python and answers with a real chart (a PNG) and the
 *       walkthrough's text; asked for dark mode, a dark chart; asked for the code, the code.
 *   <li>Otherwise a fixed reply that quotes the question (as JSON with {@code json_object}).
 * </ul>
 */
public final class DeterministicModel implements ModelBackend {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final IntentRecognizer intents = new IntentRecognizer();
  private final FunctionCallPlanner planner = new FunctionCallPlanner();
  private final ToolOutputReply outputs = new ToolOutputReply();
  private final SineWaveChart chart = new SineWaveChart();

  @Override
  public Turn respond(TurnRequest request) {
    if (!request.answeredCalls().isEmpty()) {
      return reply(
          request,
          outputs.compose(
              request.answeredCalls().stream().map(DeterministicModel::result).toList()));
    }
    String text = request.lastUserText().orElse("");
    List<FunctionSpec> functions =
        request.tools().stream()
            .filter(tool -> tool instanceof Tool.Function)
            .map(tool -> (Tool.Function) tool)
            .map(f -> new FunctionSpec(f.name(), f.description(), f.parameters()))
            .toList();
    if (request.toolChoice().forcesFunction()) {
      return calls(planner.plan(text, functions, request.toolChoice().functionName()));
    }
    if (!request.toolChoice().isNamed() && request.offers(Tool.Function.class)) {
      List<FunctionCallPlanner.PlannedCall> planned = planner.plan(text, functions, null);
      if (!planned.isEmpty()) {
        return calls(planned);
      }
    }
    Intent intent = intents.recognize(text);
    boolean code =
        request.offers(Tool.CodeInterpreter.class) && !forcedOther(request, "code_interpreter");
    if (code && intent == Intent.PLOT_SINE_WAVE) {
      return chart(
          Walkthrough.SINE_WAVE_CODE,
          "sine_wave.png",
          SineWaveChart.Theme.LIGHT,
          Walkthrough.SINE_WAVE_REPLY);
    }
    if (code && intent == Intent.DARK_MODE) {
      return chart(
          Walkthrough.DARK_MODE_CODE,
          "sine_wave_dark.png",
          SineWaveChart.Theme.DARK,
          Walkthrough.DARK_MODE_REPLY);
    }
    if (intent == Intent.SHOW_CODE) {
      return reply(request, Walkthrough.SHOW_CODE_REPLY);
    }
    if (forced(request, "code_interpreter")) {
      String program = "print(" + JSON.valueToTree(text) + ")";
      return new Turn.RunCode(
          program, text + "\n", List.of(), "The code ran and printed your message.");
    }
    if (forced(request, "file_search")) {
      return new Turn.SearchFiles("I searched the files available to me for: " + text);
    }
    return reply(request, fallback(text));
  }

  private Turn chart(String program, String filename, SineWaveChart.Theme theme, String answer) {
    return new Turn.RunCode(
        program, null, List.of(new Turn.Image(filename, chart.renderPng(theme))), answer);
  }

  private static Turn calls(List<FunctionCallPlanner.PlannedCall> planned) {
    return new Turn.CallFunctions(
        planned.stream()
            .map(call -> new Turn.FunctionCall(call.name(), call.arguments().toString()))
            .toList());
  }

  /** A reply; in JSON mode, wrapped in a JSON object as the instructions would ask. */
  private static Turn reply(TurnRequest request, String text) {
    if (request.responseFormat() != null && request.responseFormat().isJsonObject()) {
      ObjectNode json = JSON.createObjectNode().put("reply", text);
      return new Turn.Reply(json.toString());
    }
    return new Turn.Reply(text);
  }

  static String fallback(String question) {
    String quoted = question.isBlank() ? "" : " You asked: \u201c" + question.strip() + "\u201d.";
    return "This is the assistants-kit emulator's deterministic model, so this reply is always the"
        + " same for the same question."
        + quoted
        + " It can draw a sine wave with the code interpreter, show the code it used, switch the"
        + " chart to dark mode, or call the functions you give it.";
  }

  private static boolean forced(TurnRequest request, String toolType) {
    return request.toolChoice().isNamed() && toolType.equals(request.toolChoice().toolType());
  }

  private static boolean forcedOther(TurnRequest request, String toolType) {
    return request.toolChoice().isNamed() && !toolType.equals(request.toolChoice().toolType());
  }

  private static ToolOutputReply.ToolResult result(ToolCall.Function call) {
    ObjectNode arguments;
    try {
      arguments = JSON.readTree(call.arguments()) instanceof ObjectNode object ? object : null;
    } catch (IOException e) {
      arguments = null;
    }
    return new ToolOutputReply.ToolResult(call.name(), arguments, call.output());
  }
}
