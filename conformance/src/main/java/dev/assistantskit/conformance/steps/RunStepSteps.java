package dev.assistantskit.conformance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assistantskit.client.model.ListRunStepsResponse;
import dev.assistantskit.client.model.RunStepObject;
import dev.assistantskit.conformance.Kind;
import dev.assistantskit.conformance.World;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps of a run: listed a page at a time, retrieved, and what they record ({@code
 * message_creation} or {@code tool_calls}). A list shows its steps by type.
 */
public final class RunStepSteps {
  private final World world;
  private final Runs runs;

  public RunStepSteps(World world, Runs runs) {
    this.world = world;
    this.runs = runs;
  }

  @When("I list the steps of the run {string}")
  public void list(String run) {
    list(run, null, null, null);
  }

  @When("I list the steps of the run {string} with a limit of {int}")
  public void list(String run, int limit) {
    list(run, limit, null, null);
  }

  @When("I list the steps of the run {string} with a limit of {int} after the last item")
  public void listAfterLast(String run, int limit) {
    list(run, limit, null, world.answer().path("last_id").asText());
  }

  @When("I list the steps of the run {string} in ascending order")
  public void listAscending(String run) {
    list(run, null, "asc", null);
  }

  private ListRunStepsResponse list(String run, Integer limit, String order, String after) {
    String id = runs.id(run);
    String threadId = runs.threadOf(run);
    return world.call(
        () ->
            world
                .client()
                .runSteps()
                .listRunSteps(threadId, id, world.apiVersion(), limit, order, after, null));
  }

  @When("I try to list the steps of the run {string} with the query {string}")
  public void tryListWithQuery(String run, String query) {
    world.answered(
        world
            .wire()
            .get("/threads/" + runs.threadOf(run) + "/runs/" + runs.id(run) + "/steps?" + query));
  }

  @When("I retrieve the {string} step of the run {string}")
  public void retrieve(String type, String run) {
    String id = runs.id(run);
    String threadId = runs.threadOf(run);
    String v = world.apiVersion();
    String stepId =
        world
            .peek(
                () ->
                    world.client().runSteps().listRunSteps(threadId, id, v, 100, null, null, null))
            .getData()
            .stream()
            .filter(step -> step.getType().getValue().equals(type))
            .map(RunStepObject::getId)
            .findFirst()
            .orElseThrow(() -> new AssertionError("the run " + run + " has no " + type + " step"));
    world.call(() -> world.client().runSteps().getRunStep(threadId, id, stepId, v));
  }

  @When("I try to retrieve the step with the id {string} of the run {string}")
  public void tryRetrieveUnknown(String stepId, String run) {
    String id = runs.id(run);
    String threadId = runs.threadOf(run);
    world.attempt(
        () -> world.client().runSteps().getRunStep(threadId, id, stepId, world.apiVersion()));
  }

  private JsonNode step() {
    JsonNode step = world.answer();
    assertThat(step.path("object").asText()).as("object of %s", step).isEqualTo("thread.run.step");
    return step;
  }

  @Then("the step belongs to the run {string} of the thread {string} and the assistant {string}")
  public void belongsTo(String run, String thread, String assistant) {
    JsonNode step = step();
    AnswerSteps.assertText(step, "run_id", runs.id(run));
    AnswerSteps.assertText(step, "thread_id", world.id(Kind.THREAD, thread));
    AnswerSteps.assertText(step, "assistant_id", world.id(Kind.ASSISTANT, assistant));
  }

  @Then("the step completed during this scenario, without error")
  public void completed() {
    JsonNode step = step();
    assertThat(step.path("status").asText()).as("status of %s", step).isEqualTo("completed");
    AnswerSteps.assertTimestamp(step, "completed_at");
    assertThat(step.path("completed_at").asLong())
        .as("completed_at of %s", step)
        .isGreaterThanOrEqualTo(step.path("created_at").asLong());
    for (String field : new String[] {"last_error", "failed_at", "cancelled_at", "expired_at"}) {
      assertThat(step.path(field).isNull()).as("%s of %s is null", field, step).isTrue();
    }
  }

  @Then("the step created the newest message of the thread {string}")
  public void createdNewestMessage(String thread) {
    JsonNode details = step().path("step_details");
    assertThat(details.path("type").asText())
        .as("type of %s", details)
        .isEqualTo("message_creation");
    String threadId = world.id(Kind.THREAD, thread);
    String newest =
        world
            .peek(
                () ->
                    world
                        .client()
                        .messages()
                        .listMessages(threadId, world.apiVersion(), 1, null, null, null, null))
            .getData()
            .get(0)
            .getId();
    assertThat(details.path("message_creation").path("message_id").asText())
        .as("message_id of %s", details)
        .isEqualTo(newest);
  }

  @Then("the function call step is {string} and calls {string} without output yet")
  public void functionCallWithoutOutput(String status, String function) {
    JsonNode call = functionCall(status, function);
    assertThat(call.path("function").path("output").isNull())
        .as("output of %s is null", call)
        .isTrue();
  }

  @Then("the function call step is {string} and calls {string} with the output {string}")
  public void functionCallWithOutput(String status, String function, String output) {
    JsonNode call = functionCall(status, function);
    assertThat(call.path("function").path("output").asText())
        .as("output of %s", call)
        .isEqualTo(output);
  }

  @Then("the code interpreter step ran code whose output is the image {string}")
  public void codeInterpreterMadeImage(String file) {
    JsonNode call = toolCall("completed", "code_interpreter");
    JsonNode code = call.path("code_interpreter");
    assertThat(code.path("input").asText()).as("input of %s", call).isNotBlank();
    List<String> images = new ArrayList<>();
    code.path("outputs")
        .forEach(
            output -> {
              if (output.path("type").asText().equals("image")) {
                images.add(output.path("image").path("file_id").asText());
              }
            });
    assertThat(images)
        .as("images among the outputs of %s", call)
        .contains(world.id(Kind.FILE, file));
  }

  /** The one function call of the listed run's tool calls step, which has this status. */
  private JsonNode functionCall(String status, String function) {
    JsonNode call = toolCall(status, "function");
    assertThat(call.path("function").path("name").asText())
        .as("function of %s", call)
        .isEqualTo(function);
    return call;
  }

  /**
   * The one tool call, of this type, of the listed run's tool calls step, which has this status.
   */
  private JsonNode toolCall(String status, String type) {
    JsonNode step = null;
    for (JsonNode item : world.answer().path("data")) {
      if (item.path("type").asText().equals("tool_calls")) {
        step = item;
      }
    }
    assertThat(step).as("a tool_calls step in %s", world.answer()).isNotNull();
    assertThat(step.path("status").asText()).as("status of %s", step).isEqualTo(status);
    JsonNode details = step.path("step_details");
    assertThat(details.path("type").asText()).as("type of %s", details).isEqualTo("tool_calls");
    JsonNode calls = details.path("tool_calls");
    assertThat(calls.size()).as("tool calls of %s", step).isEqualTo(1);
    JsonNode call = calls.get(0);
    assertThat(call.path("type").asText()).as("type of %s", call).isEqualTo(type);
    return call;
  }
}
