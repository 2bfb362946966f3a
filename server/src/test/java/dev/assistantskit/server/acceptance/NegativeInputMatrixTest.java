package dev.assistantskit.server.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assistantskit.server.testing.Apis;
import dev.assistantskit.server.testing.EmulatorExtension;
import dev.assistantskit.server.testing.RawHttp;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bad input of every kind, across resources: each gets the right 4xx with Azure's error shape,
 * naming the field, and the emulator is still healthy afterwards.
 */
class NegativeInputMatrixTest {
  @RegisterExtension static final EmulatorExtension EMULATOR = new EmulatorExtension();

  private static RawHttp HTTP;
  private static final String INVALID = "invalid_request_error";
  private static final String NO_PARAM = null;
  private static final Map<String, String> IDS = new LinkedHashMap<>();

  /** One bad request and the answer it must get: an {@code invalid_request_error}. */
  record Case(String name, String method, String path, String body, int status, String param) {}

  @BeforeAll
  static void createObjectsToAimAt() {
    HTTP = EMULATOR.http();
    IDS.put("{asst}", id(HTTP.post(v("/assistants"), "{\"model\":\"gpt-4\"}")));
    IDS.put("{thread}", id(HTTP.post(v("/threads"), "{}")));
    IDS.put(
        "{msg}",
        id(
            HTTP.post(
                v("/threads/" + IDS.get("{thread}") + "/messages"),
                "{\"role\":\"user\",\"content\":\"hi\"}")));
    IDS.put("{vs}", id(HTTP.post(v("/vector_stores"), "{}")));
    IDS.put(
        "{batch}",
        id(
            HTTP.post(
                v("/vector_stores/" + IDS.get("{vs}") + "/file_batches"),
                "{\"file_ids\":[\"" + uploadedFile() + "\"]}")));
  }

