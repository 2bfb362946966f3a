package dev.assistantskit.client;

/**
 * Response bodies used by the wire tests. Every fixture is valid against
 * spec/src/main/resources/openapi/assistants.yaml except the ones whose name says otherwise ({@code
 * WITH_UNKNOWN_FIELDS}, {@code WITH_UNKNOWN_CONTENT_TYPE}).
 */
final class Fixtures {
  private Fixtures() {}

  static final String API_VERSION = "2024-05-01-preview";

  /** An assistant with all three tool kinds, tool resources and response_format "auto". */
  static final String ASSISTANT =
      """
      {"id":"asst_abc123","object":"assistant","created_at":1705972454,
       "name":"Data Visualization","description":null,"model":"gpt-4-1106-preview",
       "instructions":"Make charts.",
       "tools":[
         {"type":"code_interpreter"},
         {"type":"file_search"},
         {"type":"function","function":{"name":"get_weather","description":"Weather for a city",
           "parameters":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}}}],
       "tool_resources":{"code_interpreter":{"file_ids":["assistant-file1"]},
                         "file_search":{"vector_store_ids":["vs_abc"]}},
       "metadata":{"team":"bi"},"temperature":1.0,"top_p":1.0,"response_format":"auto"}
      """;

  /** An assistant whose response_format is an object. */
  static final String ASSISTANT_JSON_MODE =
      """
      {"id":"asst_json","object":"assistant","created_at":1705972454,
       "name":null,"description":null,"model":"gpt-4o","instructions":null,"tools":[],
       "metadata":{},"response_format":{"type":"json_object"}}
      """;

  /**
   * NOT valid per the contract, on purpose: an unknown top-level field, unknown fields inside tool
   * parts (the file_search and function options of later api-versions) and inside response_format.
   */
  static final String ASSISTANT_WITH_UNKNOWN_FIELDS =
      """
      {"id":"asst_future","object":"assistant","created_at":1705972454,
       "name":"Future","description":null,"model":"gpt-4o","instructions":null,
       "x_future_top_level":{"nested":[1,2,3]},
       "tools":[
         {"type":"code_interpreter","x_future_flag":true},
         {"type":"file_search","file_search":{"max_num_results":20}},
         {"type":"function","function":{"name":"get_weather","strict":true}}],
       "metadata":{},
       "response_format":{"type":"json_object","x_future_schema":{"name":"s"}}}
      """;

  /** A message with an image_file part and a text part carrying both annotation kinds. */
  static final String MESSAGE =
      """
      {"id":"msg_abc","object":"thread.message","created_at":1705972510,"thread_id":"thread_abc",
       "status":"completed","incomplete_details":null,"completed_at":1705972511,"incomplete_at":null,
       "role":"assistant",
       "content":[
         {"type":"image_file","image_file":{"file_id":"assistant-img1"}},
         {"type":"text","text":{"value":"See 【4:0†source】 and sandbox:/mnt/data/sine.png",
           "annotations":[
             {"type":"file_citation","text":"【4:0†source】",
              "file_citation":{"file_id":"assistant-doc1","quote":"A sine wave is smooth."},
              "start_index":4,"end_index":16},
             {"type":"file_path","text":"sandbox:/mnt/data/sine.png",
              "file_path":{"file_id":"assistant-img1"},"start_index":21,"end_index":47}]}}],
       "assistant_id":"asst_abc123","run_id":"run_abc","attachments":[],"metadata":{}}
      """;

  /** A user message with two attached files, one for each kind of attachment tool. */
  static final String MESSAGE_WITH_ATTACHMENTS =
      """
      {"id":"msg_att","object":"thread.message","created_at":1705972510,"thread_id":"thread_abc",
       "status":"completed","incomplete_details":null,"completed_at":null,"incomplete_at":null,
       "role":"user",
       "content":[{"type":"text","text":{"value":"Plot these.","annotations":[]}}],
       "assistant_id":null,"run_id":null,
       "attachments":[
         {"file_id":"assistant-data1","tools":[{"type":"code_interpreter"}]},
         {"file_id":"assistant-doc1","tools":[{"type":"file_search"},{"type":"code_interpreter"}]}],
       "metadata":{}}
      """;

  /** NOT valid per the contract, on purpose: unknown fields inside content and annotation parts. */
  static final String MESSAGE_WITH_UNKNOWN_FIELDS =
      """
      {"id":"msg_future","object":"thread.message","created_at":1705972510,"thread_id":"thread_abc",
       "status":"completed","incomplete_details":null,"completed_at":1705972511,"incomplete_at":null,
       "role":"assistant",
       "content":[
         {"type":"image_file","image_file":{"file_id":"assistant-img1","detail":"high"}},
         {"type":"text","x_future_part_field":1,"text":{"value":"Quote","annotations":[
             {"type":"file_citation","text":"Quote","x_future_annotation_field":"x",
              "file_citation":{"file_id":"assistant-doc1","quote":"q"},"start_index":0,"end_index":5}]}}],
       "assistant_id":null,"run_id":null,"attachments":null,"metadata":{},"x_future_top_level":42}
      """;

  /**
   * NOT valid per the contract, on purpose: a content part of a type this api-version does not have
   * (image_url came with later versions).
   */
  static final String MESSAGE_WITH_UNKNOWN_CONTENT_TYPE =
      """
      {"id":"msg_url","object":"thread.message","created_at":1705972510,"thread_id":"thread_abc",
       "status":"completed","incomplete_details":null,"completed_at":1705972511,"incomplete_at":null,
       "role":"user",
       "content":[{"type":"image_url","image_url":{"url":"https://example.com/a.png"}}],
       "assistant_id":null,"run_id":null,"attachments":null,"metadata":{}}
      """;

