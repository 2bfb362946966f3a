package dev.assistantskit.conformance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assistantskit.client.model.CreateFileSearchToolResource;
import dev.assistantskit.client.model.CreateMessageRequest;
import dev.assistantskit.client.model.CreateThreadRequest;
import dev.assistantskit.client.model.CreateToolResources;
import dev.assistantskit.client.model.ModifyThreadRequest;
import dev.assistantskit.client.model.ThreadObject;
import dev.assistantskit.client.model.VectorStoreHelper;
import dev.assistantskit.conformance.Kind;
import dev.assistantskit.conformance.World;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import java.util.Map;

/** Creating, reading, changing and deleting threads. */
public final class ThreadSteps {
  private final World world;

  public ThreadSteps(World world) {
    this.world = world;
  }

  private ThreadObject create(String name, CreateThreadRequest request) {
    ThreadObject thread =
        world.call(() -> world.client().threads().createThread(world.apiVersion(), request));
    world.created(Kind.THREAD, thread.getId());
    if (name != null) {
      world.remember(Kind.THREAD, name, thread.getId());
    }
    return thread;
  }

  @When("I create a thread without arguments")
  public void createWithoutArguments() {
    create(null, null);
  }

  @Given("a thread {string}")
  public void create(String name) {
    create(name, new CreateThreadRequest());
  }

  @Given("a thread {string} with the metadata {string} = {string}")
  public void createWithMetadata(String name, String key, String value) {
    create(name, new CreateThreadRequest().metadata(Map.of(key, value)));
  }

  @When("I create a thread {string} starting with the messages {names}")
  public void createWithMessages(String name, List<String> texts) {
    CreateThreadRequest request = new CreateThreadRequest();
    texts.forEach(
        text ->
            request.addMessagesItem(
                new CreateMessageRequest().role(CreateMessageRequest.RoleEnum.USER).content(text)));
    create(name, request);
  }

  @When(
      "I create a thread {string} whose file search uses a new vector store with the file {string}")
  public void createWithVectorStore(String name, String file) {
    CreateThreadRequest request =
        new CreateThreadRequest()
            .toolResources(
                new CreateToolResources()
                    .fileSearch(
                        new CreateFileSearchToolResource()
                            .addVectorStoresItem(
                                new VectorStoreHelper()
                                    .addFileIdsItem(world.id(Kind.FILE, file)))));
    create(name, request);
    // the helper's vector store outlives the thread: delete it too
    world
        .answer()
        .path("tool_resources")
        .path("file_search")
        .path("vector_store_ids")
        .forEach(id -> world.created(Kind.VECTOR_STORE, id.asText()));
  }

  @When("I try to create a thread with {int} metadata pairs")
  public void tryCreateWithMetadata(int pairs) {
    CreateThreadRequest request = new CreateThreadRequest().metadata(Text.pairs(pairs));
    world
        .attempt(() -> world.client().threads().createThread(world.apiVersion(), request))
        .ifPresent(thread -> world.created(Kind.THREAD, thread.getId()));
  }

  @When("I retrieve the thread {string}")
  public void retrieve(String name) {
    String id = world.id(Kind.THREAD, name);
    world.call(() -> world.client().threads().getThread(id, world.apiVersion()));
  }

  @When("I try to retrieve the thread {string}")
  public void tryRetrieve(String name) {
    String id = world.id(Kind.THREAD, name);
    world.attempt(() -> world.client().threads().getThread(id, world.apiVersion()));
  }

  @When("I change the metadata of the thread {string} to {string} = {string}")
  public void changeMetadata(String name, String key, String value) {
    String id = world.id(Kind.THREAD, name);
    ModifyThreadRequest request = new ModifyThreadRequest().metadata(Map.of(key, value));
    world.call(() -> world.client().threads().modifyThread(id, world.apiVersion(), request));
  }

  @When("I delete the thread {string}")
  public void delete(String name) {
    String id = world.id(Kind.THREAD, name);
    world.call(() -> world.client().threads().deleteThread(id, world.apiVersion()));
    world.gone(id);
  }

  @When("I try to {word} the thread with the id {string}")
  public void tryUnknown(String action, String id) {
    String v = world.apiVersion();
    switch (action) {
      case "retrieve" -> world.attempt(() -> world.client().threads().getThread(id, v));
      case "modify" ->
          world.attempt(
              () ->
                  world
                      .client()
                      .threads()
                      .modifyThread(id, v, new ModifyThreadRequest().metadata(Map.of("k", "v"))));
      case "delete" -> world.attempt(() -> world.client().threads().deleteThread(id, v));
      default -> throw new IllegalArgumentException("cannot " + action + " a thread");
    }
  }

  @Then("the thread {string} searches exactly one vector store")
  public void searchesOneVectorStore(String name) {
    JsonNode thread = world.answer();
    assertThat(thread.path("id").asText()).isEqualTo(world.id(Kind.THREAD, name));
    JsonNode ids = thread.path("tool_resources").path("file_search").path("vector_store_ids");
    assertThat(ids.size()).as("vector_store_ids of %s", thread).isEqualTo(1);
    assertThat(ids.get(0).asText()).startsWith("vs_");
  }

  @When("I retrieve the vector store of the thread {string}")
  public void retrieveVectorStore(String name) {
    String id =
        world
            .asCreated(Kind.THREAD, name)
            .path("tool_resources")
            .path("file_search")
            .path("vector_store_ids")
            .path(0)
            .asText();
    world.call(() -> world.client().vectorStores().getVectorStore(id, world.apiVersion()));
  }
}