  static List<Case> cases() {
    List<Case> c = new ArrayList<>();
    String a = "/assistants";
    // create assistant: syntax, shape and limits
    c.add(post("malformed JSON", a, "{\"model\":", NO_PARAM));
    c.add(post("an empty body", a, "", NO_PARAM));
    c.add(post("an array body", a, "[]", NO_PARAM));
    c.add(post("a trailing token", a, "{\"model\":\"m\"} x", NO_PARAM));
    c.add(post("a duplicate key", a, "{\"model\":\"m\",\"model\":\"n\"}", NO_PARAM));
    c.add(post("no model", a, "{}", "model"));
    c.add(post("a number for model", a, "{\"model\":5}", "model"));
    c.add(post("an unknown field", a, "{\"model\":\"m\",\"bogus\":1}", "bogus"));
    c.add(post("a v1 file_ids field", a, "{\"model\":\"m\",\"file_ids\":[]}", "file_ids"));
    c.add(post("a name of 257", a, m("\"name\":\"" + "n".repeat(257) + "\""), "name"));
    c.add(post("a name object", a, m("\"name\":{}"), "name"));
    c.add(
        post(
            "a description of 513",
            a,
            m("\"description\":\"" + "d".repeat(513) + "\""),
            "description"));
    c.add(
        post(
            "instructions of 256001",
            a,
            m("\"instructions\":\"" + "i".repeat(256_001) + "\""),
            "instructions"));
    c.add(post("tools not an array", a, m("\"tools\":\"code_interpreter\""), "tools"));
    c.add(
        post(
            "an unknown tool type", a, m("\"tools\":[{\"type\":\"retrieval\"}]"), "tools[0].type"));
    c.add(post("a tool without type", a, m("\"tools\":[{}]"), "tools[0].type"));
    c.add(
        post(
            "a function tool without function",
            a,
            m("\"tools\":[{\"type\":\"function\"}]"),
            "tools[0].function"));
    c.add(
        post(
            "a function name with a space",
            a,
            m(fn("\"name\":\"get weather\"")),
            "tools[0].function.name"));
    c.add(
        post(
            "a function name of 65",
            a,
            m(fn("\"name\":\"" + "f".repeat(65) + "\"")),
            "tools[0].function.name"));
    c.add(
        post(
            "function parameters not an object",
            a,
            m(fn("\"name\":\"f\",\"parameters\":3")),
            "tools[0].function.parameters"));
    c.add(
        post(
            "129 tools",
            a,
            m("\"tools\":[" + repeat("{\"type\":\"code_interpreter\"}", 129) + "]"),
            "tools"));
    c.add(post("17 metadata pairs", a, m("\"metadata\":" + metadata(17)), "metadata"));
    c.add(
        post(
            "a metadata key of 65",
            a,
            m("\"metadata\":{\"" + "k".repeat(65) + "\":\"v\"}"),
            "metadata." + "k".repeat(65)));
    c.add(
        post(
            "a metadata value of 513",
            a,
            m("\"metadata\":{\"k\":\"" + "v".repeat(513) + "\"}"),
            "metadata.k"));
    c.add(post("a name of 257 emoji", a, m("\"name\":\"" + emoji(257) + "\""), "name"));
    c.add(
        post(
            "a metadata key of 65 emoji",
            a,
            m("\"metadata\":{\"" + emoji(65) + "\":\"v\"}"),
            "metadata." + emoji(65)));
    c.add(
        post(
            "a metadata value of 513 emoji",
            a,
            m("\"metadata\":{\"k\":\"" + emoji(513) + "\"}"),
            "metadata.k"));
    c.add(post("a number as a metadata value", a, m("\"metadata\":{\"k\":1}"), "metadata.k"));
    c.add(post("metadata not an object", a, m("\"metadata\":[]"), "metadata"));
    c.add(post("temperature 2.5", a, m("\"temperature\":2.5"), "temperature"));
    c.add(post("temperature -1", a, m("\"temperature\":-1"), "temperature"));
    c.add(post("top_p 1.5", a, m("\"top_p\":1.5"), "top_p"));
    c.add(post("temperature as a string", a, m("\"temperature\":\"1\""), "temperature"));
    c.add(
        post(
            "an unknown response_format mode",
            a,
            m("\"response_format\":\"bogus\""),
            "response_format"));
    c.add(
        post(
            "response_format none, which Azure refuses",
            a,
            m("\"response_format\":\"none\""),
            "response_format"));
    c.add(
        post(
            "an unknown response_format type",
            a,
            m("\"response_format\":{\"type\":\"xml\"}"),
            "response_format.type"));
    c.add(post("a number as response_format", a, m("\"response_format\":1"), "response_format"));
    c.add(
        post(
            "21 code_interpreter files",
            a,
            m(
                "\"tool_resources\":{\"code_interpreter\":{\"file_ids\":["
                    + repeat("\"f\"", 21)
                    + "]}}"),
            "tool_resources.code_interpreter.file_ids"));
    c.add(
        post(
            "two vector stores",
            a,
            m("\"tool_resources\":{\"file_search\":{\"vector_store_ids\":[\"a\",\"b\"]}}"),
            "tool_resources.file_search.vector_store_ids"));
    c.add(
        post(
            "vector_store_ids and vector_stores",
            a,
            m(
                "\"tool_resources\":{\"file_search\":{\"vector_store_ids\":[\"{vs}\"],\"vector_stores\":[{}]}}"),
            "tool_resources.file_search"));
    c.add(
        post(
            "an unknown tool_resources field",
            a,
            m("\"tool_resources\":{\"bogus\":{}}"),
            "tool_resources.bogus"));
    c.add(
        missing(
            "a missing vector store",
            "POST",
            a,
            m("\"tool_resources\":{\"file_search\":{\"vector_store_ids\":[\"vs_missing\"]}}")));
    c.add(
        missingRef(
            "a missing file",
            a,
            m("\"tool_resources\":{\"code_interpreter\":{\"file_ids\":[\"assistant-gone\"]}}"),
            "tool_resources.code_interpreter.file_ids"));
    // modify, get, delete, list assistants
    String one = "/assistants/{asst}";
    c.add(missing("modify an unknown assistant", "POST", "/assistants/asst_missing", "{}"));
    c.add(
        post(
            "modify instructions of 32769",
            one,
            "{\"instructions\":\"" + "i".repeat(32_769) + "\"}",
            "instructions"));
    c.add(post("modify with an unknown field", one, "{\"bogus\":true}", "bogus"));
    c.add(
        post(
            "modify with a bad tool",
            one,
            "{\"tools\":[{\"type\":\"browser\"}]}",
            "tools[0].type"));
    c.add(
        post(
            "modify with 17 metadata pairs",
            one,
            "{\"metadata\":" + metadata(17) + "}",
            "metadata"));
    c.add(
        post(
            "modify with response_format none",
            one,
            "{\"response_format\":\"none\"}",
            "response_format"));
    c.add(post("modify with malformed JSON", one, "{", NO_PARAM));
    c.add(missing("get an unknown assistant", "GET", "/assistants/asst_missing", null));
    c.add(missing("delete an unknown assistant", "DELETE", "/assistants/asst_missing", null));
    c.addAll(listCases("assistants", a));
    // threads
    String t = "/threads";
    c.add(post("a malformed thread", t, "{\"messages\":[", NO_PARAM));
    c.add(post("a thread with an unknown field", t, "{\"bogus\":1}", "bogus"));
    c.add(post("messages not an array", t, "{\"messages\":{}}", "messages"));
    c.add(
        post(
            "a first message without role",
            t,
            "{\"messages\":[{\"content\":\"x\"}]}",
            "messages[0].role"));
    c.add(
        post(
            "a first message from the system",
            t,
            "{\"messages\":[{\"role\":\"system\",\"content\":\"x\"}]}",
            "messages[0].role"));
    c.add(
        post(
            "an empty first message",
            t,
            "{\"messages\":[{\"role\":\"user\",\"content\":\"\"}]}",
            "messages[0].content"));
    c.add(
        post(
            "a first message with content parts",
            t,
            "{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"x\"}]}]}",
            "messages[0].content"));
    c.add(
        post(
            "a thread with 17 metadata pairs",
            t,
            "{\"metadata\":" + metadata(17) + "}",
            "metadata"));
    c.add(
        post(
            "a thread with 21 files",
            t,
            "{\"tool_resources\":{\"code_interpreter\":{\"file_ids\":["
                + repeat("\"f\"", 21)
                + "]}}}",
            "tool_resources.code_interpreter.file_ids"));
    c.add(missing("get an unknown thread", "GET", "/threads/thread_missing", null));
    c.add(missing("modify an unknown thread", "POST", "/threads/thread_missing", "{}"));
    c.add(
        post(
            "modify a thread with an unknown field",
            "/threads/{thread}",
            "{\"messages\":[]}",
            "messages"));
    c.add(missing("delete an unknown thread", "DELETE", "/threads/thread_missing", null));
    // messages
    String ms = "/threads/{thread}/messages";
    c.add(
        missing(
            "a message to an unknown thread",
            "POST",
            "/threads/thread_missing/messages",
            "{\"role\":\"user\",\"content\":\"x\"}"));
    c.add(post("a message without content", ms, "{\"role\":\"user\"}", "content"));
    c.add(post("an empty message", ms, "{\"role\":\"user\",\"content\":\"\"}", "content"));
    c.add(
        post(
            "a message of 256001",
            ms,
            "{\"role\":\"user\",\"content\":\"" + "c".repeat(256_001) + "\"}",
            "content"));
    c.add(
        post(
            "a message of 256001 emoji",
            ms,
            "{\"role\":\"user\",\"content\":\"" + emoji(256_001) + "\"}",
            "content"));
    c.add(post("a message from a tool", ms, "{\"role\":\"tool\",\"content\":\"x\"}", "role"));
    c.add(post("a number as content", ms, "{\"role\":\"user\",\"content\":7}", "content"));
    c.add(
        post(
            "attachments not an array",
            ms,
            "{\"role\":\"user\",\"content\":\"x\",\"attachments\":{}}",
            "attachments"));
    c.add(
        post(
            "an attachment without file_id",
            ms,
            "{\"role\":\"user\",\"content\":\"x\",\"attachments\":[{\"tools\":[]}]}",
            "attachments[0].file_id"));
    c.add(
        post(
            "an attachment without tools",
            ms,
            "{\"role\":\"user\",\"content\":\"x\",\"attachments\":[{\"file_id\":\"f\"}]}",
            "attachments[0].tools"));
    c.add(
        post(
            "an attachment for a function",
            ms,
            "{\"role\":\"user\",\"content\":\"x\",\"attachments\":[{\"file_id\":\"f\",\"tools\":[{\"type\":\"function\"}]}]}",
            "attachments[0].tools[0].type"));
    c.add(
        missingRef(
            "an attachment of a missing file",
            ms,
            "{\"role\":\"user\",\"content\":\"x\",\"attachments\":[{\"file_id\":\"assistant-gone\",\"tools\":[{\"type\":\"code_interpreter\"}]}]}",
            "attachments"));
    c.add(
        post(
            "a message with an unknown field",
            ms,
            "{\"role\":\"user\",\"content\":\"x\",\"file_ids\":[]}",
            "file_ids"));
    c.add(
        post(
            "a message with a number in metadata",
            ms,
            "{\"role\":\"user\",\"content\":\"x\",\"metadata\":{\"a\":1}}",
            "metadata.a"));
    c.add(missing("get an unknown message", "GET", ms + "/msg_missing", null));
    c.add(post("modify a message's content", ms + "/{msg}", "{\"content\":\"new\"}", "content"));
    c.add(missing("delete an unknown message", "DELETE", ms + "/msg_missing", null));
    c.add(
        missing(
            "list the messages of an unknown thread",
            "GET",
            "/threads/thread_missing/messages",
            null));
    c.addAll(listCases("messages", ms));
    // files
    c.add(upload("an upload without file", "purpose", "assistants", null, "file"));
    c.add(upload("an upload without purpose", null, null, "x.txt", "purpose"));
    c.add(upload("an upload for an unknown purpose", "purpose", "poems", "x.txt", "purpose"));
    c.add(upload("an upload with a filename field", "filename", "x.txt", "x.txt", NO_PARAM));
    c.add(post("an upload sent as JSON", "/files", "{\"purpose\":\"assistants\"}", NO_PARAM));
    c.add(post("an upload with two purposes", "/files", twoParts("purpose"), "purpose"));
    c.add(post("an upload with two files", "/files", twoParts("file"), "file"));
    c.add(
        post(
            "an upload with a nameless part",
            "/files",
            "--m\r\n\r\nassistants\r\n--m--\r\n",
            NO_PARAM));
    c.add(
        post(
            "an upload without its closing boundary",
            "/files",
            "--m\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nassistants\r\n",
            NO_PARAM));
    c.add(missing("get an unknown file", "GET", "/files/assistant-missing", null));
    c.add(missing("delete an unknown file", "DELETE", "/files/assistant-missing", null));
    c.add(
        missing("the content of an unknown file", "GET", "/files/assistant-missing/content", null));
    c.add(query("list files for an unknown purpose", "/files?purpose=poems", "purpose"));
    // vector stores
    String vs = "/vector_stores";
    c.add(
        post(
            "a vector store with an unknown field",
            vs,
            "{\"chunking_strategy\":{}}",
            "chunking_strategy"));
    c.add(
        missingRef(
            "a vector store of missing files",
            vs,
            "{\"file_ids\":[\"assistant-gone\"]}",
            "file_ids"));
    c.add(
        post(
            "an expiry of 0 days",
            vs,
            "{\"expires_after\":{\"anchor\":\"last_active_at\",\"days\":0}}",
            "expires_after.days"));
    c.add(
        post(
            "an expiry of 366 days",
            vs,
            "{\"expires_after\":{\"anchor\":\"last_active_at\",\"days\":366}}",
            "expires_after.days"));
    c.add(
        post(
            "an expiry anchored elsewhere",
            vs,
            "{\"expires_after\":{\"anchor\":\"created_at\",\"days\":1}}",
            "expires_after.anchor"));
    c.add(post("a number as a store name", vs, "{\"name\":1}", "name"));
    c.add(post("501 file ids", vs, "{\"file_ids\":[" + repeat("\"f\"", 501) + "]}", "file_ids"));
    c.add(missing("get an unknown vector store", "GET", vs + "/vs_missing", null));
    c.add(missing("modify an unknown vector store", "POST", vs + "/vs_missing", "{}"));
    c.add(missing("delete an unknown vector store", "DELETE", vs + "/vs_missing", null));
    c.addAll(listCases("vector stores", vs));
    // vector store files and batches
    String files = "/vector_stores/{vs}/files";
    c.add(post("a store file without file_id", files, "{}", "file_id"));
    c.add(
        missing(
            "a file for an unknown store",
            "POST",
            "/vector_stores/vs_missing/files",
            "{\"file_id\":\"f\"}"));
    c.add(
        missingRef(
            "a store file of a missing file",
            files,
            "{\"file_id\":\"assistant-missing\"}",
            "file_id"));
    c.add(query("store files of an unknown status", files + "?filter=done", "filter"));
    c.add(missing("get an unknown store file", "GET", files + "/assistant-missing", null));
    c.add(missing("delete an unknown store file", "DELETE", files + "/assistant-missing", null));
    String batches = "/vector_stores/{vs}/file_batches";
    c.add(post("an empty batch", batches, "{\"file_ids\":[]}", "file_ids"));
    c.add(
        post(
            "a batch of 501",
            batches,
            "{\"file_ids\":[" + repeat("\"f\"", 501) + "]}",
            "file_ids"));
    c.add(
        missingRef(
            "a batch with a missing file",
            batches,
            "{\"file_ids\":[\"assistant-missing\"]}",
            "file_ids"));
    c.add(missing("get an unknown batch", "GET", batches + "/vsfb_missing", null));
    c.add(missing("cancel an unknown batch", "POST", batches + "/vsfb_missing/cancel", null));
    c.add(
        query(
            "batch files of an unknown status", batches + "/{batch}/files?filter=done", "filter"));
    // runs and run steps
    String rs = "/threads/{thread}/runs";
    c.add(post("a run without assistant_id", rs, "{}", "assistant_id"));
    c.add(
        missing(
            "a run of an unknown assistant", "POST", rs, "{\"assistant_id\":\"asst_missing\"}"));
    c.add(
        missing(
            "a run on an unknown thread",
            "POST",
            "/threads/thread_missing/runs",
            "{\"assistant_id\":\"{asst}\"}"));
    c.add(
        post(
            "a run with thread_id in the body",
            rs,
            "{\"assistant_id\":\"{asst}\",\"thread_id\":\"{thread}\"}",
            "thread_id"));
    c.add(
        post(
            "a run with temperature 3",
            rs,
            "{\"assistant_id\":\"{asst}\",\"temperature\":3}",
            "temperature"));
    c.add(
        post(
            "a run with max_prompt_tokens 255",
            rs,
            "{\"assistant_id\":\"{asst}\",\"max_prompt_tokens\":255}",
            "max_prompt_tokens"));
    c.add(
        post(
            "a run with max_completion_tokens 0",
            rs,
            "{\"assistant_id\":\"{asst}\",\"max_completion_tokens\":0}",
            "max_completion_tokens"));
    c.add(
        post(
            "a run keeping 0 messages",
            rs,
            "{\"assistant_id\":\"{asst}\",\"truncation_strategy\":{\"type\":\"last_messages\",\"last_messages\":0}}",
            "truncation_strategy.last_messages"));
    c.add(
        post(
            "a run with an unknown truncation",
            rs,
            "{\"assistant_id\":\"{asst}\",\"truncation_strategy\":{\"type\":\"middle\"}}",
            "truncation_strategy.type"));
    c.add(
        post(
            "a run with 21 tools",
            rs,
            "{\"assistant_id\":\"{asst}\",\"tools\":["
                + repeat("{\"type\":\"code_interpreter\"}", 21)
                + "]}",
            "tools"));
    c.add(
        post(
            "a run with response_format none",
            rs,
            "{\"assistant_id\":\"{asst}\",\"response_format\":\"none\"}",
            "response_format"));
    c.add(
        post(
            "a thread and run with response_format none",
            "/threads/runs",
            "{\"assistant_id\":\"{asst}\",\"response_format\":\"none\"}",
            "response_format"));
    c.add(
        post(
            "a run with tool_choice required",
            rs,
            "{\"assistant_id\":\"{asst}\",\"tool_choice\":\"required\"}",
            "tool_choice"));
    c.add(
        post(
            "a run forcing a function without a name",
            rs,
            "{\"assistant_id\":\"{asst}\",\"tool_choice\":{\"type\":\"function\"}}",
            "tool_choice"));
    c.add(
        post(
            "a run forcing a missing tool",
            rs,
            "{\"assistant_id\":\"{asst}\",\"tool_choice\":{\"type\":\"file_search\"}}",
            "tool_choice"));
    c.add(
        post(
            "a run with a bad additional message",
            rs,
            "{\"assistant_id\":\"{asst}\",\"additional_messages\":[{\"role\":\"user\"}]}",
            "additional_messages[0].content"));
    c.add(post("a thread and run without assistant_id", "/threads/runs", "{}", "assistant_id"));
    c.add(
        post(
            "a thread and run with a bad thread",
            "/threads/runs",
            "{\"assistant_id\":\"{asst}\",\"thread\":{\"bogus\":1}}",
            "thread.bogus"));
    c.add(missing("get an unknown run", "GET", rs + "/run_missing", null));
    c.add(missing("modify an unknown run", "POST", rs + "/run_missing", "{}"));
    c.add(missing("cancel an unknown run", "POST", rs + "/run_missing/cancel", null));
    c.add(
        missing(
            "outputs for an unknown run",
            "POST",
            rs + "/run_missing/submit_tool_outputs",
            "{\"tool_outputs\":[]}"));
    c.add(
        post(
            "outputs without tool_outputs",
            rs + "/run_missing/submit_tool_outputs",
            "{}",
            "tool_outputs"));
    c.add(missing("the steps of an unknown run", "GET", rs + "/run_missing/steps", null));
    c.add(missing("an unknown step", "GET", rs + "/run_missing/steps/step_missing", null));
    c.addAll(listCases("runs", rs));
    return c;
  }

