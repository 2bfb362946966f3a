package dev.assistantskit.conformance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assistantskit.client.model.CreateVectorStoreFileBatchRequest;
import dev.assistantskit.client.model.VectorStoreFileBatchObject;
import dev.assistantskit.conformance.Kind;
import dev.assistantskit.conformance.World;
import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Attaching files to a vector store in a batch. A scenario makes at most one batch per vector
 * store, so a batch is named after its vector store.
 */
public final class FileBatchSteps {
  private final World world;

  public FileBatchSteps(World world) {
    this.world = world;
  }

  @ParameterType("retrieve|cancel|list the files of")
  public String batchAction(String action) {
    return action;
  }

  @When("I attach the files {names} to the vector store {string} in a batch")
  @Given("the files {names} are attached to the vector store {string} in a batch")
  public void attach(List<String> files, String store) {
    String storeId = world.id(Kind.VECTOR_STORE, store);
    CreateVectorStoreFileBatchRequest request =
        new CreateVectorStoreFileBatchRequest()
            .fileIds(files.stream().map(file -> world.id(Kind.FILE, file)).toList());
    VectorStoreFileBatchObject batch =
        world.call(
            () ->
                world
                    .client()
                    .vectorStoreFileBatches()
                    .createVectorStoreFileBatch(storeId, world.apiVersion(), request));
    world.remember(Kind.FILE_BATCH, store, batch.getId());
  }

  @When("I try to attach an empty batch of files to the vector store {string}")
  public void tryAttachNone(String store) {
    world.answered(
        world
            .wire()
            .postJson(
                "/vector_stores/" + world.id(Kind.VECTOR_STORE, store) + "/file_batches",
                Map.of("file_ids", List.of())));
  }

  @When("I retrieve the batch of the vector store {string}")
  public void retrieve(String store) {
    String storeId = world.id(Kind.VECTOR_STORE, store);
    String batchId = world.id(Kind.FILE_BATCH, store);
    world.call(
        () ->
            world
                .client()
                .vectorStoreFileBatches()
                .getVectorStoreFileBatch(storeId, batchId, world.apiVersion()));
  }

  @Then("it is the batch of the vector store {string} as it was created")
  public void sameAsCreated(String store) {
    JsonNode created = world.asCreated(Kind.FILE_BATCH, store);
    assertThat(world.answer().path("id").asText()).as("id").isEqualTo(created.path("id").asText());
    assertThat(world.answer().path("created_at").asLong())
        .as("created_at")
        .isEqualTo(created.path("created_at").asLong());
  }

  @Then("the batch belongs to the vector store {string} and counts {int} files in all")
  public void belongsAndCounts(String store, int total) {
    JsonNode batch = world.answer();
    assertThat(batch.path("vector_store_id").asText())
        .as("vector_store_id")
        .isEqualTo(world.id(Kind.VECTOR_STORE, store));
    assertThat(batch.path("file_counts").path("total").asInt(-1))
        .as("file_counts.total of %s", batch)
        .isEqualTo(total);
  }

  @Then("once processed, the batch is {string} and counts {int} completed files")
  public void processed(String status, int completed) {
    String batchId = world.answer().path("id").asText();
    String storeId = world.answer().path("vector_store_id").asText();
    world.eventually(
        "the batch is no longer in progress",
        Duration.ofSeconds(60),
        () ->
            world
                    .client()
                    .vectorStoreFileBatches()
                    .getVectorStoreFileBatch(storeId, batchId, world.apiVersion())
                    .getStatus()
                != VectorStoreFileBatchObject.StatusEnum.IN_PROGRESS);
    JsonNode batch = world.answer();
    assertThat(batch.path("status").asText()).as("status of %s", batch).isEqualTo(status);
    assertThat(batch.path("file_counts").path("completed").asInt())
        .as("file_counts.completed of %s", batch)
        .isEqualTo(completed);
  }

  @When("I list the files of the batch of the vector store {string}")
  public void list(String store) {
    list(store, null, null);
  }

  @When("I list the files of the batch of the vector store {string} with the status {string}")
  public void listByStatus(String store, String status) {
    list(store, null, status);
  }

  @When("I list the files of the batch of the vector store {string} with a limit of {int}")
  public void list(String store, int limit) {
    list(store, limit, null);
  }

  private void list(String store, Integer limit, String filter) {
    String storeId = world.id(Kind.VECTOR_STORE, store);
    String batchId = world.id(Kind.FILE_BATCH, store);
    world.call(
        () ->
            world
                .client()
                .vectorStoreFileBatches()
                .listFilesInVectorStoreBatch(
                    storeId, batchId, world.apiVersion(), limit, null, null, null, filter));
  }

  @When("I try to {batchAction} the batch with the id {string} of the vector store {string}")
  public void tryUnknown(String action, String batchId, String store) {
    String storeId = world.id(Kind.VECTOR_STORE, store);
    String v = world.apiVersion();
    switch (action) {
      case "retrieve" ->
          world.attempt(
              () ->
                  world
                      .client()
                      .vectorStoreFileBatches()
                      .getVectorStoreFileBatch(storeId, batchId, v));
      case "cancel" ->
          world.attempt(
              () ->
                  world
                      .client()
                      .vectorStoreFileBatches()
                      .cancelVectorStoreFileBatch(storeId, batchId, v));
      default ->
          world.attempt(
              () ->
                  world
                      .client()
                      .vectorStoreFileBatches()
                      .listFilesInVectorStoreBatch(
                          storeId, batchId, v, null, null, null, null, null));
    }
  }
}
