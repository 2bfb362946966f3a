package dev.assistantskit.conformance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assistantskit.conformance.Kind;
import dev.assistantskit.conformance.World;
import io.cucumber.java.en.Then;
import java.util.ArrayList;
import java.util.List;

/**
 * What a run says about itself: whose it is, its status and the fields each status sets or clears,
 * as the walkthrough's "Run status definitions" and [A] {@code runObject} describe them.
 */
public final class RunStatusSteps {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final World world;

  public RunStatusSteps(World world) {
    this.world = world;
  }

  private JsonNode run() {
    JsonNode run = world.answer();
    assertThat(run.path("object").asText()).as("object of %s", run).isEqualTo("thread.run");
    return run;
  }

  @Then("the run's status is {string}")
  public void status(String status) {
    AnswerSteps.assertText(run(), "status", status);
  }

  @Then("the run belongs to the thread {string} and the assistant {string}")
  public void belongsTo(String thread, String assistant) {
    AnswerSteps.assertText(run(), "thread_id", world.id(Kind.THREAD, thread));
    AnswerSteps.assertText(run(), "assistant_id", world.id(Kind.ASSISTANT, assistant));
  }

  @Then(
      "the run uses the deployment under test with the instructions and tools of the assistant {string}")
  public void usesAssistant(String assistant) {
    JsonNode run = run();
    JsonNode configured = world.asCreated(Kind.ASSISTANT, assistant);
    assertThat(run.path("model").asText()).as("model of %s", run).isEqualTo(world.target().model());
    assertThat(run.path("instructions").asText())
        .as("instructions of %s", run)
        .isEqualTo(configured.path("instructions").asText());
    assertThat(toolNames(run)).as("tools of %s", run).isEqualTo(toolNames(configured));
  }

  /** Tools by type, functions by name too. */
  private static List<String> toolNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    object
        .path("tools")
        .forEach(
            tool ->
                names.add(
                    tool.path("type").asText()
                        + (tool.has("function")
                            ? " " + tool.path("function").path("name").asText()
                            : "")));
    return names;
  }

  @Then("the run has not started, ended or failed yet")
  public void notStarted() {
    assertNull(
        "started_at",
        "completed_at",
        "cancelled_at",
        "failed_at",
        "last_error",
        "required_action",
        "incomplete_details",
        "usage");
  }

  private void assertNull(String... fields) {
    JsonNode run = run();
    for (String field : fields) {
      assertThat(run.has(field) && run.path(field).isNull())
          .as("%s of %s is null", field, run)
          .isTrue();
    }
  }

  private void assertNow(String field) {
    AnswerSteps.assertTimestamp(run(), field);
    assertThat(run().path(field).asLong())
        .as("%s of %s, in Unix seconds", field, run())
        .isGreaterThanOrEqualTo(world.startedAt() - AnswerSteps.CLOCK_SKEW)
        .isGreaterThanOrEqualTo(run().path("created_at").asLong());
  }

  @Then("the run expires after it was created")
  public void expiresLater() {
    AnswerSteps.assertTimestamp(run(), "expires_at");
    assertThat(run().path("expires_at").asLong())
        .as("expires_at of %s", run())
        .isGreaterThan(run().path("created_at").asLong());
  }

  @Then("the run never started")
  public void neverStarted() {
    assertNull("started_at");
  }

  @Then("the run started during this scenario")
  public void started() {
    assertNow("started_at");
  }

  @Then("the run started and completed during this scenario, without error")
  public void completed() {
    status("completed");
    assertNow("started_at");
    assertNow("completed_at");
    assertThat(run().path("completed_at").asLong())
        .as("completed_at of %s", run())
        .isGreaterThanOrEqualTo(run().path("started_at").asLong());
    assertNull("cancelled_at", "failed_at", "last_error", "required_action", "incomplete_details");
  }

  @Then("the run reports its token usage")
  public void usage() {
    JsonNode usage = run().path("usage");
    int prompt = count(usage, "prompt_tokens");
    int completion = count(usage, "completion_tokens");
    assertThat(prompt).as("prompt_tokens of %s", usage).isPositive();
    assertThat(completion).as("completion_tokens of %s", usage).isPositive();
    assertThat(count(usage, "total_tokens"))
        .as("total_tokens of %s", usage)
        .isEqualTo(prompt + completion);
  }

  private static int count(JsonNode usage, String field) {
    assertThat(usage.path(field).isIntegralNumber()).as("%s of %s", field, usage).isTrue();
    return usage.path(field).asInt();
  }

  @Then("the run used at most {int} completion tokens")
  public void completionTokensAtMost(int tokens) {
    assertThat(count(run().path("usage"), "completion_tokens"))
        .as("completion tokens of %s", run())
        .isLessThanOrEqualTo(tokens);
  }

  @Then("the run's instructions are {string}")
  public void instructions(String instructions) {
    assertThat(run().path("instructions").asText()).isEqualTo(instructions);
  }

  @Then("the run's instructions start with those of the assistant {string} and end with {string}")
  public void instructionsAppended(String assistant, String appended) {
    String instructions = run().path("instructions").asText();
    assertThat(instructions)
        .startsWith(world.asCreated(Kind.ASSISTANT, assistant).path("instructions").asText())
        .endsWith(appended);
  }

  @Then("the run waits for the output of a call of the function {string}")
  public void waitsForOutput(String function) {
    status("requires_action");
    JsonNode action = run().path("required_action");
    assertThat(action.path("type").asText())
        .as("type of %s", action)
        .isEqualTo("submit_tool_outputs");
    JsonNode calls = action.path("submit_tool_outputs").path("tool_calls");
    assertThat(calls.size()).as("tool calls of %s", action).isPositive();
    for (JsonNode call : calls) {
      assertThat(call.path("id").asText()).as("id of %s", call).isNotBlank();
      assertThat(call.path("type").asText()).as("type of %s", call).isEqualTo("function");
      assertThat(call.path("function").path("name").asText())
          .as("function of %s", call)
          .isEqualTo(function);
      assertThat(arguments(call).isObject()).as("arguments of %s are a JSON object", call).isTrue();
    }
    assertNull("completed_at", "failed_at", "cancelled_at");
  }

  private static JsonNode arguments(JsonNode call) {
    try {
      return JSON.readTree(call.path("function").path("arguments").asText());
    } catch (JsonProcessingException e) {
      throw new AssertionError("the arguments of " + call + " are not JSON", e);
    }
  }

  @Then("the run no longer requires action")
  public void noLongerRequiresAction() {
    assertNull("required_action");
  }

  @Then("the run was cancelled during this scenario")
  public void cancelled() {
    status("cancelled");
    assertNow("cancelled_at");
    assertNull("completed_at", "failed_at", "required_action");
  }

  @Then("the run failed during this scenario with {string}: {string}")
  public void failed(String code, String message) {
    status("failed");
    JsonNode error = run().path("last_error");
    assertThat(error.path("code").asText()).as("code of %s", error).isEqualTo(code);
    assertThat(error.path("message").asText()).as("message of %s", error).isEqualTo(message);
    assertNow("failed_at");
    assertNull("completed_at", "cancelled_at");
  }

  @Then("the run is incomplete because of {string}")
  public void incomplete(String reason) {
    status("incomplete");
    JsonNode details = run().path("incomplete_details");
    assertThat(details.path("reason").asText()).as("reason of %s", run()).isEqualTo(reason);
    assertNull("failed_at", "cancelled_at", "last_error");
  }
}