  @TestFactory
  Stream<DynamicTest> everyBadRequestGetsAnAzureShapedAnswerNamingTheField() {
    List<Case> cases = cases();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(100);
    Stream<DynamicTest> checks =
        cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    Stream<DynamicTest> gateway =
        Stream.of(
            DynamicTest.dynamicTest(
                "no api-version", () -> gateway(HTTP.get("/assistants"), 404, "404")),
            DynamicTest.dynamicTest(
                "an old api-version",
                () ->
                    gateway(
                        HTTP.get("/assistants?api-version=2024-02-15-preview"), 400, "BadRequest")),
            DynamicTest.dynamicTest(
                "a wrong key",
                () ->
                    gateway(
                        HTTP.send(
                            HTTP.request(v("/assistants")).setHeader("api-key", "wrong").GET()),
                        401,
                        "401")));
    return Stream.concat(
        Stream.concat(checks, gateway),
        Stream.of(
            DynamicTest.dynamicTest(
                "the emulator is healthy afterwards", NegativeInputMatrixTest::healthy)));
  }

  @Test
  void mediaTypeRefusalsNameTheHeaderAndWhatIsAccepted() {
    RawHttp.Reply plain =
        HTTP.send(
            HTTP.request(v("/assistants"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"m\"}")));
    RawHttp.Reply json = HTTP.post(v("/files"), "{\"purpose\":\"assistants\"}");
    RawHttp.Reply html = HTTP.send(HTTP.request(v("/assistants")).header("Accept", "text/html"));

    assertRefused(
        plain, "Unsupported Content-Type 'text/plain': this operation takes application/json.");
    assertRefused(
        json,
        "Unsupported Content-Type 'application/json': this operation takes multipart/form-data.");
    assertRefused(
        html,
        "The Accept header 'text/html' allows none of the media types this operation answers"
            + " with: application/json.");
  }

