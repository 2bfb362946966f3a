package dev.assistantskit.conformance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assistantskit.conformance.ContractCheck;
import dev.assistantskit.conformance.Kind;
import dev.assistantskit.conformance.World;
import io.cucumber.java.en.Then;

/**
 * How requests are refused: the assistants engine answers {@code {"error": {message, type, param,
 * code}}} with {@code type} {@code invalid_request_error}; the gateway answers {@code {"error":
 * {code, message}}}.
 */
public final class RefusalSteps {
  private final World world;

  public RefusalSteps(World world) {
    this.world = world;
  }

  @Then("the request is rejected as invalid, naming {string}")
  public void invalid(String field) {
    JsonNode error = engineError(400);
    String param = error.path("param").asText("");
    String message = error.path("message").asText("");
    assertThat(param.contains(field) || message.contains(field))
        .as("the error names \"%s\" in its param or message: %s", field, error)
        .isTrue();
  }

  @Then("the request is rejected as invalid with the message {string}")
  public void invalidWithMessage(String message) {
    assertThat(engineError(400).path("message").asText()).isEqualTo(message);
  }

  @Then("the request is rejected as invalid")
  public void invalid() {
    engineError(400);
  }

  /** The thread lock, in the words of openai-python#1023 (reference §5.5). */
  @Then("the message is refused because the run {string} is active on the thread {string}")
  public void lockedForMessages(String run, String thread) {
    if (world.refusalOrNull() == null) {
      throw new AssertionError(
          "the thread \""
              + thread
              + "\" took a message while its run \""
              + run
              + "\" was active (a locked thread refuses it with a 400): "
              + ContractCheck.abbreviate(world.exchange().text()));
    }
    invalidWithMessage(
        "Can't add messages to "
            + world.id(Kind.THREAD, thread)
            + " while a run "
            + world.id(Kind.RUN, run)
            + " is active.");
  }

  /** The thread lock, in the words of TripSit/TripBot#939 (reference §5.5). */
  @Then("the run is refused because the run {string} is already active on the thread {string}")
  public void lockedForRuns(String run, String thread) {
    invalidWithMessage(
        "Thread "
            + world.id(Kind.THREAD, thread)
            + " already has an active run "
            + world.id(Kind.RUN, run)
            + ".");
  }

  @Then("the request is refused as not found, naming the {kind} {string}")
  public void notFound(Kind kind, String name) {
    notFound(world.id(kind, name));
  }

  @Then("the request is refused as not found, naming {string}")
  public void notFound(String id) {
    assertThat(engineError(404).path("message").asText())
        .as("the message names %s", id)
        .contains(id);
  }

  private JsonNode engineError(int status) {
    World.Refusal refusal = world.refusal();
    assertThat(refusal.status()).as("status of the refusal %s", refusal.text()).isEqualTo(status);
    JsonNode error = refusal.error();
    assertThat(error != null && error.isObject())
        .as("the refusal has an error object: %s", refusal.text())
        .isTrue();
    assertThat(error.path("type").asText(null))
        .as("type of %s", refusal.text())
        .isEqualTo("invalid_request_error");
    return error;
  }

  @Then("the request is refused with status {int}")
  public void refusedWith(int status) {
    assertThat(world.refusal().status()).as(world.refusal().text()).isEqualTo(status);
  }

  @Then("the gateway's error code is {string} and its message is {string}")
  public void gatewayError(String code, String message) {
    assertThat(gatewayError(code).path("message").asText()).isEqualTo(message);
  }

  @Then("the gateway's error code is {string} and its message starts with {string}")
  public void gatewayErrorStartsWith(String code, String prefix) {
    assertThat(gatewayError(code).path("message").asText()).startsWith(prefix);
  }

  private JsonNode gatewayError(String code) {
    JsonNode error = world.refusal().error();
    assertThat(error != null && error.isObject())
        .as("the refusal has an error object: %s", world.refusal().text())
        .isTrue();
    assertThat(error.path("code").asText()).as("code of %s", error).isEqualTo(code);
    assertThat(error.path("type").isMissingNode() || error.path("type").isNull())
        .as("the gateway's error %s has no type", error)
        .isTrue();
    assertThat(error.path("param").isMissingNode() || error.path("param").isNull())
        .as("the gateway's error %s has no param", error)
        .isTrue();
    return error;
  }
}
