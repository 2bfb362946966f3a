package dev.assistantskit.conformance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assistantskit.conformance.Wire;
import dev.assistantskit.conformance.World;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** Requests the gateway answers before the assistants engine sees them. */
public final class GatewaySteps {
  private final World world;

  public GatewaySteps(World world) {
    this.world = world;
  }

  @When("I list assistants without an api-version")
  public void listWithoutVersion() {
    Wire wire = world.wire();
    world.answered(wire.send(wire.authorized(wire.request("/assistants")).GET().build()));
  }

  @When("I list assistants with api-version {string}")
  public void listWithVersion(String version) {
    Wire wire = world.wire();
    world.answered(
        wire.send(
            wire.authorized(wire.request("/assistants?api-version=" + version)).GET().build()));
  }

  @When("I list assistants without a key")
  public void listWithoutKey() {
    Wire wire = world.wire();
    world.answered(wire.send(wire.request(wire.withVersion("/assistants")).GET().build()));
  }

  @When("I list assistants with the key as a bearer token")
  public void listWithBearer() {
    Wire wire = world.wire();
    world.answered(
        wire.send(
            wire.request(wire.withVersion("/assistants"))
                .header("Authorization", "Bearer " + world.target().apiKey())
                .GET()
                .build()));
  }

  @Then("the request is refused with status {int}")
  public void refusedWith(int status) {
    assertThat(world.lastReply().status()).as(world.lastReply().body()).isEqualTo(status);
  }

  @Then("the request is not refused by the gateway")
  public void notRefused() {
    assertThat(world.lastReply().status()).as(world.lastReply().body()).isNotIn(401, 404);
  }

  @Then("the error code is {string} and the message is {string}")
  public void errorIs(String code, String message) {
    JsonNode error = world.lastReply().json().path("error");
    assertThat(error.path("code").asText()).isEqualTo(code);
    assertThat(error.path("message").asText()).isEqualTo(message);
  }

  @Then("the error code is {string} and the message starts with {string}")
  public void errorStartsWith(String code, String prefix) {
    JsonNode error = world.lastReply().json().path("error");
    assertThat(error.path("code").asText()).isEqualTo(code);
    assertThat(error.path("message").asText()).startsWith(prefix);
  }
}
