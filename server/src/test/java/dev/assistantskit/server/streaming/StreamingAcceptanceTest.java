package dev.assistantskit.server.streaming;

import static dev.assistantskit.server.testing.Apis.V;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assistantskit.client.model.MessageObject;
import dev.assistantskit.client.model.RunObject;
import dev.assistantskit.client.model.RunStatus;
import dev.assistantskit.client.model.RunStepObject;
import dev.assistantskit.server.testing.EmulatorExtension;
import dev.assistantskit.server.testing.RawHttp;
import dev.assistantskit.server.testing.Runs;
import dev.assistantskit.server.testing.Sse;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Runs sent as server-sent events: order, deltas, the requires_action split, the error event. */
@Timeout(120)
class StreamingAcceptanceTest {
  @RegisterExtension static final EmulatorExtension EMULATOR = new EmulatorExtension();

  private final Runs runs = Runs.of(EMULATOR);
  private final RawHttp http = EMULATOR.http();

  private List<Sse.Event> stream(String path, String json) {
    try (Sse sse = Sse.open(http, RawHttp.withVersion(path), json)) {
      assertThat(sse.response().statusCode()).isEqualTo(200);
      assertThat(sse.response().headers().firstValue("Content-Type")).hasValue("text/event-stream");
      return sse.all();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<String> names(List<Sse.Event> events) {
    return events.stream().map(Sse.Event::name).toList();
  }

  @Test
  void aStreamedThreadAndRunSendsTheDocumentedEventsInOrder() throws Exception {
    String assistant = runs.codeAssistant();

    List<Sse.Event> events =
        stream(
            "/threads/runs",
            "{\"assistant_id\":\""
                + assistant
                + "\",\"stream\":true,\"thread\":{\"messages\":[{\"role\":\"user\",\"content\":\"Create a visualization of a sinewave\"}]}}");

    List<String> distinct = names(events).stream().distinct().toList();
    assertThat(distinct)
        .containsExactly(
            "thread.created",
            "thread.run.created",
            "thread.run.queued",
            "thread.run.in_progress",
            "thread.run.step.created",
            "thread.run.step.in_progress",
            "thread.run.step.delta",
            "thread.run.step.completed",
            "thread.message.created",
            "thread.message.in_progress",
            "thread.message.delta",
            "thread.message.completed",
            "thread.run.completed",
            "done");
    assertThat(names(events).subList(names(events).size() - 3, names(events).size()))
        .containsExactly("thread.run.step.completed", "thread.run.completed", "done");
    assertThat(events.stream().filter(e -> e.name().equals("thread.message.delta")).count())
        .isGreaterThan(3);
    String thread = events.get(0).json().get("id").asText();
    assertThat(events.get(1).json().get("thread_id").asText()).isEqualTo(thread);
  }

  @Test
  void theDeltasRebuildTheMessageAndTheStep() throws Exception {
    String assistant = runs.codeAssistant();
    String thread = runs.thread("plot sin(x) please");

    List<Sse.Event> events =
        stream(
            "/threads/" + thread + "/runs",
            "{\"assistant_id\":\"" + assistant + "\",\"stream\":true}");

    TreeMap<Integer, StringBuilder> texts = new TreeMap<>();
    String image = null;
    StringBuilder input = new StringBuilder();
    String outputImage = null;
    for (Sse.Event event : events) {
      if (event.name().equals("thread.message.delta")) {
        for (JsonNode part : event.json().at("/delta/content")) {
          if (part.get("type").asText().equals("text")) {
            texts
                .computeIfAbsent(part.get("index").asInt(), i -> new StringBuilder())
                .append(part.at("/text/value").asText());
          } else {
            image = part.at("/image_file/file_id").asText();
          }
        }
      }
      if (event.name().equals("thread.run.step.delta")) {
        JsonNode code = event.json().at("/delta/step_details/tool_calls/0/code_interpreter");
        input.append(code.path("input").asText(""));
        if (code.has("outputs")) {
          outputImage = code.at("/outputs/0/image/file_id").asText();
        }
      }
    }
    MessageObject message = runs.messages(thread).getData().get(0);
    RunObject run = runs.api().runs().listRuns(thread, V, 1, null, null, null).getData().get(0);
    RunStepObject step =
        runs.api()
            .runSteps()
            .listRunSteps(thread, run.getId(), V, null, "asc", null, null)
            .getData()
            .get(0);
    var code =
        step.getStepDetails()
            .getRunStepDetailsToolCallsObject()
            .getToolCalls()
            .get(0)
            .getRunStepDetailsToolCallsCodeObject()
            .getCodeInterpreter();
    assertThat(image)
        .isEqualTo(
            message
                .getContent()
                .get(0)
                .getMessageContentImageFileObject()
                .getImageFile()
                .getFileId());
    assertThat(texts.get(1).toString())
        .isEqualTo(message.getContent().get(1).getMessageContentTextObject().getText().getValue());
    assertThat(input.toString()).isEqualTo(code.getInput());
    assertThat(outputImage)
        .isEqualTo(
            code.getOutputs()
                .get(0)
                .getRunStepDetailsToolCallsCodeOutputImageObject()
                .getImage()
                .getFileId());
  }

  @Test
  void aStreamEndsAtRequiresActionAndTheOutputsContinueTheRunInANewStream() throws Exception {
    String assistant = runs.weatherAssistant();
    String thread = runs.thread("What's the weather in Paris?");

    List<Sse.Event> first =
        stream(
            "/threads/" + thread + "/runs",
            "{\"assistant_id\":\"" + assistant + "\",\"stream\":true}");

    assertThat(names(first).subList(names(first).size() - 2, names(first).size()))
        .containsExactly("thread.run.requires_action", "done");
    JsonNode waiting = first.get(first.size() - 2).json();
    String run = waiting.get("id").asText();
    String call = waiting.at("/required_action/submit_tool_outputs/tool_calls/0/id").asText();
    StringBuilder arguments = new StringBuilder();
    first.stream()
        .filter(e -> e.name().equals("thread.run.step.delta"))
        .forEach(
            e ->
                arguments.append(
                    e.json().at("/delta/step_details/tool_calls/0/function/arguments").asText("")));
    assertThat(arguments.toString())
        .isEqualTo(
            waiting
                .at("/required_action/submit_tool_outputs/tool_calls/0/function/arguments")
                .asText());
    assertThat(runs.api().runs().getRun(thread, run, V).getStatus())
        .isEqualTo(RunStatus.REQUIRES_ACTION);

    List<Sse.Event> second =
        stream(
            "/threads/" + thread + "/runs/" + run + "/submit_tool_outputs",
            "{\"stream\":true,\"tool_outputs\":[{\"tool_call_id\":\""
                + call
                + "\",\"output\":\"22°C and sunny\"}]}");

    assertThat(names(second))
        .startsWith("thread.run.step.completed", "thread.run.queued", "thread.run.in_progress")
        .contains("thread.message.delta")
        .endsWith("thread.run.completed", "done");
    StringBuilder answer = new StringBuilder();
    second.stream()
        .filter(e -> e.name().equals("thread.message.delta"))
        .forEach(e -> answer.append(e.json().at("/delta/content/0/text/value").asText("")));
    assertThat(answer.toString()).contains("22°C and sunny");
  }

  @Test
  void anInjectedFaultBreaksTheStreamWithAnErrorEventButNotTheRun() throws Exception {
    String assistant = runs.codeAssistant();
    String thread = runs.thread("hello");
    EMULATOR
        .server()
        .emulator()
        .faults()
        .add(
            new dev.assistantskit.server.control.FaultDefinition(
                "POST", "/threads/.*/runs", null, null, null, 1, 3));

    List<Sse.Event> events =
        stream(
            "/threads/" + thread + "/runs",
            "{\"assistant_id\":\"" + assistant + "\",\"stream\":true}");

    assertThat(names(events))
        .containsExactly(
            "thread.run.created", "thread.run.queued", "thread.run.in_progress", "error");
    assertThat(events.get(3).data())
        .isEqualTo(
            "{\"code\":\"server_error\",\"message\":\"The stream was interrupted by a fault"
                + " injected through the emulator's control plane.\",\"param\":null,"
                + "\"type\":\"server_error\"}");
    String run = events.get(0).json().get("id").asText();
    assertThat(runs.awaitEnd(runs.api().runs().getRun(thread, run, V)).getStatus())
        .isEqualTo(RunStatus.COMPLETED);
  }

  @Test
  void theThreadLockHoldsForStreamedRunsAndIsAnsweredInJson() throws Exception {
    String assistant = runs.weatherAssistant();
    String thread = runs.thread("Weather in Paris?");
    List<Sse.Event> first =
        stream(
            "/threads/" + thread + "/runs",
            "{\"assistant_id\":\"" + assistant + "\",\"stream\":true}");
    String run = first.get(0).json().get("id").asText();

    RawHttp.Reply second =
        http.post(
            RawHttp.withVersion("/threads/" + thread + "/runs"),
            "{\"assistant_id\":\"" + assistant + "\",\"stream\":true}");

    assertThat(second.status()).isEqualTo(400);
    assertThat(second.raw().headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(second.error().get("message").asText())
        .isEqualTo("Thread " + thread + " already has an active run " + run + ".");
  }
}
