package dev.assistantskit.conformance.steps;

import dev.assistantskit.conformance.Kind;
import dev.assistantskit.conformance.Wire;
import dev.assistantskit.conformance.World;
import io.cucumber.java.en.When;
import java.net.http.HttpRequest;

/** Requests the gateway answers before the assistants engine sees them: raw HTTP. */
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

  @When("I create an assistant with the key {string}")
  public void createWithKey(String key) {
    Wire wire = world.wire();
    world.answered(
        wire.send(
            wire.request(wire.withVersion("/assistants"))
                .header("api-key", key)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"model\":\"" + world.target().model() + "\"}"))
                .build()));
    if (world.refusalOrNull() == null) {
      world.created(Kind.ASSISTANT, world.answer().path("id").asText());
    }
  }

  @When("I list assistants with the bearer token")
  public void listWithBearer() {
    Wire wire = world.wire();
    world.answered(
        wire.send(
            wire.request(wire.withVersion("/assistants"))
                .header("Authorization", "Bearer " + world.target().bearerToken())
                .GET()
                .build()));
  }
}
