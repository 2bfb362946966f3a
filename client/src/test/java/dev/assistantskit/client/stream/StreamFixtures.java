package dev.assistantskit.client.stream;

import java.util.ArrayList;
import java.util.List;

/**
 * Event streams in the documented order, with payloads valid against the contract's {@code
 * AssistantStreamEvent} members (spec/src/main/resources/openapi/assistants.yaml). Compact JSON,
 * one {@code data:} line per event, as Azure sends them.
 */
final class StreamFixtures {
  private StreamFixtures() {}

  static final String THREAD_ID = "thread_abc123";
  static final String RUN_ID = "run_abc123";
  static final String ASSISTANT_ID = "asst_abc123";
  static final String MESSAGE_ID = "msg_abc123";
  static final String MESSAGE_STEP_ID = "step_msg123";
  static final String CODE_STEP_ID = "step_code123";
  static final String FUNCTION_STEP_ID = "step_fn123";
  static final String IMAGE_FILE_ID = "assistant-img1";

  static final String TEXT_1 = "Here is the sine wave";
  static final String TEXT_2 = " (ω = 1): ";
  static final String TEXT_3 = "sandbox:/mnt/data/sine.png";
  static final String FULL_TEXT = TEXT_1 + TEXT_2 + TEXT_3;

  static final String THREAD =
      """
      {"id":"thread_abc123","object":"thread","created_at":1710000000,\
      "tool_resources":{},"metadata":{}}""";

  static final String USAGE =
      "{\"completion_tokens\":42,\"prompt_tokens\":100,\"total_tokens\":142}";

  /** A run; the status decides which timestamps, usage and required action are set. */
  static String run(String status) {
    boolean started = !status.equals("queued");
    boolean terminal = status.equals("completed");
    String requiredAction =
        status.equals("requires_action")
            ? """
            {"type":"submit_tool_outputs","submit_tool_outputs":{"tool_calls":[\
            {"id":"call_fn1","type":"function",\
            "function":{"name":"get_weather","arguments":"{\\"city\\":\\"Paris\\"}"}}]}}"""
            : "null";
    return """
        {"id":"run_abc123","object":"thread.run","created_at":1710000001,\
        "thread_id":"thread_abc123","assistant_id":"asst_abc123","status":"%s",\
        "required_action":%s,"last_error":null,"expires_at":%s,"started_at":%s,\
        "cancelled_at":null,"failed_at":null,"completed_at":%s,"incomplete_details":null,\
        "model":"gpt-4o","instructions":"Draw charts.",\
        "tools":[{"type":"code_interpreter"},{"type":"function","function":{"name":"get_weather",\
        "parameters":{"type":"object","properties":{"city":{"type":"string"}}}}}],\
        "metadata":{},"usage":%s,"temperature":1.0,"top_p":1.0,"max_prompt_tokens":null,\
        "max_completion_tokens":null,"truncation_strategy":{"type":"auto","last_messages":null},\
        "tool_choice":"auto","response_format":"auto"}"""
        .formatted(
            status,
            requiredAction,
            terminal ? "null" : "1710000601",
            started ? "1710000002" : "null",
            terminal ? "1710000009" : "null",
            terminal ? USAGE : "null");
  }

  /** A run step; {@code details} is its step_details JSON. */
  static String step(String id, String type, String status, String details) {
    boolean completed = status.equals("completed");
    return """
        {"id":"%s","object":"thread.run.step","created_at":1710000003,\
        "assistant_id":"asst_abc123","thread_id":"thread_abc123","run_id":"run_abc123",\
        "type":"%s","status":"%s","step_details":%s,"last_error":null,"expired_at":null,\
        "cancelled_at":null,"failed_at":null,"completed_at":%s,"metadata":{},"usage":%s}"""
        .formatted(
            id,
            type,
            status,
            details,
            completed ? "1710000008" : "null",
            completed ? USAGE : "null");
  }

  static final String MESSAGE_CREATION_DETAILS =
      "{\"type\":\"message_creation\",\"message_creation\":{\"message_id\":\"msg_abc123\"}}";

  /** A message with the given content JSON array. */
  static String message(String status, String content) {
    boolean completed = status.equals("completed");
    return """
        {"id":"msg_abc123","object":"thread.message","created_at":1710000004,\
        "thread_id":"thread_abc123","status":"%s","incomplete_details":null,\
        "completed_at":%s,"incomplete_at":null,"role":"assistant","content":%s,\
        "assistant_id":"asst_abc123","run_id":"run_abc123","attachments":[],"metadata":{}}"""
        .formatted(status, completed ? "1710000007" : "null", content);
  }