  @Test
  void multipartRefusalsNameTheProblem() {
    int stored = HTTP.get(v("/files")).json().path("data").size();
    RawHttp.Reply unclosed =
        upload("--m\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nassistants\r\n");
    RawHttp.Reply twice = upload(twoParts("purpose"));

    assertRefused(
        unclosed,
        "Could not parse the multipart/form-data body: Reached EOF, but there is no closing MIME"
            + " boundary.");
    assertRefused(twice, "The form has more than one 'purpose' part: send it once.");
    assertThat(HTTP.get(v("/files")).json().path("data").size()).as("nothing stored").isEqualTo(1);
  }

  private static RawHttp.Reply upload(String body) {
    return HTTP.send(
        HTTP.request(v("/files"))
            .header("Content-Type", "multipart/form-data; boundary=m")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private static void assertRefused(RawHttp.Reply reply, String message) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.raw().headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(reply.error().path("type").asText()).isEqualTo(INVALID);
    assertThat(reply.error().path("message").asText()).isEqualTo(message);
  }

  @Test
  void lengthsAreCountedInCharactersAsTheContractsMaxLengthCounts() {
    RawHttp.Reply assistant =
        HTTP.post(
            v("/assistants"),
            m(
                "\"name\":\""
                    + emoji(256)
                    + "\",\"metadata\":{\""
                    + emoji(64)
                    + "\":\""
                    + emoji(512)
                    + "\"}"));
    RawHttp.Reply message =
        HTTP.post(
            v("/threads/" + IDS.get("{thread}") + "/messages"),
            "{\"role\":\"user\",\"content\":\"" + emoji(256_000) + "\"}");
    RawHttp.Reply tooLong = HTTP.post(v("/assistants"), m("\"name\":\"" + emoji(257) + "\""));
    RawHttp.Reply valueTooLong =
        HTTP.post(v("/assistants"), m("\"metadata\":{\"k\":\"" + emoji(513) + "\"}"));

    assertThat(assistant.status()).as(assistant.body()).isEqualTo(200);
    assertThat(assistant.json().path("name").asText()).isEqualTo(emoji(256));
    assertThat(assistant.json().path("metadata").path(emoji(64)).asText()).isEqualTo(emoji(512));
    assertThat(message.status()).as(message.body()).isEqualTo(200);
    assertThat(tooLong.error().path("message").asText())
        .isEqualTo(
            "Invalid 'name': string too long. Expected a string with maximum length 256, but got a"
                + " string with length 257 instead.");
    assertThat(valueTooLong.error().path("message").asText())
        .contains("maximum length 512, but got a string with length 513");
  }

  private static void check(Case c) {
    String path = resolve(c.path());
    HttpRequest.Builder request = HTTP.request(v(path));
    if (c.body() == null) {
      request.method(c.method(), HttpRequest.BodyPublishers.noBody());
    } else if (c.body().startsWith("--")) {
      request
          .header("Content-Type", "multipart/form-data; boundary=m")
          .method(
              c.method(), HttpRequest.BodyPublishers.ofString(c.body(), StandardCharsets.UTF_8));
    } else {
      request
          .header("Content-Type", "application/json")
          .method(c.method(), HttpRequest.BodyPublishers.ofString(resolve(c.body())));
    }
    RawHttp.Reply reply = HTTP.send(request);
    JsonNode error = reply.error();
    assertThat(reply.status()).as(reply.body()).isEqualTo(c.status());
    assertThat(error.path("type").asText(null)).as(reply.body()).isEqualTo(INVALID);
    assertThat(error.path("param").isNull() ? null : error.path("param").asText())
        .as(reply.body())
        .isEqualTo(c.param());
    assertThat(error.path("message").asText()).isNotBlank();
    assertThat(error.has("code")).as("code is present, even when null").isTrue();
  }

  private static void gateway(RawHttp.Reply reply, int status, String code) {
    assertThat(reply.status()).isEqualTo(status);
    assertThat(reply.error().path("code").asText()).isEqualTo(code);
    assertThat(reply.error().has("type")).isFalse();
  }

  private static void healthy() {
    assertThat(HTTP.get(v("/assistants?limit=1")).status()).isEqualTo(200);
    assertThat(
            HTTP.post(v("/assistants"), "{\"model\":\"still-fine\"}").json().path("model").asText())
        .isEqualTo("still-fine");
  }

  private static List<Case> listCases(String what, String path) {
    return List.of(
        query("list " + what + " with limit 0", path + "?limit=0", "limit"),
        query("list " + what + " with limit 101", path + "?limit=101", "limit"),
        query("list " + what + " with limit abc", path + "?limit=abc", "limit"),
        query("list " + what + " in sideways order", path + "?order=sideways", "order"),
        query("list " + what + " after an unknown id", path + "?after=nope", "after"),
        query("list " + what + " before an unknown id", path + "?before=nope", "before"));
  }

  /** A POST refused with 400. */
  private static Case post(String name, String path, String body, String param) {
    return new Case(name, "POST", path, body, 400, param);
  }

  /** A GET whose query is refused with 400. */
  private static Case query(String name, String pathAndQuery, String param) {
    return new Case(name, "GET", pathAndQuery, null, 400, param);
  }

  /** A request aimed at something that does not exist: 404 naming no field. */
  private static Case missing(String name, String method, String path, String body) {
    return new Case(name, method, path, body, 404, NO_PARAM);
  }

  /** A POST whose body refers to something that does not exist: 404 naming the field. */
  private static Case missingRef(String name, String path, String body, String param) {
    return new Case(name, "POST", path, body, 404, param);
  }

  private static Case upload(
      String name, String field, String value, String filename, String param) {
    StringBuilder body = new StringBuilder();
    if (field != null) {
      body.append("--m\r\nContent-Disposition: form-data; name=\"")
          .append(field)
          .append("\"\r\n\r\n")
          .append(value)
          .append("\r\n");
    }
    if (filename != null) {
      body.append("--m\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
          .append(filename)
          .append("\"\r\n\r\nhello\r\n");
      if (!"purpose".equals(field) && field != null) {
        body.append(
            "--m\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nassistants\r\n");
      }
    }
    body.append("--m--\r\n");
    return new Case(name, "POST", "/files", body.toString(), 400, param);
  }

  /** An upload whose {@code twice} part comes twice (both values valid). */
  private static String twoParts(String twice) {
    String purpose =
        "--m\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nassistants\r\n";
    String file =
        "--m\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.txt\"\r\n\r\nhi\r\n";
    return purpose + file + (twice.equals("file") ? file : purpose) + "--m--\r\n";
  }

  private static String m(String fields) {
    return "{\"model\":\"m\"," + fields + "}";
  }

  private static String fn(String function) {
    return "\"tools\":[{\"type\":\"function\",\"function\":{" + function + "}}]";
  }

  /** {@code count} characters outside the BMP: each is two UTF-16 units, one character. */
  private static String emoji(int count) {
    return "\uD83D\uDE00".repeat(count);
  }

  private static String repeat(String item, int times) {
    return String.join(",", IntStream.range(0, times).mapToObj(i -> item).toList());
  }

  private static String metadata(int pairs) {
    return "{"
        + String.join(",", IntStream.range(0, pairs).mapToObj(i -> "\"k" + i + "\":\"v\"").toList())
        + "}";
  }

  private static String resolve(String text) {
    String resolved = text;
    for (Map.Entry<String, String> id : IDS.entrySet()) {
      resolved = resolved.replace(id.getKey(), id.getValue());
    }
    return resolved;
  }

  private static String v(String path) {
    return RawHttp.withVersion(path);
  }

  private static String uploadedFile() {
    try {
      return Apis.of(EMULATOR).upload("batch.txt", "in a batch");
    } catch (Exception e) {
      throw new IllegalStateException("could not upload the batch's file", e);
    }
  }

  private static String id(RawHttp.Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().path("id").asText();
  }
}
