package dev.assistantskit.conformance.steps;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assistantskit.client.model.CreateMessageRequest;
import dev.assistantskit.client.model.CreateRunRequest;
import dev.assistantskit.client.model.ModifyRunRequest;
import dev.assistantskit.client.model.SubmitToolOutputsRunRequest;
import dev.assistantskit.client.model.ToolOutput;
import dev.assistantskit.conformance.Kind;
import dev.assistantskit.conformance.World;
import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/** Starting, waiting for, listing, changing, cancelling and answering runs. */
public final class RunSteps {
  private static final UnaryOperator<CreateRunRequest> AS_IS = UnaryOperator.identity();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final World world;
  private final Runs runs;
  private final MessageSteps messages;

  public RunSteps(World world, Runs runs, MessageSteps messages) {
    this.world = world;
    this.runs = runs;
    this.messages = messages;
  }

  private String v() {
    return world.apiVersion();
  }

  @When("I start the run {string} of the assistant {string} on the thread {string}")
  public void start(String run, String assistant, String thread) {
    runs.start(run, assistant, thread, AS_IS);
  }

  @When(
      "I start the run {string} of the assistant {string} on the thread {string}, forcing the function {string}")
  public void startForcing(String run, String assistant, String thread, String function) {
    runs.start(run, assistant, thread, Runs.forcing(function));
  }

  @When(
      "I start the run {string} of the assistant {string} on the thread {string}, using no tools, with at most {int} completion tokens")
  public void startWithBudget(String run, String assistant, String thread, int tokens) {
    runs.start(run, assistant, thread, r -> Runs.usingNoTools(r).maxCompletionTokens(tokens));
  }

  @When(
      "I start the run {string} of the assistant {string} on the thread {string} with the instructions {string}")
  public void startWithInstructions(
      String run, String assistant, String thread, String instructions) {
    runs.start(run, assistant, thread, r -> r.instructions(instructions));
  }

  @When(
      "I start the run {string} of the assistant {string} on the thread {string} with the additional instructions {string}")
  public void startWithAdditionalInstructions(
      String run, String assistant, String thread, String instructions) {
    runs.start(run, assistant, thread, r -> r.additionalInstructions(instructions));
  }

  @When(
      "I start the run {string} of the assistant {string} on the thread {string} adding the message {string}")
  public void startAddingMessage(String run, String assistant, String thread, String text) {
    CreateMessageRequest message =
        new CreateMessageRequest().role(CreateMessageRequest.RoleEnum.USER).content(text);
    runs.start(run, assistant, thread, r -> r.addAdditionalMessagesItem(message));
  }

  @When(
      "I start the run {string} of the assistant {string} on the thread {string} with the metadata {string} = {string}")
  public void startWithMetadata(
      String run, String assistant, String thread, String key, String value) {
    runs.start(run, assistant, thread, r -> r.metadata(Map.of(key, value)));
  }

  @Given("the run {string} of the assistant {string} has answered {string} in the thread {string}")
  public void answered(String run, String assistant, String text, String thread) {
    messages.says("user", text, thread);
    start(run, assistant, thread);
    runs.settlesAs(run, "completed");
  }

