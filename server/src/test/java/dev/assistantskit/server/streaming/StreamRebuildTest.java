package dev.assistantskit.server.streaming;

import static dev.assistantskit.server.testing.Apis.V;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assistantskit.client.model.MessageObject;
import dev.assistantskit.client.model.RunObject;
import dev.assistantskit.client.model.RunStatus;
import dev.assistantskit.server.testing.EmulatorExtension;
import dev.assistantskit.server.testing.RawHttp;
import dev.assistantskit.server.testing.Rebuilt;
import dev.assistantskit.server.testing.Runs;
import dev.assistantskit.server.testing.Sse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A stream client keeps each step and message as its {@code created} event showed it and merges the
 * deltas in: at the end it must hold exactly what the final event and a GET show — however the run
 * ended, and without a tool call or a piece of text counted twice.
 */
@Timeout(120)
class StreamRebuildTest {
  @RegisterExtension static final EmulatorExtension EMULATOR = new EmulatorExtension();

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SLOW_ANSWER = "The quick brown fox jumps over the lazy dog";

  private final Runs runs = Runs.of(EMULATOR);
  private final RawHttp http = EMULATOR.http();

  @Test
  void theCodeInterpreterStepAndTheMessageRebuildToTheirCompletedEvents() throws Exception {
    String thread = runs.thread("plot sin(x) please");

    List<Sse.Event> events = stream(thread, "{\"assistant_id\":\"" + runs.codeAssistant() + "\"");

    // the first step is the code interpreter's
    JsonNode completed = first(events, "thread.run.step.completed");
    String stepId = completed.get("id").asText();
    assertThat(Rebuilt.step(events, stepId).get("step_details"))
        .isEqualTo(completed.get("step_details"));
    assertThat(polledStep(thread, completed).get("step_details"))
        .isEqualTo(completed.get("step_details"));
    // it opens with no calls: the deltas bring them
    assertThat(first(events, "thread.run.step.created").at("/step_details/tool_calls")).isEmpty();
    assertThat(first(events, "thread.run.step.in_progress").at("/step_details/tool_calls"))
        .isEmpty();
    JsonNode call = completed.at("/step_details/tool_calls/0");
    assertThat(call.get("type").asText()).isEqualTo("code_interpreter");
    assertThat(call.at("/code_interpreter/input").asText()).contains("np.sin");
    assertThat(call.at("/code_interpreter/outputs/0/type").asText()).isEqualTo("image");

    JsonNode message = Rebuilt.only(events, "thread.message.completed");
    JsonNode rebuilt = Rebuilt.message(events, message.get("id").asText());
    assertThat(rebuilt.get("content")).isEqualTo(Rebuilt.content(message));
    assertThat(rebuilt.get("content")).isEqualTo(Rebuilt.content(polled(thread, message)));
    assertThat(rebuilt.at("/content/0/type").asText()).isEqualTo("image_file");
    assertThat(rebuilt.at("/content/1/text/value").asText()).isNotEmpty();
  }

  @Test
  void theFunctionCallsRebuildToTheRequiredActionAndAGetShowsThemWithoutOutputs() throws Exception {
    String assistant = runs.weatherAssistant();
    String thread = runs.thread("What is the weather in Paris and in Tokyo?");

    List<Sse.Event> events =
        stream(
            thread,
            "{\"assistant_id\":\""
                + assistant
                + "\",\"tool_choice\":{\"type\":\"function\",\"function\":{\"name\":\"get_weather\"}}");

    JsonNode created = Rebuilt.only(events, "thread.run.step.created");
    JsonNode rebuilt = Rebuilt.step(events, created.get("id").asText());
    JsonNode required =
        Rebuilt.only(events, "thread.run.requires_action")
            .at("/required_action/submit_tool_outputs/tool_calls");
    assertThat(required).hasSize(2);
    assertThat(rebuilt.at("/step_details/tool_calls")).isEqualTo(required);
    assertThat(created.at("/step_details/tool_calls")).isEmpty();
    assertThat(Rebuilt.only(events, "thread.run.step.in_progress").at("/step_details/tool_calls"))
        .isEmpty();
    List<String> cities = new ArrayList<>();
    for (JsonNode call : required) {
      cities.add(JSON.readTree(call.at("/function/arguments").asText()).get("city").asText());
    }
    assertThat(cities).containsExactly("Paris", "Tokyo");

    JsonNode stored = polledStep(thread, created);
    assertThat(stored.get("status").asText()).isEqualTo("in_progress");
    JsonNode storedCalls = stored.at("/step_details/tool_calls");
    assertThat(storedCalls).hasSize(2);
    for (int i = 0; i < 2; i++) {
      JsonNode call = storedCalls.get(i);
      assertThat(call.at("/function/output").isNull()).as("output of call " + i).isTrue();
      assertThat(call.get("id")).isEqualTo(required.get(i).get("id"));
      assertThat(call.at("/function/name")).isEqualTo(required.get(i).at("/function/name"));
      assertThat(call.at("/function/arguments"))
          .isEqualTo(required.get(i).at("/function/arguments"));
    }
  }

