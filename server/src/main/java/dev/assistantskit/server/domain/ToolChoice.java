package dev.assistantskit.server.domain;

/**
 * How a run may use tools: a mode ({@code none} or {@code auto}), or a named tool — for a function,
 * with its name.
 */
public record ToolChoice(String mode, String toolType, String functionName) {
  public static final ToolChoice AUTO = new ToolChoice("auto", null, null);
  public static final ToolChoice NONE = new ToolChoice("none", null, null);

  public static ToolChoice named(String toolType, String functionName) {
    return new ToolChoice(null, toolType, functionName);
  }

  public boolean isNamed() {
    return mode == null;
  }

  public boolean forcesFunction() {
    return isNamed() && "function".equals(toolType);
  }
}