  static final String FINAL_CONTENT =
      """
      [{"type":"image_file","image_file":{"file_id":"assistant-img1"}},\
      {"type":"text","text":{"value":"%s","annotations":[\
      {"type":"file_path","text":"sandbox:/mnt/data/sine.png",\
      "file_path":{"file_id":"assistant-img1"},"start_index":31,"end_index":57}]}}]"""
          .formatted(FULL_TEXT);

  static final List<String> MESSAGE_DELTAS =
      List.of(
          """
          {"id":"msg_abc123","object":"thread.message.delta","delta":{"role":"assistant",\
          "content":[{"index":0,"type":"image_file","image_file":{"file_id":"assistant-img1"}}]}}""",
          """
          {"id":"msg_abc123","object":"thread.message.delta","delta":{"content":[\
          {"index":1,"type":"text","text":{"value":"%s","annotations":[]}}]}}"""
              .formatted(TEXT_1),
          """
          {"id":"msg_abc123","object":"thread.message.delta","delta":{"content":[\
          {"index":1,"type":"text","text":{"value":"%s"}}]}}"""
              .formatted(TEXT_2),
          """
          {"id":"msg_abc123","object":"thread.message.delta","delta":{"content":[\
          {"index":1,"type":"text","text":{"value":"%s","annotations":[\
          {"index":0,"type":"file_path","text":"sandbox:/mnt/data/sine.png",\
          "file_path":{"file_id":"assistant-img1"},"start_index":31,"end_index":57}]}}]}}"""
              .formatted(TEXT_3));

  /** One SSE event as Azure writes it. */
  static String sse(String event, String data) {
    return "event: " + event + "\ndata: " + data + "\n\n";
  }

  static final String DONE = sse("done", "[DONE]");

  /** A streamed create-thread-and-run answering with one message (image + annotated text). */
  static String fullStream() {
    List<String> events = new ArrayList<>();
    events.add(sse("thread.created", THREAD));
    events.add(sse("thread.run.created", run("queued")));
    events.add(sse("thread.run.queued", run("queued")));
    events.add(sse("thread.run.in_progress", run("in_progress")));
    String inProgressStep =
        step(MESSAGE_STEP_ID, "message_creation", "in_progress", MESSAGE_CREATION_DETAILS);
    events.add(sse("thread.run.step.created", inProgressStep));
    events.add(sse("thread.run.step.in_progress", inProgressStep));
    events.add(sse("thread.message.created", message("in_progress", "[]")));
    events.add(sse("thread.message.in_progress", message("in_progress", "[]")));
    MESSAGE_DELTAS.forEach(d -> events.add(sse("thread.message.delta", d)));
    events.add(sse("thread.message.completed", message("completed", FINAL_CONTENT)));
    events.add(
        sse(
            "thread.run.step.completed",
            step(MESSAGE_STEP_ID, "message_creation", "completed", MESSAGE_CREATION_DETAILS)));
    events.add(sse("thread.run.completed", run("completed")));
    events.add(DONE);
    return String.join("", events);
  }

  static final String CODE_CALL_DETAILS =
      """
      {"type":"tool_calls","tool_calls":[{"id":"call_code1","type":"code_interpreter",\
      "code_interpreter":{"input":"import numpy as np\\nprint(np.sin(0))","outputs":[\
      {"type":"logs","logs":"0.0\\n"},{"type":"image","image":{"file_id":"assistant-img1"}}]}}]}""";

  static final List<String> CODE_STEP_DELTAS =
      List.of(
          """
          {"id":"step_code123","object":"thread.run.step.delta","delta":{"step_details":\
          {"type":"tool_calls","tool_calls":[{"index":0,"id":"call_code1",\
          "type":"code_interpreter","code_interpreter":{"input":"","outputs":[]}}]}}}""",
          """
          {"id":"step_code123","object":"thread.run.step.delta","delta":{"step_details":\
          {"type":"tool_calls","tool_calls":[{"index":0,"type":"code_interpreter",\
          "code_interpreter":{"input":"import numpy as np\\n"}}]}}}""",
          """
          {"id":"step_code123","object":"thread.run.step.delta","delta":{"step_details":\
          {"type":"tool_calls","tool_calls":[{"index":0,"type":"code_interpreter",\
          "code_interpreter":{"input":"print(np.sin(0))"}}]}}}""",
          """
          {"id":"step_code123","object":"thread.run.step.delta","delta":{"step_details":\
          {"type":"tool_calls","tool_calls":[{"index":0,"type":"code_interpreter",\
          "code_interpreter":{"outputs":[{"index":0,"type":"logs","logs":"0.0\\n"}]}}]}}}""",
          """
          {"id":"step_code123","object":"thread.run.step.delta","delta":{"step_details":\
          {"type":"tool_calls","tool_calls":[{"index":0,"type":"code_interpreter",\
          "code_interpreter":{"outputs":[{"index":1,"type":"image",\
          "image":{"file_id":"assistant-img1"}}]}}]}}}""");

