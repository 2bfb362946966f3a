package dev.assistantskit.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assistantskit.client.invoker.ApiClient;
import dev.assistantskit.client.model.AbstractOpenApiSchema;
import dev.assistantskit.client.model.AssistantToolsCode;
import dev.assistantskit.client.model.AssistantToolsFileSearch;
import dev.assistantskit.client.model.AssistantToolsFunction;
import dev.assistantskit.client.model.AssistantsApiResponseFormat;
import dev.assistantskit.client.model.AssistantsNamedToolChoice;
import dev.assistantskit.client.model.MessageContentImageFileObject;
import dev.assistantskit.client.model.MessageContentTextAnnotationsFileCitationObject;
import dev.assistantskit.client.model.MessageContentTextAnnotationsFilePathObject;
import dev.assistantskit.client.model.MessageContentTextObject;
import dev.assistantskit.client.model.MessageDeltaContentImageFileObject;
import dev.assistantskit.client.model.MessageDeltaContentTextAnnotationsFileCitationObject;
import dev.assistantskit.client.model.MessageDeltaContentTextObject;
import dev.assistantskit.client.model.RunStepDeltaStepDetailsToolCallsCodeObject;
import dev.assistantskit.client.model.RunStepDeltaStepDetailsToolCallsCodeOutputImageObject;
import dev.assistantskit.client.model.RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject;
import dev.assistantskit.client.model.RunStepDeltaStepDetailsToolCallsFileSearchObject;
import dev.assistantskit.client.model.RunStepDeltaStepDetailsToolCallsFunctionObject;
import dev.assistantskit.client.model.RunStepDeltaStepDetailsToolCallsObject;
import dev.assistantskit.client.model.RunStepDetailsMessageCreationObject;
import dev.assistantskit.client.model.RunStepDetailsToolCallsCodeObject;
import dev.assistantskit.client.model.RunStepDetailsToolCallsCodeOutputImageObject;
import dev.assistantskit.client.model.RunStepDetailsToolCallsCodeOutputLogsObject;
import dev.assistantskit.client.model.RunStepDetailsToolCallsFileSearchObject;
import dev.assistantskit.client.model.RunStepDetailsToolCallsFunctionObject;
import dev.assistantskit.client.model.RunStepDetailsToolCallsObject;
import dev.assistantskit.server.json.WireJson;
import dev.assistantskit.spec.ContractValidator;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every polymorphic schema survives the trip generated client → JSON → server wire model → JSON →
 * generated client unchanged, and lands on the right variant class on both sides.
 */
class PolymorphicRoundTripTest {
  private static final ObjectMapper CLIENT = ApiClient.createDefaultObjectMapper();
  private static final ObjectMapper SERVER = WireJson.newMapper();
  private static final ContractValidator CONTRACT = new ContractValidator();

