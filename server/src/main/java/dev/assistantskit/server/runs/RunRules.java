package dev.assistantskit.server.runs;

import dev.assistantskit.server.domain.ResponseFormat;
import dev.assistantskit.server.domain.Tool;
import dev.assistantskit.server.domain.ToolChoice;
import dev.assistantskit.server.errors.Errors;
import java.util.List;

/** Rules between a run's tools, tool choice and response format. */
final class RunRules {
  private RunRules() {}

  static void check(List<Tool> tools, ToolChoice choice, ResponseFormat format) {
    if (choice.isNamed() && !offered(tools, choice)) {
      String what =
          choice.forcesFunction()
              ? "function '" + choice.functionName() + "'"
              : "tool '" + choice.toolType() + "'";
      throw Errors.invalid(
          "tool_choice",
          "Invalid 'tool_choice': " + what + " is not one of the run's tools.",
          "invalid_value");
    }
    if (format != null
        && format.isJsonObject()
        && tools.stream().anyMatch(tool -> !(tool instanceof Tool.Function))) {
      throw Errors.invalid(
          "response_format",
          "Invalid 'response_format': 'json_object' can be used only with function tools.",
          "invalid_value");
    }
  }

  private static boolean offered(List<Tool> tools, ToolChoice choice) {
    for (Tool tool : tools) {
      if (!tool.type().equals(choice.toolType())) {
        continue;
      }
      if (!(tool instanceof Tool.Function function)
          || function.name().equals(choice.functionName())) {
        return true;
      }
    }
    return false;
  }
}
