package dev.assistantskit.conformance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assistantskit.conformance.Kind;
import dev.assistantskit.conformance.World;
import io.cucumber.java.en.Then;
import java.util.Map;
import java.util.TreeMap;

/** What every answer has: its object type, id, creation time and metadata. */
public final class AnswerSteps {
  /** Timestamps are Unix seconds; Azure's spec types them as 32-bit integers. */
  private static final long MAX_TIMESTAMP = Integer.MAX_VALUE;

  /** Clocks of a remote target may differ from ours by this much. */
  static final long CLOCK_SKEW = 300;

  private final World world;

  public AnswerSteps(World world) {
    this.world = world;
  }

  @Then("it is a(n) {string} object")
  public void isObject(String object) {
    assertThat(world.answer().path("object").asText(null))
        .as("object of %s", world.answer())
        .isEqualTo(object);
  }

  @Then("its id looks like {string} followed by {int} letters or digits")
  public void idLike(String prefix, int length) {
    assertThat(id()).matches(java.util.regex.Pattern.quote(prefix) + "[A-Za-z0-9]{" + length + "}");
  }

  @Then("its id looks like {string} followed by letters or digits")
  public void idLike(String prefix) {
    assertThat(id()).matches(java.util.regex.Pattern.quote(prefix) + "[A-Za-z0-9]+");
  }

  @Then("its id looks like {string} or {string} followed by letters or digits")
  public void idLike(String prefix, String otherPrefix) {
    assertThat(id())
        .matches(
            "(?:"
                + java.util.regex.Pattern.quote(prefix)
                + "|"
                + java.util.regex.Pattern.quote(otherPrefix)
                + ")[A-Za-z0-9]+");
  }

  private String id() {
    JsonNode id = world.answer().path("id");
    assertThat(id.isTextual()).as("id of %s is a string", world.answer()).isTrue();
    return id.asText();
  }

  @Then("it was created during this scenario")
  public void createdNow() {
    assertTimestamp(world.answer(), "created_at");
    assertThat(world.answer().path("created_at").asLong())
        .as("created_at (Unix seconds) of %s", world.answer())
        .isGreaterThanOrEqualTo(world.startedAt() - CLOCK_SKEW);
  }

  /** The field of the object is this text. */
  static void assertText(JsonNode object, String field, String expected) {
    assertThat(object.path(field).asText(null)).as("%s of %s", field, object).isEqualTo(expected);
  }

  /** A timestamp is a whole number of seconds since 1970, after 2023 and within 32 bits. */
  static void assertTimestamp(JsonNode object, String field) {
    JsonNode value = object.path(field);
    assertThat(value.isIntegralNumber()).as("%s of %s is an integer", field, object).isTrue();
    assertThat(value.asLong())
        .as("%s of %s, in Unix seconds", field, object)
        .isBetween(1_672_531_200L, MAX_TIMESTAMP);
  }

  @Then("it has no metadata")
  public void noMetadata() {
    JsonNode metadata = world.answer().path("metadata");
    assertThat(metadata.isNull() || metadata.isMissingNode() || metadata.isEmpty())
        .as("metadata of %s is empty", world.answer())
        .isTrue();
  }

  @Then("it has the metadata {string} = {string}")
  public void hasMetadata(String key, String value) {
    assertThat(metadata()).containsExactly(Map.entry(key, value));
  }

  @Then("it has {int} metadata pair(s)")
  public void metadataPairs(int count) {
    assertThat(metadata()).hasSize(count);
  }

  private Map<String, String> metadata() {
    Map<String, String> metadata = new TreeMap<>();
    world
        .answer()
        .path("metadata")
        .properties()
        .forEach(e -> metadata.put(e.getKey(), e.getValue().asText()));
    return metadata;
  }

  @Then("it is the {kind} {string} as it was created")
  public void sameAsCreated(Kind kind, String name) {
    JsonNode created = world.asCreated(kind, name);
    assertThat(world.answer().path("id").asText()).as("id").isEqualTo(created.path("id").asText());
    assertThat(world.answer().path("created_at").asLong())
        .as("created_at")
        .isEqualTo(created.path("created_at").asLong());
  }

  @Then("it is the file {string} as it was uploaded")
  public void sameAsUploaded(String name) {
    sameAsCreated(Kind.FILE, name);
  }

  @Then("the deletion of the {kind} {string} is confirmed as a(n) {string} object")
  public void deletionConfirmed(Kind kind, String name, String object) {
    JsonNode answer = world.answer();
    assertThat(answer.path("id").asText()).as("id of %s", answer).isEqualTo(world.id(kind, name));
    assertThat(answer.path("object").asText()).as("object of %s", answer).isEqualTo(object);
    assertThat(answer.path("deleted").isBoolean() && answer.path("deleted").asBoolean())
        .as("deleted of %s is true", answer)
        .isTrue();
  }
}
