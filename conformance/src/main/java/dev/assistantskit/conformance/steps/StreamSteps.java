package dev.assistantskit.conformance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assistantskit.client.model.CreateRunRequest;
import dev.assistantskit.client.model.SubmitToolOutputsRunRequest;
import dev.assistantskit.client.stream.AssistantStream;
import dev.assistantskit.client.stream.AssistantStreamEvent;
import dev.assistantskit.client.stream.DeltaAccumulator;
import dev.assistantskit.client.stream.EventType;
import dev.assistantskit.client.stream.MessageDeltaAccumulator;
import dev.assistantskit.client.stream.RunStepDeltaAccumulator;
import dev.assistantskit.conformance.Kind;
import dev.assistantskit.conformance.Streamed;
import dev.assistantskit.conformance.World;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Streamed runs ({@code "stream": true}), read with the client's {@link AssistantStream}: the
 * events, their order, what their deltas add up to, and how a stream ends. Every event has been
 * checked against the contract before a step sees it.
 */
public final class StreamSteps {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final World world;
  private final Runs runs;

  public StreamSteps(World world, Runs runs) {
    this.world = world;
    this.runs = runs;
  }

  @When("I stream the run {string} of the assistant {string} on the thread {string}")
  public void stream(String run, String assistant, String thread) {
    read(open(thread, assistant, UnaryOperator.identity()), run, null, Streamed::readAll);
  }

  @When(
      "I stream the run {string} of the assistant {string} on the thread {string}, forcing the function {string}")
  public void streamForcing(String run, String assistant, String thread, String function) {
    read(open(thread, assistant, Runs.forcing(function)), run, null, Streamed::readAll);
  }

  @When(
      "I start streaming the run {string} of the assistant {string} on the thread {string} and read until it is in progress")
  public void streamUntilInProgress(String run, String assistant, String thread) {
    read(
        open(thread, assistant, UnaryOperator.identity()),
        run,
        null,
        streamed ->
            streamed.readUntil(
                event -> event.type() == EventType.THREAD_RUN_IN_PROGRESS,
                "the run " + run + " was in progress"));
  }

  @When("I read the rest of the stream")
  public void readRest() {
    read(world.streamed(), null, null, Streamed::readAll);
  }

  @When(
      "I stream a new thread {string} saying {string} and its run {string} with the assistant {string}")
  public void streamThreadAndRun(String thread, String text, String run, String assistant) {
    var request = ThreadAndRunSteps.saying(world.id(Kind.ASSISTANT, assistant), text);
    read(opened(() -> world.client().streamThreadAndRun(request)), run, thread, Streamed::readAll);
  }

  @When("I submit the output {string} for the calls of the run {string} and stream the rest")
  public void submitAndStream(String output, String run) {
    SubmitToolOutputsRunRequest request = runs.outputsFor(run, output);
    String id = runs.id(run);
    String threadId = runs.threadOf(run);
    read(
        opened(() -> world.client().streamToolOutputs(threadId, id, request)),
        null,
        null,
        Streamed::readAll);
  }

  private Streamed open(String thread, String assistant, UnaryOperator<CreateRunRequest> options) {
    String threadId = world.id(Kind.THREAD, thread);
    CreateRunRequest request = runs.request(assistant, options);
    return opened(() -> world.client().streamRun(threadId, request));
  }

  private Streamed opened(Supplier<AssistantStream> open) {
    return world.stream(world.call(open::get));
  }

  /**
   * Reads the stream, then names and registers for the clean-up the thread and run its events are
   * about, even when reading failed part of the way.
   */
  private void read(Streamed streamed, String run, String thread, Consumer<Streamed> reading) {
    try {
      reading.accept(streamed);
    } finally {
      for (AssistantStreamEvent event : streamed.received()) {
        if (event instanceof AssistantStreamEvent.ThreadCreated created && thread != null) {
          world.created(Kind.THREAD, created.data().getId());
          world.remember(Kind.THREAD, thread, created.data().getId());
        } else if (event instanceof AssistantStreamEvent.RunEvent runEvent) {
          String runId = runEvent.data().getId();
          String threadId = runEvent.data().getThreadId();
          if (run != null && world.nameOf(runId).isEmpty()) {
            runs.keep(run, threadId, runId);
          } else {
            world.createdRun(threadId, runId);
          }
        }
      }
    }
  }

  private List<String> names() {
    return world.streamed().names();
  }

  @Then("the stream sent, in this order:")
  public void sentInOrder(List<String> expected) {
    assertThat(collapsed(names()))
        .as("the events of the stream, each run of deltas shown once: %s", names())
        .containsExactlyElementsOf(expected);
  }

  @Then("the stream sent, among others and in this order:")
  public void sentAmongOthers(List<String> expected) {
    Iterator<String> sent = names().iterator();
    for (String wanted : expected) {
      boolean found = false;
      while (!found && sent.hasNext()) {
        found = sent.next().equals(wanted);
      }
      assertThat(found).as("the stream sent %s, in this order, in %s", expected, names()).isTrue();
    }
  }

  /** Consecutive deltas shown once: how many a target sends is its own business. */
  private static List<String> collapsed(List<String> names) {
    List<String> collapsed = new ArrayList<>();
    for (String name : names) {
      boolean repeatedDelta =
          name.endsWith(".delta")
              && !collapsed.isEmpty()
              && collapsed.get(collapsed.size() - 1).equals(name);
      if (!repeatedDelta) {
        collapsed.add(name);
      }
    }
    return collapsed;
  }

  @Then("the stream ended with {string} and the data {string}")
  public void endedWith(String event, String data) {
    List<AssistantStreamEvent> received = world.streamed().received();
    assertThat(received).as("the events of the stream").isNotEmpty();
    AssistantStreamEvent last = received.get(received.size() - 1);
    assertThat(last.event()).as("the last event of %s", names()).isEqualTo(event);
    assertThat(last.rawData()).as("the data of the last event").isEqualTo(data);
  }

