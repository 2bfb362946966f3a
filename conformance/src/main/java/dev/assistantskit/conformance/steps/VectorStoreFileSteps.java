package dev.assistantskit.conformance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assistantskit.client.model.CreateVectorStoreFileRequest;
import dev.assistantskit.client.model.ListVectorStoreFilesResponse;
import dev.assistantskit.client.model.VectorStoreFileObject;
import dev.assistantskit.conformance.Kind;
import dev.assistantskit.conformance.World;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.List;

/** Attaching files to a vector store one by one, listing, describing and detaching them. */
public final class VectorStoreFileSteps {
  private final World world;
  private final FileSteps files;

  public VectorStoreFileSteps(World world, FileSteps files) {
    this.world = world;
    this.files = files;
  }

  @When("I attach the file {string} to the vector store {string}")
  @Given("the file {string} is attached to the vector store {string}")
  public void attach(String file, String store) {
    attach(world.id(Kind.FILE, file), world.id(Kind.VECTOR_STORE, store), false);
  }

  @When("I try to attach the file {string} to the vector store with the id {string}")
  public void tryAttachToUnknown(String file, String storeId) {
    attach(world.id(Kind.FILE, file), storeId, true);
  }

  @When("I try to attach the file with the id {string} to the vector store {string}")
  public void tryAttachUnknown(String fileId, String store) {
    attach(fileId, world.id(Kind.VECTOR_STORE, store), true);
  }

  private void attach(String fileId, String storeId, boolean trying) {
    CreateVectorStoreFileRequest request = new CreateVectorStoreFileRequest().fileId(fileId);
    World.ApiCall<VectorStoreFileObject> call =
        () ->
            world
                .client()
                .vectorStoreFiles()
                .createVectorStoreFile(storeId, world.apiVersion(), request);
    if (trying) {
      world.attempt(call);
    } else {
      world.call(call);
    }
  }

  @Given("files {names} uploaded for assistants and attached to the vector store {string}")
  public void uploadAndAttach(List<String> names, String store) {
    for (String name : names) {
      files.upload(name);
      attach(name, store);
    }
  }

  @Then("it is the file {string} attached to the vector store {string}")
  public void isAttachment(String file, String store) {
    JsonNode attachment = world.answer();
    assertThat(attachment.path("id").asText()).as("id").isEqualTo(world.id(Kind.FILE, file));
    assertThat(attachment.path("vector_store_id").asText())
        .as("vector_store_id")
        .isEqualTo(world.id(Kind.VECTOR_STORE, store));
  }

  @Then("once processed, the file {string} of the vector store {string} is {string} without error")
  public void processed(String file, String store, String status) {
    String fileId = world.id(Kind.FILE, file);
    String storeId = world.id(Kind.VECTOR_STORE, store);
    world.eventually(
        "the file " + file + " is no longer in progress",
        Duration.ofSeconds(60),
        () ->
            world
                    .client()
                    .vectorStoreFiles()
                    .getVectorStoreFile(storeId, fileId, world.apiVersion())
                    .getStatus()
                != VectorStoreFileObject.StatusEnum.IN_PROGRESS);
    JsonNode attachment = world.answer();
    assertThat(attachment.path("status").asText()).as("status of %s", attachment).isEqualTo(status);
    assertThat(attachment.path("last_error").isNull())
        .as("last_error of %s is null", attachment)
        .isTrue();
    assertThat(
            attachment.path("usage_bytes").isIntegralNumber()
                && attachment.path("usage_bytes").asLong() >= 0)
        .as("usage_bytes of %s is a count of bytes", attachment)
        .isTrue();
  }

  @When("I retrieve the file {string} of the vector store {string}")
  public void retrieve(String file, String store) {
    String fileId = world.id(Kind.FILE, file);
    String storeId = world.id(Kind.VECTOR_STORE, store);
    world.call(
        () ->
            world
                .client()
                .vectorStoreFiles()
                .getVectorStoreFile(storeId, fileId, world.apiVersion()));
  }

  @When("I list the files of the vector store {string}")
  public void list(String store) {
    list(store, null, null, null);
  }

  @When("I list the files of the vector store {string} with the status {string}")
  public void listByStatus(String store, String status) {
    list(store, null, null, status);
  }

  @When("I list the files of the vector store {string} with a limit of {int}")
  public void list(String store, int limit) {
    list(store, limit, null, null);
  }

  @When("I list the files of the vector store {string} with a limit of {int} after the last item")
  public void listAfterLast(String store, int limit) {
    list(store, limit, world.answer().path("last_id").asText(), null);
  }

  private ListVectorStoreFilesResponse list(
      String store, Integer limit, String after, String filter) {
    String storeId = world.id(Kind.VECTOR_STORE, store);
    return world.call(
        () ->
            world
                .client()
                .vectorStoreFiles()
                .listVectorStoreFiles(
                    storeId, world.apiVersion(), limit, null, after, null, filter));
  }

  @When("I try to list the files of the vector store {string} with the query {string}")
  public void tryListWithQuery(String store, String query) {
    String path = "/vector_stores/" + world.id(Kind.VECTOR_STORE, store) + "/files?" + query;
    world.answered(world.wire().get(path));
  }

  @When("I try to list the files of the vector store with the id {string}")
  public void tryListUnknown(String storeId) {
    world.attempt(
        () ->
            world
                .client()
                .vectorStoreFiles()
                .listVectorStoreFiles(storeId, world.apiVersion(), null, null, null, null, null));
  }

  @When("I detach the file {string} from the vector store {string}")
  public void detach(String file, String store) {
    String fileId = world.id(Kind.FILE, file);
    String storeId = world.id(Kind.VECTOR_STORE, store);
    world.call(
        () ->
            world
                .client()
                .vectorStoreFiles()
                .deleteVectorStoreFile(storeId, fileId, world.apiVersion()));
  }

  @When("I try to {word} the file with the id {string} of the vector store {string}")
  public void tryUnknown(String action, String fileId, String store) {
    String storeId = world.id(Kind.VECTOR_STORE, store);
    String v = world.apiVersion();
    switch (action) {
      case "retrieve" ->
          world.attempt(
              () -> world.client().vectorStoreFiles().getVectorStoreFile(storeId, fileId, v));
      case "detach" ->
          world.attempt(
              () -> world.client().vectorStoreFiles().deleteVectorStoreFile(storeId, fileId, v));
      default ->
          throw new IllegalArgumentException("cannot " + action + " a file of a vector store");
    }
  }

  @Then("within {int} seconds the vector store {string} no longer lists the file {string}")
  public void noLongerListed(int seconds, String store, String file) {
    String fileId = world.id(Kind.FILE, file);
    world.eventually(
        "the vector store " + store + " no longer lists " + file,
        Duration.ofSeconds(seconds),
        () ->
            list(store, 100, null, null).getData().stream()
                .noneMatch(f -> f.getId().equals(fileId)));
  }
}