  record Case(
      String name,
      String schema,
      Class<?> clientType,
      Class<?> serverType,
      String json,
      List<Class<?>> variants) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Case> cases() {
    return List.of(
        new Case(
            "assistant tools of all three kinds and a response_format object",
            "AssistantObject",
            dev.assistantskit.client.model.AssistantObject.class,
            dev.assistantskit.server.generated.model.AssistantObject.class,
            """
            {"id":"asst_abc123abc123abc123abc123","object":"assistant","created_at":1705972454,
             "name":"Data Visualization","description":null,"model":"gpt-4-1106-preview",
             "instructions":"Make charts.","metadata":{"team":"viz"},
             "tools":[{"type":"code_interpreter"},{"type":"file_search"},
               {"type":"function","function":{"name":"get_weather","description":"Weather in a city",
                "parameters":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}}}],
             "tool_resources":{"code_interpreter":{"file_ids":["assistant-abc123abc123abc123abc123"]},
               "file_search":{"vector_store_ids":["vs_abc123abc123abc123abc123"]}},
             "temperature":1.0,"top_p":0.5,"response_format":{"type":"json_object"}}
            """,
            List.of(
                AssistantToolsCode.class,
                AssistantToolsFileSearch.class,
                AssistantToolsFunction.class,
                AssistantsApiResponseFormat.class)),
        new Case(
            "a run with tool_choice as an object and response_format as a string",
            "RunObject",
            dev.assistantskit.client.model.RunObject.class,
            dev.assistantskit.server.generated.model.RunObject.class,
            run(
                "\"requires_action\"",
                """
                {"type":"submit_tool_outputs","submit_tool_outputs":{"tool_calls":[
                  {"id":"call_abc123abc123abc123abc123","type":"function",
                   "function":{"name":"get_weather","arguments":"{\\"city\\":\\"Paris\\"}"}}]}}""",
                "{\"type\":\"function\",\"function\":{\"name\":\"get_weather\"}}",
                "\"auto\""),
            List.of(AssistantToolsFunction.class, AssistantsNamedToolChoice.class, String.class)),
        new Case(
            "a run with tool_choice as a string and response_format as an object",
            "RunObject",
            dev.assistantskit.client.model.RunObject.class,
            dev.assistantskit.server.generated.model.RunObject.class,
            run("\"completed\"", "null", "\"none\"", "{\"type\":\"text\"}"),
            List.of(AssistantToolsFunction.class, AssistantsApiResponseFormat.class, String.class)),
        new Case(
            "message content parts of both kinds with both annotations",
            "MessageObject",
            dev.assistantskit.client.model.MessageObject.class,
            dev.assistantskit.server.generated.model.MessageObject.class,
            """
            {"id":"msg_abc123abc123abc123abc123","object":"thread.message","created_at":1705967044,
             "thread_id":"thread_abc123abc123abc123abc12","status":"completed","incomplete_details":null,
             "completed_at":1705967045,"incomplete_at":null,"role":"assistant",
             "content":[{"type":"image_file","image_file":{"file_id":"assistant-1YGVTvNzc2JXajI5JU9F0HMD"}},
               {"type":"text","text":{"value":"See the chart 【4†source】 and sandbox:/mnt/data/sine.png",
                 "annotations":[
                   {"type":"file_citation","text":"【4†source】","start_index":14,"end_index":24,
                    "file_citation":{"file_id":"assistant-abc123abc123abc123abc123","quote":"sin(x)"}},
                   {"type":"file_path","text":"sandbox:/mnt/data/sine.png","start_index":29,"end_index":55,
                    "file_path":{"file_id":"assistant-1YGVTvNzc2JXajI5JU9F0HMD"}}]}}],
             "assistant_id":"asst_abc123abc123abc123abc123","run_id":"run_abc123abc123abc123abc123",
             "attachments":[{"file_id":"assistant-abc123abc123abc123abc123",
               "tools":[{"type":"code_interpreter"},{"type":"file_search"}]}],
             "metadata":{}}
            """,
            List.of(
                MessageContentImageFileObject.class,
                MessageContentTextObject.class,
                MessageContentTextAnnotationsFileCitationObject.class,
                MessageContentTextAnnotationsFilePathObject.class,
                AssistantToolsCode.class,
                AssistantToolsFileSearch.class)),
        new Case(
            "a message_creation step",
            "RunStepObject",
            dev.assistantskit.client.model.RunStepObject.class,
            dev.assistantskit.server.generated.model.RunStepObject.class,
            step(
                "message_creation",
                "{\"type\":\"message_creation\",\"message_creation\":{\"message_id\":\"msg_abc123abc123abc123abc123\"}}"),
            List.of(RunStepDetailsMessageCreationObject.class)),
        new Case(
            "a tool_calls step with every kind of call and both code outputs",
            "RunStepObject",
            dev.assistantskit.client.model.RunStepObject.class,
            dev.assistantskit.server.generated.model.RunStepObject.class,
            step(
                "tool_calls",
                """
                {"type":"tool_calls","tool_calls":[
                  {"id":"call_aaa123abc123abc123abc123","type":"code_interpreter",
                   "code_interpreter":{"input":"print(1)","outputs":[{"type":"logs","logs":"1"},
                     {"type":"image","image":{"file_id":"assistant-1YGVTvNzc2JXajI5JU9F0HMD"}}]}},
                  {"id":"call_bbb123abc123abc123abc123","type":"file_search","file_search":{}},
                  {"id":"call_ccc123abc123abc123abc123","type":"function",
                   "function":{"name":"get_weather","arguments":"{}","output":null}},
                  {"id":"call_ddd123abc123abc123abc123","type":"function",
                   "function":{"name":"get_weather","arguments":"{}","output":"sunny"}}]}"""),
            List.of(
                RunStepDetailsToolCallsObject.class,
                RunStepDetailsToolCallsCodeObject.class,
                RunStepDetailsToolCallsCodeOutputLogsObject.class,
                RunStepDetailsToolCallsCodeOutputImageObject.class,
                RunStepDetailsToolCallsFileSearchObject.class,
                RunStepDetailsToolCallsFunctionObject.class)),
        new Case(
            "a message delta with text, an annotation and an image",
            "MessageDeltaObject",
            dev.assistantskit.client.model.MessageDeltaObject.class,
            dev.assistantskit.server.generated.model.MessageDeltaObject.class,
            """
            {"id":"msg_abc123abc123abc123abc123","object":"thread.message.delta",
             "delta":{"role":"assistant","content":[
               {"index":0,"type":"image_file","image_file":{"file_id":"assistant-1YGVTvNzc2JXajI5JU9F0HMD"}},
               {"index":1,"type":"text","text":{"value":"Here is",
                 "annotations":[{"index":0,"type":"file_citation","text":"【4†source】",
                   "file_citation":{"file_id":"assistant-abc123abc123abc123abc123","quote":"q"},
                   "start_index":0,"end_index":10}]}}]}}
            """,
            List.of(
                MessageDeltaContentImageFileObject.class,
                MessageDeltaContentTextObject.class,
                MessageDeltaContentTextAnnotationsFileCitationObject.class)),
        new Case(
            "a run step delta with every kind of call",
            "RunStepDeltaObject",
            dev.assistantskit.client.model.RunStepDeltaObject.class,
            dev.assistantskit.server.generated.model.RunStepDeltaObject.class,
            """
            {"id":"step_abc123abc123abc123abc12","object":"thread.run.step.delta",
             "delta":{"step_details":{"type":"tool_calls","tool_calls":[
               {"index":0,"id":"call_aaa123abc123abc123abc123","type":"code_interpreter",
                "code_interpreter":{"input":"import numpy","outputs":[{"index":0,"type":"logs","logs":"ok"},
                  {"index":1,"type":"image","image":{"file_id":"assistant-1YGVTvNzc2JXajI5JU9F0HMD"}}]}},
               {"index":1,"type":"file_search","file_search":{}},
               {"index":2,"type":"function","function":{"name":"get_weather","arguments":"{"}}]}}}
            """,
            List.of(
                RunStepDeltaStepDetailsToolCallsObject.class,
                RunStepDeltaStepDetailsToolCallsCodeObject.class,
                RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject.class,
                RunStepDeltaStepDetailsToolCallsCodeOutputImageObject.class,
                RunStepDeltaStepDetailsToolCallsFileSearchObject.class,
                RunStepDeltaStepDetailsToolCallsFunctionObject.class)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void survivesTheTripThroughTheServer(Case c) throws Exception {
    JsonNode original = CLIENT.readTree(c.json());
    assertThat(CONTRACT.validate(c.json(), c.schema())).as("the fixture itself").isEmpty();

    Object client = CLIENT.readValue(c.json(), c.clientType());
    Object server = SERVER.readValue(CLIENT.writeValueAsString(client), c.serverType());
    String serverJson = SERVER.writeValueAsString(server);
    Object back = CLIENT.readValue(serverJson, c.clientType());

    assertThat(SERVER.readTree(serverJson).equals(NUMERIC, original))
        .as("server JSON %s equals %s", serverJson, original.toString())
        .isTrue();
    assertThat(back).isEqualTo(client);
    assertThat(CONTRACT.validate(serverJson, c.schema())).as("the server's JSON").isEmpty();
    for (Class<?> variant : c.variants()) {
      assertThat(holds(back, variant))
          .as("client object holds a %s", variant.getSimpleName())
          .isTrue();
    }
  }

  /** Numbers compare by value: the server writes {@code 1.0} as a BigDecimal. */
  private static final Comparator<JsonNode> NUMERIC =
      (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
          return new BigDecimal(a.asText()).compareTo(new BigDecimal(b.asText()));
        }
        return a.equals(b) ? 0 : 1;
      };

  /**
   * Whether the client object graph holds an instance of {@code type} — for {@code String}, a oneOf
   * wrapper whose chosen member is a string.
   */
  private static boolean holds(Object node, Class<?> type) {
    if (node instanceof AbstractOpenApiSchema wrapper) {
      Object actual = wrapper.getActualInstance();
      return type.isInstance(actual) || holds(actual, type);
    }
    if (node instanceof Iterable<?> items) {
      for (Object item : items) {
        if (holds(item, type)) {
          return true;
        }
      }
      return false;
    }
    if (node == null || !node.getClass().getPackageName().endsWith(".client.model")) {
      return false;
    }
    if (type != String.class && type.isInstance(node)) {
      return true;
    }
    for (Method getter : node.getClass().getMethods()) {
      if (getter.getName().startsWith("get")
          && getter.getParameterCount() == 0
          && getter.getDeclaringClass() == node.getClass()) {
        try {
          if (holds(getter.invoke(node), type)) {
            return true;
          }
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return false;
  }

  private static String run(
      String status, String requiredAction, String toolChoice, String responseFormat) {
    return """
        {"id":"run_abc123abc123abc123abc123","object":"thread.run","created_at":1705966637,
         "thread_id":"thread_abc123abc123abc123abc12","assistant_id":"asst_abc123abc123abc123abc123",
         "status":%s,"required_action":%s,"last_error":null,"expires_at":1705967237,
         "started_at":1705966638,"cancelled_at":null,"failed_at":null,"completed_at":null,
         "incomplete_details":null,"model":"gpt-4","instructions":"Be brief.",
         "tools":[{"type":"function","function":{"name":"get_weather"}}],"metadata":{},
         "usage":null,"temperature":1,"top_p":1,"max_prompt_tokens":1000,
         "max_completion_tokens":null,"truncation_strategy":{"type":"last_messages","last_messages":4},
         "tool_choice":%s,"response_format":%s}
        """
        .formatted(status, requiredAction, toolChoice, responseFormat);
  }

  private static String step(String type, String details) {
    return """
        {"id":"step_abc123abc123abc123abc12","object":"thread.run.step","created_at":1705966637,
         "assistant_id":"asst_abc123abc123abc123abc123","thread_id":"thread_abc123abc123abc123abc12",
         "run_id":"run_abc123abc123abc123abc123","type":"%s","status":"completed",
         "step_details":%s,"last_error":null,"expired_at":null,"cancelled_at":null,"failed_at":null,
         "completed_at":1705967040,"metadata":null,
         "usage":{"prompt_tokens":520,"completion_tokens":170,"total_tokens":690}}
        """
        .formatted(type, details);
  }
}