  @Test
  void aMessageCutByMaxCompletionTokensStreamsOnlyWhatItKeeps() throws Exception {
    String question = "Tell me everything about " + "waves, ".repeat(400);
    String assistant = runs.codeAssistant();
    String streamedThread = runs.thread(question);

    List<Sse.Event> events =
        stream(
            streamedThread,
            "{\"assistant_id\":\"" + assistant + "\",\"max_completion_tokens\":256");

    assertThat(events.get(events.size() - 2).name()).isEqualTo("thread.run.incomplete");
    JsonNode message = Rebuilt.only(events, "thread.message.incomplete");
    assertThat(message.at("/incomplete_details/reason").asText()).isEqualTo("max_tokens");
    JsonNode rebuilt = Rebuilt.message(events, message.get("id").asText());
    assertThat(rebuilt.get("content")).isEqualTo(Rebuilt.content(message));
    assertThat(rebuilt.get("content")).isEqualTo(Rebuilt.content(polled(streamedThread, message)));
    String kept = rebuilt.at("/content/0/text/value").asText();
    assertThat(new dev.assistantskit.server.backend.scripted.Tokenizer().count(kept))
        .isEqualTo(256);

    // the same question asked by a polled run gets the very same message
    String polledThread = runs.thread(question);
    RunObject polledRun =
        runs.awaitEnd(
            runs.api()
                .runs()
                .createRun(
                    polledThread,
                    V,
                    new dev.assistantskit.client.model.CreateRunRequest()
                        .assistantId(assistant)
                        .maxCompletionTokens(256)));
    assertThat(polledRun.getStatus()).isEqualTo(RunStatus.INCOMPLETE);
    assertThat(runs.newestText(polledThread)).isEqualTo(kept);
  }

  @Test
  void aRunCancelledWhileItsAnswerIsHalfWrittenKeepsExactlyTheStreamedHalf() throws Exception {
    String thread = runs.thread("write slowly");
    runs.script(thread, 0, 0, 20_000, Runs.reply(SLOW_ANSWER));
    List<Sse.Event> events = new ArrayList<>();
    try (Sse sse =
        Sse.open(
            http,
            RawHttp.withVersion("/threads/" + thread + "/runs"),
            "{\"assistant_id\":\"" + runs.codeAssistant() + "\",\"stream\":true}")) {
      for (Sse.Event event = sse.next(); event != null; event = sse.next()) {
        events.add(event);
        if (event.name().equals("thread.message.delta")) {
          break;
        }
      }
      String runId = events.get(0).json().get("id").asText();
      String messageId = Rebuilt.only(events, "thread.message.created").get("id").asText();
      MessageObject writing = runs.api().messages().getMessage(thread, messageId, V);
      assertThat(writing.getStatus()).isEqualTo(MessageObject.StatusEnum.IN_PROGRESS);
      assertThat(Runs.firstText(writing)).isEqualTo("The quick brown fox");

      runs.api().runs().cancelRun(thread, runId, V);
      events.addAll(sse.all());
    }

    assertThat(events.get(events.size() - 2).name()).isEqualTo("thread.run.cancelled");
    JsonNode message = Rebuilt.only(events, "thread.message.incomplete");
    assertThat(message.at("/incomplete_details/reason").asText()).isEqualTo("run_cancelled");
    JsonNode rebuilt = Rebuilt.message(events, message.get("id").asText());
    assertThat(rebuilt.get("content")).isEqualTo(Rebuilt.content(message));
    assertThat(rebuilt.get("content")).isEqualTo(Rebuilt.content(polled(thread, message)));
    assertThat(rebuilt.at("/content/0/text/value").asText()).isEqualTo("The quick brown fox");
    assertThat(events).noneMatch(e -> e.name().equals("thread.message.completed"));
  }

  /** Streams a run of the thread; {@code body} is the request without its closing brace. */
  private List<Sse.Event> stream(String thread, String body) {
    try (Sse sse =
        Sse.open(
            http,
            RawHttp.withVersion("/threads/" + thread + "/runs"),
            body + ",\"stream\":true}")) {
      assertThat(sse.response().statusCode()).isEqualTo(200);
      return sse.all();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode first(List<Sse.Event> events, String name) {
    return events.stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + name))
        .json();
  }

  /** The step as a GET returns it now. */
  private JsonNode polledStep(String thread, JsonNode step) {
    return http.get(
            RawHttp.withVersion(
                "/threads/"
                    + thread
                    + "/runs/"
                    + step.get("run_id").asText()
                    + "/steps/"
                    + step.get("id").asText()))
        .json();
  }

  /** The message as a GET returns it now. */
  private JsonNode polled(String thread, JsonNode message) {
    return http.get(
            RawHttp.withVersion("/threads/" + thread + "/messages/" + message.get("id").asText()))
        .json();
  }
}