  /** A run waiting for a function output; tool_choice and response_format as objects. */
  static final String RUN_REQUIRES_ACTION =
      """
      {"id":"run_abc","object":"thread.run","created_at":1705972500,"thread_id":"thread_abc",
       "assistant_id":"asst_abc123","status":"requires_action",
       "required_action":{"type":"submit_tool_outputs","submit_tool_outputs":{"tool_calls":[
         {"id":"call_weather","type":"function",
          "function":{"name":"get_weather","arguments":"{\\"city\\":\\"Oslo\\"}"}}]}},
       "last_error":null,"expires_at":1705973100,"started_at":1705972501,"cancelled_at":null,
       "failed_at":null,"completed_at":null,"incomplete_details":null,
       "model":"gpt-4-1106-preview","instructions":"Make charts.",
       "tools":[{"type":"function","function":{"name":"get_weather"}}],
       "metadata":{},"usage":null,"temperature":1.0,"top_p":1.0,
       "max_prompt_tokens":null,"max_completion_tokens":null,
       "truncation_strategy":{"type":"auto","last_messages":null},
       "tool_choice":{"type":"function","function":{"name":"get_weather"}},
       "response_format":{"type":"json_object"}}
      """;

  /** A queued run; tool_choice and response_format as strings. */
  static final String RUN_QUEUED =
      """
      {"id":"run_def","object":"thread.run","created_at":1705972500,"thread_id":"thread_abc",
       "assistant_id":"asst_abc123","status":"queued","required_action":null,"last_error":null,
       "expires_at":1705973100,"started_at":null,"cancelled_at":null,"failed_at":null,
       "completed_at":null,"incomplete_details":null,"model":"gpt-4-1106-preview",
       "instructions":"Make charts.","tools":[{"type":"code_interpreter"}],"metadata":{},
       "usage":null,"max_prompt_tokens":null,"max_completion_tokens":null,
       "truncation_strategy":{"type":"auto","last_messages":null},
       "tool_choice":"none","response_format":"auto"}
      """;

  /**
   * Run steps: a message_creation step, and a tool_calls step with a code_interpreter call (logs
   * and image outputs), a file_search call and two function calls (output null and set).
   */
  static final String RUN_STEPS =
      """
      {"object":"list","first_id":"step_tools","last_id":"step_message","has_more":false,"data":[
        {"id":"step_tools","object":"thread.run.step","created_at":1705972505,
         "assistant_id":"asst_abc123","thread_id":"thread_abc","run_id":"run_abc",
         "type":"tool_calls","status":"completed",
         "step_details":{"type":"tool_calls","tool_calls":[
           {"id":"call_code","type":"code_interpreter","code_interpreter":{
              "input":"import numpy as np\\nprint(np.pi)",
              "outputs":[{"type":"logs","logs":"3.141592653589793\\n"},
                         {"type":"image","image":{"file_id":"assistant-img1"}}]}},
           {"id":"call_search","type":"file_search","file_search":{}},
           {"id":"call_pending","type":"function",
            "function":{"name":"get_weather","arguments":"{}","output":null}},
           {"id":"call_done","type":"function",
            "function":{"name":"get_weather","arguments":"{\\"city\\":\\"Oslo\\"}","output":"-3 C"}}]},
         "last_error":null,"expired_at":null,"cancelled_at":null,"failed_at":null,
         "completed_at":1705972509,"metadata":{},
         "usage":{"completion_tokens":20,"prompt_tokens":300,"total_tokens":320}},
        {"id":"step_message","object":"thread.run.step","created_at":1705972510,
         "assistant_id":"asst_abc123","thread_id":"thread_abc","run_id":"run_abc",
         "type":"message_creation","status":"completed",
         "step_details":{"type":"message_creation","message_creation":{"message_id":"msg_abc"}},
         "last_error":null,"expired_at":null,"cancelled_at":null,"failed_at":null,
         "completed_at":1705972511,"metadata":{},
         "usage":{"completion_tokens":10,"prompt_tokens":320,"total_tokens":330}}]}
      """;

  /** NOT valid per the contract, on purpose: unknown fields inside run step parts. */
  static final String RUN_STEP_WITH_UNKNOWN_FIELDS =
      """
      {"id":"step_future","object":"thread.run.step","created_at":1705972505,
       "assistant_id":"asst_abc123","thread_id":"thread_abc","run_id":"run_abc",
       "type":"tool_calls","status":"completed",
       "step_details":{"type":"tool_calls","x_future_details":true,"tool_calls":[
         {"id":"call_code","type":"code_interpreter","code_interpreter":{"input":"1+1",
           "outputs":[{"type":"logs","logs":"2","x_future_output":"y"}]}},
         {"id":"call_search","type":"file_search",
          "file_search":{"ranking_options":{"ranker":"auto"},"results":[]}}]},
       "last_error":null,"expired_at":null,"cancelled_at":null,"failed_at":null,
       "completed_at":1705972509,"metadata":{},"usage":null}
      """;

  /** The file returned by an upload. */
  static final String UPLOADED_FILE =
      """
      {"id":"assistant-upload1","object":"file","bytes":26,"filename":"sales.csv",
       "created_at":1705967044,"purpose":"assistants","status":"processed","status_details":null}
      """;

  /** The smallest valid thread. */
  static final String THREAD =
      """
      {"id":"thread_abc","object":"thread","created_at":1705972490,"tool_resources":null,
       "metadata":{}}
      """;

  /** An empty page of assistants. */
  static final String EMPTY_ASSISTANT_LIST =
      """
      {"object":"list","data":[],"first_id":null,"last_id":null,"has_more":false}
      """;
}
