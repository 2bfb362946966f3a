package dev.assistantskit.conformance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assistantskit.conformance.World;
import io.cucumber.java.en.Then;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Lists: Azure's envelope {@code {object: list, data, first_id, last_id, has_more}} and the order
 * of what they hold. Items are shown by the names the scenario gave them (a message by its text, a
 * run step by its type).
 */
public final class ListSteps {
  private final World world;

  public ListSteps(World world) {
    this.world = world;
  }

  private JsonNode list() {
    JsonNode list = world.answer();
    assertThat(list.path("data").isArray()).as("data of %s is an array", list).isTrue();
    return list;
  }

  private List<String> labels(JsonNode list) {
    List<String> labels = new ArrayList<>();
    list.path("data").forEach(item -> labels.add(label(item)));
    return labels;
  }

  /**
   * The scenario's name for an item, else a message's text, else a run step's type, else its id.
   */
  private String label(JsonNode item) {
    String id = item.path("id").asText();
    return world
        .nameOf(id)
        .orElseGet(
            () -> {
              JsonNode text = item.path("content").path(0).path("text").path("value");
              if (text.isTextual()) {
                return text.asText();
              }
              return item.path("object").asText().equals("thread.run.step")
                  ? item.path("type").asText()
                  : id;
            });
  }

  @Then(
      "the list is a {string} object whose first and last ids are those of its first and last items")
  public void envelope(String object) {
    JsonNode list = list();
    assertThat(list.path("object").asText()).as("object of the list").isEqualTo(object);
    assertThat(list.path("has_more").isBoolean()).as("has_more is a boolean").isTrue();
    JsonNode data = list.path("data");
    assertThat(data.size()).as("the list has items").isPositive();
    assertThat(list.path("first_id").asText())
        .as("first_id")
        .isEqualTo(data.get(0).path("id").asText());
    assertThat(list.path("last_id").asText())
        .as("last_id")
        .isEqualTo(data.get(data.size() - 1).path("id").asText());
  }

  @Then("the list is a {string} object")
  public void listObject(String object) {
    assertThat(list().path("object").asText()).as("object of the list").isEqualTo(object);
  }

  @Then("every item of the list is a(n) {string} object")
  public void everyItemIs(String object) {
    list()
        .path("data")
        .forEach(
            item ->
                assertThat(item.path("object").asText())
                    .as("object of %s", item)
                    .isEqualTo(object));
  }

  @Then("the list includes {string}")
  public void includes(String name) {
    assertThat(labels(list())).contains(name);
  }

  @Then("the list does not include {string}")
  public void doesNotInclude(String name) {
    assertThat(labels(list())).doesNotContain(name);
  }

  @Then("the list shows {names}")
  public void shows(List<String> names) {
    assertThat(labels(list())).containsExactlyElementsOf(names);
  }

  @Then("the list starts with {string}")
  public void startsWith(String name) {
    assertThat(labels(list())).startsWith(name);
  }

  @Then("the list holds exactly {names}")
  public void holdsExactly(List<String> names) {
    assertThat(labels(list())).containsExactlyInAnyOrderElementsOf(names);
  }

  @Then("together the pages hold {names}")
  public void pagesHold(List<String> names) {
    Set<String> all = new LinkedHashSet<>();
    world.pages().forEach(page -> all.addAll(labels(page)));
    assertThat(all).containsExactlyInAnyOrderElementsOf(names);
  }

  @Then("the list has {int} item(s)")
  public void size(int size) {
    assertThat(list().path("data").size()).as("items of %s", world.answer()).isEqualTo(size);
  }

  @Then("the list says there are more")
  public void hasMore() {
    assertThat(list().path("has_more").asBoolean()).as("has_more of %s", world.answer()).isTrue();
  }

  @Then("the list says there are no more")
  public void noMore() {
    JsonNode hasMore = list().path("has_more");
    assertThat(hasMore.isBoolean() && !hasMore.asBoolean())
        .as("has_more of %s is false", world.answer())
        .isTrue();
  }

  @Then("the list is empty and says there are no more")
  public void empty() {
    assertThat(list().path("data").size()).as("items of %s", world.answer()).isZero();
    noMore();
  }

  @Then("the request is answered with a list")
  public void answeredWithList() {
    listObject("list");
  }
}
