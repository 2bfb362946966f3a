package dev.assistantskit.conformance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assistantskit.client.model.CreateVectorStoreRequest;
import dev.assistantskit.client.model.UpdateVectorStoreRequest;
import dev.assistantskit.client.model.VectorStoreExpirationAfter;
import dev.assistantskit.client.model.VectorStoreObject;
import dev.assistantskit.conformance.Kind;
import dev.assistantskit.conformance.World;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Creating, reading, changing, listing and deleting vector stores. */
public final class VectorStoreSteps {
  private static final long DAY = 86_400;

  private final World world;

  public VectorStoreSteps(World world) {
    this.world = world;
  }

  private VectorStoreObject create(String name, CreateVectorStoreRequest request) {
    VectorStoreObject store =
        world.call(
            () -> world.client().vectorStores().createVectorStore(world.apiVersion(), request));
    world.created(Kind.VECTOR_STORE, store.getId());
    world.remember(Kind.VECTOR_STORE, name, store.getId());
    return store;
  }

  @When("I create a vector store {string}")
  @Given("a vector store {string}")
  public void create(String name) {
    create(name, new CreateVectorStoreRequest().name(name));
  }

  @Given("vector stores {names}, created in that order")
  public void createInOrder(List<String> names) {
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        world.nextSecond();
      }
      create(names.get(i));
    }
  }

  @When("I create a vector store {string} with the files {names}")
  public void createWithFiles(String name, List<String> files) {
    create(
        name,
        new CreateVectorStoreRequest()
            .name(name)
            .fileIds(files.stream().map(file -> world.id(Kind.FILE, file)).toList()));
  }

  @When("I create a vector store {string} that expires {int} days after its last use")
  public void createExpiring(String name, int days) {
    create(name, new CreateVectorStoreRequest().name(name).expiresAfter(expiry(days)));
  }

  @When("I try to create a vector store {string} that expires {int} days after its last use")
  public void tryCreateExpiring(String name, int days) {
    // the generated model would accept these days; the raw request shows what the service does
    world.answered(
        world
            .wire()
            .postJson(
                "/vector_stores",
                Map.of(
                    "name",
                    name,
                    "expires_after",
                    Map.of("anchor", "last_active_at", "days", days))));
    if (world.refusalOrNull() == null) {
      world.created(Kind.VECTOR_STORE, world.answer().path("id").asText());
    }
  }

  private static VectorStoreExpirationAfter expiry(int days) {
    return new VectorStoreExpirationAfter()
        .anchor(VectorStoreExpirationAfter.AnchorEnum.LAST_ACTIVE_AT)
        .days(days);
  }

  @When("I retrieve the vector store {string}")
  public void retrieve(String name) {
    String id = world.id(Kind.VECTOR_STORE, name);
    world.call(() -> world.client().vectorStores().getVectorStore(id, world.apiVersion()));
  }

  @When("I try to retrieve the vector store {string}")
  public void tryRetrieve(String name) {
    tryUnknown("retrieve", world.id(Kind.VECTOR_STORE, name));
  }

  @When(
      "I rename the vector store {string} to {string} and give it the metadata {string} = {string}")
  public void rename(String name, String newName, String key, String value) {
    String id = world.id(Kind.VECTOR_STORE, name);
    UpdateVectorStoreRequest request =
        new UpdateVectorStoreRequest().name(newName).metadata(Map.of(key, value));
    world.call(
        () -> world.client().vectorStores().modifyVectorStore(id, world.apiVersion(), request));
  }

  @When("I delete the vector store {string}")
  public void delete(String name) {
    String id = world.id(Kind.VECTOR_STORE, name);
    world.call(() -> world.client().vectorStores().deleteVectorStore(id, world.apiVersion()));
    world.gone(id);
  }

  @When("I try to {word} the vector store with the id {string}")
  public void tryUnknown(String action, String id) {
    String v = world.apiVersion();
    switch (action) {
      case "retrieve" -> world.attempt(() -> world.client().vectorStores().getVectorStore(id, v));
      case "modify" ->
          world.attempt(
              () ->
                  world
                      .client()
                      .vectorStores()
                      .modifyVectorStore(id, v, new UpdateVectorStoreRequest().name("Renamed")));
      case "delete" -> world.attempt(() -> world.client().vectorStores().deleteVectorStore(id, v));
      default -> throw new IllegalArgumentException("cannot " + action + " a vector store");
    }
  }

  @When("I list vector stores with a limit of {int}")
  public void list(int limit) {
    list(limit, null, null);
  }

  @When("I list vector stores in ascending order after {string}")
  public void listAscendingAfter(String name) {
    list(null, "asc", world.id(Kind.VECTOR_STORE, name));
  }

  private void list(Integer limit, String order, String after) {
    world.call(
        () ->
            world
                .client()
                .vectorStores()
                .listVectorStores(world.apiVersion(), limit, order, after, null));
  }

  @Then("the vector store is named {string} and has the status {string}")
  public void namedWithStatus(String name, String status) {
    JsonNode store = world.answer();
    assertThat(store.path("name").asText(null)).as("name").isEqualTo(name);
    assertThat(store.path("status").asText(null)).as("status").isEqualTo(status);
  }

  @Then("the vector store counts no files and uses {int} bytes")
  public void empty(int bytes) {
    JsonNode store = world.answer();
    JsonNode counts = store.path("file_counts");
    for (String count : List.of("in_progress", "completed", "failed", "cancelled", "total")) {
      assertThat(counts.path(count).isInt() && counts.path(count).asInt() == 0)
          .as("file_counts.%s of %s is 0", count, store)
          .isTrue();
    }
    assertThat(store.path("usage_bytes").asLong(-1)).as("usage_bytes").isEqualTo(bytes);
  }

  @Then("the vector store counts {int} files in all")
  public void total(int total) {
    assertThat(world.answer().path("file_counts").path("total").asInt(-1))
        .as("file_counts.total of %s", world.answer())
        .isEqualTo(total);
  }

  @Then("once its files are processed, the vector store counts {int} completed file(s)")
  public void processed(int completed) {
    String id = world.answer().path("id").asText();
    world.eventually(
        "no file of the vector store is in progress",
        Duration.ofSeconds(60),
        () ->
            world
                    .client()
                    .vectorStores()
                    .getVectorStore(id, world.apiVersion())
                    .getFileCounts()
                    .getInProgress()
                == 0);
    JsonNode counts = world.answer().path("file_counts");
    assertThat(counts.path("completed").asInt())
        .as("file_counts.completed of %s", world.answer())
        .isEqualTo(completed);
    assertThat(counts.path("total").asInt())
        .as("file_counts.total of %s", world.answer())
        .isEqualTo(completed);
    assertThat(world.answer().path("status").asText()).as("status").isEqualTo("completed");
  }

  @Then("the vector store expires {int} days after its last use")
  public void expiresAfter(int days) {
    JsonNode expiresAfter = world.answer().path("expires_after");
    assertThat(expiresAfter.path("anchor").asText())
        .as("expires_after.anchor")
        .isEqualTo("last_active_at");
    assertThat(expiresAfter.path("days").asInt()).as("expires_after.days").isEqualTo(days);
  }

  @Then("its expiry time is {int} days after it was last active")
  public void expiresAt(int days) {
    JsonNode store = world.answer();
    AnswerSteps.assertTimestamp(store, "last_active_at");
    AnswerSteps.assertTimestamp(store, "expires_at");
    assertThat(store.path("expires_at").asLong())
        .as("expires_at of %s", store)
        .isEqualTo(store.path("last_active_at").asLong() + days * DAY);
  }
}