  @Given("the runs {names} of the assistant {string} have answered {string} in the thread {string}")
  public void allAnswered(List<String> names, String assistant, String text, String thread) {
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        world.nextSecond();
      }
      answered(names.get(i), assistant, text, thread);
    }
  }

  @Given(
      "the run {string} of the assistant {string} on the thread {string}, using no tools, has completed")
  public void completedWithoutTools(String run, String assistant, String thread) {
    runs.start(run, assistant, thread, Runs::usingNoTools);
    runs.settlesAs(run, "completed");
  }

  @Given(
      "the run {string} of the assistant {string} on the thread {string}, forced to call {string}, waits for its output")
  public void waitsForOutput(String run, String assistant, String thread, String function) {
    startForcing(run, assistant, thread, function);
    runs.settlesAs(run, "requires_action");
  }

  @Given(
      "the run {string} of the assistant {string} on the thread {string}, forced to call {string}, has completed with the output {string}")
  public void completedWithOutput(
      String run, String assistant, String thread, String function, String output) {
    waitsForOutput(run, assistant, thread, function);
    submit(output, run);
    runs.settlesAs(run, "completed");
  }

  @When("I wait for the run {string} to stop working")
  public void awaitSettled(String run) {
    runs.awaitSettled(run);
  }

  @When("I wait for the run {string} to be in progress")
  public void awaitInProgress(String run) {
    runs.awaitStatus(run, "in_progress");
  }

  /**
   * Waits, polling with a deadline, until the run's own {@code expires_at} has passed and the run
   * is no longer active: the deadline is the run's lifetime ({@code expires_at - created_at}) and a
   * minute more from now, so the step adapts to the target (Azure: about 10 minutes).
   */
  @When("I wait until the expiry time of the run {string} has passed")
  public void awaitExpiry(String run) {
    runs.retrieve(run);
    JsonNode current = world.answer();
    long lifetime = current.path("expires_at").asLong() - current.path("created_at").asLong();
    if (!current.path("expires_at").isIntegralNumber() || lifetime <= 0) {
      throw new AssertionError("the run " + run + " has no expiry time ahead: " + current);
    }
    world.eventually(
        "the run " + run + " has ended at its expiry time",
        Duration.ofSeconds(lifetime + 60),
        () -> {
          String status = runs.retrieve(run).getStatus().getValue();
          return !Runs.WORKING.contains(status) && !status.equals("requires_action");
        });
  }

  @When("I retrieve the run {string}")
  public void retrieve(String run) {
    runs.retrieve(run);
  }

  @When("I list the runs of the thread {string}")
  public void list(String thread) {
    list(thread, null, null, null, null);
  }

  @When("I list the runs of the thread {string} with a limit of {int}")
  public void list(String thread, int limit) {
    list(thread, limit, null, null, null);
  }

  @When("I list the runs of the thread {string} with a limit of {int} after {string}")
  public void listAfter(String thread, int limit, String after) {
    list(thread, limit, null, runs.id(after), null);
  }

  @When("I list the runs of the thread {string} in ascending order")
  public void listAscending(String thread) {
    list(thread, null, "asc", null, null);
  }

  @When("I list the runs of the thread {string} before {string}")
  public void listBefore(String thread, String before) {
    list(thread, null, null, null, runs.id(before));
  }

  private void list(String thread, Integer limit, String order, String after, String before) {
    String threadId = world.id(Kind.THREAD, thread);
    world.call(() -> world.client().runs().listRuns(threadId, v(), limit, order, after, before));
  }

  @When("I try to list the runs of the thread {string} with the query {string}")
  public void tryListWithQuery(String thread, String query) {
    world.answered(
        world.wire().get("/threads/" + world.id(Kind.THREAD, thread) + "/runs?" + query));
  }

  @When("I change the metadata of the run {string} to {string} = {string}")
  public void changeMetadata(String run, String key, String value) {
    String id = runs.id(run);
    String threadId = runs.threadOf(run);
    ModifyRunRequest request = new ModifyRunRequest().metadata(Map.of(key, value));
    world.call(() -> world.client().runs().modifyRun(threadId, id, v(), request));
  }

  @When("I try to change the instructions of the run {string} to {string}")
  public void tryChangeInstructions(String run, String instructions) {
    world.answered(
        world
            .wire()
            .postJson(
                "/threads/" + runs.threadOf(run) + "/runs/" + runs.id(run),
                Map.of("instructions", instructions)));
  }

  @When("I cancel the run {string}")
  public void cancel(String run) {
    String id = runs.id(run);
    String threadId = runs.threadOf(run);
    world.call(() -> world.client().runs().cancelRun(threadId, id, v()));
  }

  @When("I try to cancel the run {string}")
  public void tryCancel(String run) {
    String id = runs.id(run);
    String threadId = runs.threadOf(run);
    world.attempt(() -> world.client().runs().cancelRun(threadId, id, v()));
  }

  @When("I submit the output {string} for the calls of the run {string}")
  public void submit(String output, String run) {
    SubmitToolOutputsRunRequest request = runs.outputsFor(run, output);
    String id = runs.id(run);
    String threadId = runs.threadOf(run);
    world.call(() -> world.client().runs().submitToolOutputsToRun(threadId, id, v(), request));
  }

  @When("I try to submit the output {string} for the call {string} of the run {string}")
  public void trySubmit(String output, String callId, String run) {
    trySubmit(run, List.of(new ToolOutput().toolCallId(callId).output(output)));
  }

  @When("I try to submit no tool outputs to the run {string}")
  public void trySubmitNothing(String run) {
    trySubmit(run, List.of());
  }

  private void trySubmit(String run, List<ToolOutput> outputs) {
    String id = runs.id(run);
    String threadId = runs.threadOf(run);
    SubmitToolOutputsRunRequest request = new SubmitToolOutputsRunRequest().toolOutputs(outputs);
    world.attempt(() -> world.client().runs().submitToolOutputsToRun(threadId, id, v(), request));
  }

  @When("I try to start the run {string} of the assistant {string} on the thread {string}")
  public void tryStart(String run, String assistant, String thread) {
    String threadId = world.id(Kind.THREAD, thread);
    CreateRunRequest request = runs.request(assistant, AS_IS);
    world
        .attempt(() -> world.client().runs().createRun(threadId, v(), request))
        .ifPresent(created -> runs.keep(run, threadId, created.getId()));
  }

  @When("I try to start a run of the assistant {string} on the thread with the id {string}")
  public void tryStartOnUnknownThread(String assistant, String threadId) {
    CreateRunRequest request = runs.request(assistant, AS_IS);
    world.attempt(() -> world.client().runs().createRun(threadId, v(), request));
  }

  @When("I try to start a run of the assistant with the id {string} on the thread {string}")
  public void tryStartWithUnknownAssistant(String assistantId, String thread) {
    tryStartRaw(thread, Map.of("assistant_id", assistantId));
  }

  @When("I try to start a run on the thread {string} without an assistant")
  public void tryStartWithoutAssistant(String thread) {
    tryStartRaw(thread, Map.of());
  }

  /** {@code value} is JSON: {@code 2.5}, {@code "text"}, … */
  @When(
      "I try to start a run of the assistant {string} on the thread {string} with {word} set to {}")
  public void tryStartWith(String assistant, String thread, String field, String value) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("assistant_id", world.id(Kind.ASSISTANT, assistant));
    try {
      body.put(field, JSON.readValue(value, Object.class));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + value, e);
    }
    tryStartRaw(thread, body);
  }

  @When(
      "I try to start a run of the assistant {string} on the thread {string} with {int} function tools")
  public void tryStartWithTools(String assistant, String thread, int count) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("assistant_id", world.id(Kind.ASSISTANT, assistant));
    body.put(
        "tools",
        IntStream.range(0, count).mapToObj(i -> AssistantSteps.Tools.of("function", i)).toList());
    tryStartRaw(thread, body);
  }

  /** A run made by a request that should have been refused is still stopped at the end. */
  private void tryStartRaw(String thread, Map<String, Object> body) {
    String threadId = world.id(Kind.THREAD, thread);
    world.answered(world.wire().postJson("/threads/" + threadId + "/runs", body));
    if (world.refusalOrNull() == null && world.answer().path("id").isTextual()) {
      world.createdRun(threadId, world.answer().path("id").asText());
    }
  }

  @ParameterType("retrieve|modify|cancel|submit tool outputs to|list the steps of")
  public String runAction(String action) {
    return action;
  }

  @When("I try to {runAction} the run with the id {string} of the thread {string}")
  public void tryUnknown(String action, String runId, String thread) {
    String threadId = world.id(Kind.THREAD, thread);
    String v = v();
    switch (action) {
      case "retrieve" -> world.attempt(() -> world.client().runs().getRun(threadId, runId, v));
      case "modify" ->
          world.attempt(
              () ->
                  world
                      .client()
                      .runs()
                      .modifyRun(
                          threadId, runId, v, new ModifyRunRequest().metadata(Map.of("k", "v"))));
      case "cancel" -> world.attempt(() -> world.client().runs().cancelRun(threadId, runId, v));
      case "submit tool outputs to" ->
          world.attempt(
              () ->
                  world
                      .client()
                      .runs()
                      .submitToolOutputsToRun(
                          threadId,
                          runId,
                          v,
                          new SubmitToolOutputsRunRequest()
                              .addToolOutputsItem(
                                  new ToolOutput().toolCallId("call_unknown").output("x"))));
      case "list the steps of" ->
          world.attempt(
              () ->
                  world
                      .client()
                      .runSteps()
                      .listRunSteps(threadId, runId, v, null, null, null, null));
      default -> throw new IllegalArgumentException("cannot " + action + " a run");
    }
  }
}