  static final List<String> FUNCTION_STEP_DELTAS =
      List.of(
          """
          {"id":"step_fn123","object":"thread.run.step.delta","delta":{"step_details":\
          {"type":"tool_calls","tool_calls":[{"index":0,"id":"call_fn1","type":"function",\
          "function":{"name":"get_weather","arguments":"","output":null}}]}}}""",
          """
          {"id":"step_fn123","object":"thread.run.step.delta","delta":{"step_details":\
          {"type":"tool_calls","tool_calls":[{"index":0,"type":"function",\
          "function":{"arguments":"{\\"city\\":"}}]}}}""",
          """
          {"id":"step_fn123","object":"thread.run.step.delta","delta":{"step_details":\
          {"type":"tool_calls","tool_calls":[{"index":0,"type":"function",\
          "function":{"arguments":"\\"Paris\\"}"}}]}}}""");

  static final String EMPTY_TOOL_CALLS = "{\"type\":\"tool_calls\",\"tool_calls\":[]}";

  /**
   * A streamed create-run: a code_interpreter step that completes, then a function call step; the
   * run stops in requires_action and the stream ends.
   */
  static String requiresActionStream() {
    List<String> events = new ArrayList<>();
    events.add(sse("thread.run.created", run("queued")));
    events.add(sse("thread.run.queued", run("queued")));
    events.add(sse("thread.run.in_progress", run("in_progress")));
    String codeStep = step(CODE_STEP_ID, "tool_calls", "in_progress", EMPTY_TOOL_CALLS);
    events.add(sse("thread.run.step.created", codeStep));
    events.add(sse("thread.run.step.in_progress", codeStep));
    CODE_STEP_DELTAS.forEach(d -> events.add(sse("thread.run.step.delta", d)));
    events.add(
        sse(
            "thread.run.step.completed",
            step(CODE_STEP_ID, "tool_calls", "completed", CODE_CALL_DETAILS)));
    String functionStep = step(FUNCTION_STEP_ID, "tool_calls", "in_progress", EMPTY_TOOL_CALLS);
    events.add(sse("thread.run.step.created", functionStep));
    events.add(sse("thread.run.step.in_progress", functionStep));
    FUNCTION_STEP_DELTAS.forEach(d -> events.add(sse("thread.run.step.delta", d)));
    events.add(sse("thread.run.requires_action", run("requires_action")));
    events.add(DONE);
    return String.join("", events);
  }

  static final String FUNCTION_CALL_DETAILS_WITH_OUTPUT =
      """
      {"type":"tool_calls","tool_calls":[{"id":"call_fn1","type":"function",\
      "function":{"name":"get_weather","arguments":"{\\"city\\":\\"Paris\\"}",\
      "output":"22 degrees"}}]}""";

  /** The stream answering submit_tool_outputs for {@link #requiresActionStream()}. */
  static String afterToolOutputsStream() {
    return sse("thread.run.queued", run("queued"))
        + sse("thread.run.in_progress", run("in_progress"))
        + sse(
            "thread.run.step.completed",
            step(FUNCTION_STEP_ID, "tool_calls", "completed", FUNCTION_CALL_DETAILS_WITH_OUTPUT))
        + sse("thread.run.completed", run("completed"))
        + DONE;
  }

  static final String SERVER_ERROR =
      """
      {"code":"server_error","message":"Sorry, something went wrong.","param":null,\
      "type":"server_error"}""";

  /** The service fails after the run started: an error event ends the stream (no done). */
  static String errorStream() {
    return sse("thread.run.created", run("queued"))
        + sse("thread.run.in_progress", run("in_progress"))
        + sse("error", SERVER_ERROR);
  }
}