  @Then("the stream ended with an error event that says what went wrong")
  public void endedWithError() {
    List<AssistantStreamEvent> received = world.streamed().received();
    AssistantStreamEvent last = received.get(received.size() - 1);
    assertThat(last.event()).as("the last event of %s", names()).isEqualTo("error");
    JsonNode error = read(last.rawData());
    assertThat(error.path("message").asText()).as("message of %s", error).isNotBlank();
  }

  @Then("every event of the stream is about the run {string} of the thread {string}")
  public void aboutTheRun(String run, String thread) {
    String runId = runs.id(run);
    String threadId = world.id(Kind.THREAD, thread);
    List<String> objects = new ArrayList<>();
    for (AssistantStreamEvent event : world.streamed().received()) {
      JsonNode data = event instanceof AssistantStreamEvent.Done ? null : read(event.rawData());
      if (event instanceof AssistantStreamEvent.ThreadCreated) {
        AnswerSteps.assertText(data, "id", threadId);
      } else if (event instanceof AssistantStreamEvent.RunEvent) {
        AnswerSteps.assertText(data, "id", runId);
        AnswerSteps.assertText(data, "thread_id", threadId);
      } else if (event instanceof AssistantStreamEvent.RunStepEvent
          || event instanceof AssistantStreamEvent.MessageEvent) {
        AnswerSteps.assertText(data, "run_id", runId);
        AnswerSteps.assertText(data, "thread_id", threadId);
        objects.add(data.path("id").asText());
      } else if (event instanceof AssistantStreamEvent.RunStepDeltaEvent
          || event instanceof AssistantStreamEvent.MessageDeltaEvent) {
        assertThat(objects)
            .as("the steps and messages %s is about", event.event())
            .contains(data.path("id").asText());
      }
    }
  }

  @When("I retrieve the message the stream completed")
  public void retrieveCompletedMessage() {
    JsonNode message = last(EventType.THREAD_MESSAGE_COMPLETED, completed -> true);
    String threadId = message.path("thread_id").asText();
    String id = message.path("id").asText();
    world.call(() -> world.client().messages().getMessage(threadId, id, world.apiVersion()));
  }

  @Then("the deltas of the streamed message add up to it")
  public void messageDeltasAddUp() {
    JsonNode message = world.answer();
    MessageDeltaAccumulator deltas =
        accumulated()
            .message(message.path("id").asText())
            .orElseThrow(() -> new AssertionError("the stream sent no delta of " + message));
    assertThat(parts(tree(deltas.content())))
        .as("the content the deltas add up to, against %s", message)
        .isEqualTo(parts(message.path("content")));
  }

  /** Each content part as its type and value: the text, or the image's file id. */
  private static List<String> parts(JsonNode content) {
    List<String> parts = new ArrayList<>();
    content.forEach(
        part ->
            parts.add(
                part.path("type").asText()
                    + ": "
                    + (part.has("text")
                        ? part.path("text").path("value").asText()
                        : part.path("image_file").path("file_id").asText())));
    return parts;
  }

  @When("I retrieve the tool calls step the stream created")
  public void retrieveToolCallsStep() {
    JsonNode step =
        last(
            EventType.THREAD_RUN_STEP_CREATED,
            created -> created.path("type").asText().equals("tool_calls"));
    String threadId = step.path("thread_id").asText();
    String runId = step.path("run_id").asText();
    String id = step.path("id").asText();
    world.call(() -> world.client().runSteps().getRunStep(threadId, runId, id, world.apiVersion()));
  }

  @Then("the deltas of the streamed step rebuild its tool calls")
  public void stepDeltasRebuild() {
    JsonNode step = world.answer();
    RunStepDeltaAccumulator deltas =
        accumulated()
            .step(step.path("id").asText())
            .orElseThrow(() -> new AssertionError("the stream sent no delta of " + step));
    assertThat(withoutNulls(tree(deltas.toolCalls())))
        .as("the tool calls the deltas rebuild, against %s", step)
        .isEqualTo(withoutNulls(step.path("step_details").path("tool_calls")));
  }

  private DeltaAccumulator accumulated() {
    DeltaAccumulator deltas = new DeltaAccumulator();
    world.streamed().received().forEach(deltas::accept);
    return deltas;
  }

  /** The data of the last event of this type in the stream whose data {@code wanted} accepts. */
  private JsonNode last(EventType type, Predicate<JsonNode> wanted) {
    List<AssistantStreamEvent> received = world.streamed().received();
    for (int i = received.size() - 1; i >= 0; i--) {
      if (received.get(i).type() == type && wanted.test(read(received.get(i).rawData()))) {
        return read(received.get(i).rawData());
      }
    }
    throw new AssertionError("the stream sent no such " + type.wireName() + ": " + names());
  }

  /** A generated model object as the client would send it. */
  private JsonNode tree(Object value) {
    return world.client().apiClient().getObjectMapper().valueToTree(value);
  }

  /** The same JSON without its null fields: absent and null mean the same in a delta. */
  private static JsonNode withoutNulls(JsonNode node) {
    if (node instanceof ObjectNode object) {
      ObjectNode copy = JSON.createObjectNode();
      object
          .properties()
          .forEach(
              e -> {
                if (!e.getValue().isNull()) {
                  copy.set(e.getKey(), withoutNulls(e.getValue()));
                }
              });
      return copy;
    }
    if (node instanceof ArrayNode array) {
      ArrayNode copy = JSON.createArrayNode();
      array.forEach(item -> copy.add(withoutNulls(item)));
      return copy;
    }
    return node;
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
