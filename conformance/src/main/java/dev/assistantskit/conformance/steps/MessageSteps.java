package dev.assistantskit.conformance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assistantskit.client.model.AssistantToolsCode;
import dev.assistantskit.client.model.CreateMessageRequest;
import dev.assistantskit.client.model.MessageAttachment;
import dev.assistantskit.client.model.MessageAttachmentTool;
import dev.assistantskit.client.model.MessageObject;
import dev.assistantskit.client.model.ModifyMessageRequest;
import dev.assistantskit.conformance.Kind;
import dev.assistantskit.conformance.World;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Adding, listing, reading, changing and deleting the messages of a thread. */
public final class MessageSteps {
  private final World world;

  public MessageSteps(World world) {
    this.world = world;
  }

  private MessageObject add(String thread, CreateMessageRequest request) {
    String threadId = world.id(Kind.THREAD, thread);
    MessageObject message =
        world.call(
            () -> world.client().messages().createMessage(threadId, world.apiVersion(), request));
    world.remember(Kind.MESSAGE, request.getContent(), message.getId());
    return message;
  }

  private static CreateMessageRequest says(String role, String text) {
    return new CreateMessageRequest()
        .role(CreateMessageRequest.RoleEnum.fromValue(role))
        .content(text);
  }

  @When("the {word} says {string} in the thread {string}")
  public void says(String role, String text, String thread) {
    add(thread, says(role, text));
  }

  @Given("the user said {names} in the thread {string}")
  public void said(List<String> texts, String thread) {
    for (int i = 0; i < texts.size(); i++) {
      if (i > 0) {
        world.nextSecond();
      }
      add(thread, says("user", texts.get(i)));
    }
  }

  @Given("the user said {int} numbered messages in the thread {string}")
  public void saidNumbered(int count, String thread) {
    for (int i = 1; i <= count; i++) {
      add(thread, says("user", "Message " + i));
    }
  }

  /** A request for a long answer: a real model writes it, a model that echoes quotes it. */
  @Given("the user asked in the thread {string} for an answer of more than {int} tokens")
  public void askedForLongAnswer(String thread, int tokens) {
    String sentence = "The quick brown fox jumps over the lazy dog. ";
    add(
        thread,
        says(
            "user",
            "Repeat the following text back to me word for word, and nothing else: "
                + sentence.repeat(tokens / 5)));
  }

  @When("the user says a message of {int} characters in the thread {string}")
  public void saysLong(int length, String thread) {
    add(thread, says("user", Text.of(length)));
  }

  @When("the user says {string} in the thread {string} attaching {string} for the code interpreter")
  public void saysWithAttachment(String text, String thread, String file) {
    add(
        thread,
        says("user", text)
            .addAttachmentsItem(
                new MessageAttachment()
                    .fileId(world.id(Kind.FILE, file))
                    .addToolsItem(
                        new MessageAttachmentTool(
                            new AssistantToolsCode()
                                .type(AssistantToolsCode.TypeEnum.CODE_INTERPRETER)))));
  }

  @When("I try to add a message from {string} saying {string} to the thread {string}")
  public void tryAddFrom(String role, String text, String thread) {
    world.answered(
        world
            .wire()
            .postJson(
                "/threads/" + world.id(Kind.THREAD, thread) + "/messages",
                Map.of("role", role, "content", text)));
  }

  @When("I try to add a message of {int} characters to the thread {string}")
  public void tryAddLong(int length, String thread) {
    tryAdd(world.id(Kind.THREAD, thread), Text.of(length));
  }

  @When("I try to add a message saying {string} to the thread {string}")
  public void tryAddTo(String text, String thread) {
    tryAdd(world.id(Kind.THREAD, thread), text);
  }

  @When("I try to add a message saying {string} to the thread with the id {string}")
  public void tryAddToUnknown(String text, String threadId) {
    tryAdd(threadId, text);
  }

  private void tryAdd(String threadId, String text) {
    world.attempt(
        () ->
            world
                .client()
                .messages()
                .createMessage(threadId, world.apiVersion(), says("user", text)));
  }

  @When("I list the messages of the thread {string}")
  public void list(String thread) {
    list(thread, null, null, null, null);
  }

  @When("I list the messages of the thread {string} in ascending order")
  public void listAscending(String thread) {
    list(thread, null, "asc", null, null);
  }

  @When("I list the messages of the thread {string} with a limit of {int}")
  public void list(String thread, int limit) {
    list(thread, limit, null, null, null);
  }

  @When("I list the messages of the thread {string} with a limit of {int} after {string}")
  public void listAfter(String thread, int limit, String after) {
    list(thread, limit, null, world.id(Kind.MESSAGE, after), null);
  }

  @When(
      "I list the messages of the thread {string} in ascending order with a limit of {int} after {string}")
  public void listAscendingAfter(String thread, int limit, String after) {
    list(thread, limit, "asc", world.id(Kind.MESSAGE, after), null);
  }

  @When("I list the messages of the thread {string} before {string}")
  public void listBefore(String thread, String before) {
    list(thread, null, null, null, world.id(Kind.MESSAGE, before));
  }

  private void list(String thread, Integer limit, String order, String after, String before) {
    String threadId = world.id(Kind.THREAD, thread);
    world.call(
        () ->
            world
                .client()
                .messages()
                .listMessages(threadId, world.apiVersion(), limit, order, after, before, null));
  }

  @When("I try to list the messages of the thread {string}")
  public void tryList(String thread) {
    String threadId = world.id(Kind.THREAD, thread);
    world.attempt(
        () ->
            world
                .client()
                .messages()
                .listMessages(threadId, world.apiVersion(), null, null, null, null, null));
  }

  @When("I try to list the messages of the thread {string} with the query {string}")
  public void tryListWithQuery(String thread, String query) {
    String path = "/threads/" + world.id(Kind.THREAD, thread) + "/messages?" + query;
    world.answered(world.wire().get(path));
  }

  @When("I retrieve the message {string} of the thread {string}")
  public void retrieve(String message, String thread) {
    String threadId = world.id(Kind.THREAD, thread);
    String id = world.id(Kind.MESSAGE, message);
    world.call(() -> world.client().messages().getMessage(threadId, id, world.apiVersion()));
  }

  @When("I try to retrieve the message {string} of the thread {string}")
  public void tryRetrieve(String message, String thread) {
    tryUnknown("retrieve", world.id(Kind.MESSAGE, message), thread);
  }

  @When(
      "I change the metadata of the message {string} of the thread {string} to {string} = {string}")
  public void changeMetadata(String message, String thread, String key, String value) {
    String threadId = world.id(Kind.THREAD, thread);
    String id = world.id(Kind.MESSAGE, message);
    ModifyMessageRequest request = new ModifyMessageRequest().metadata(Map.of(key, value));
    world.call(
        () -> world.client().messages().modifyMessage(threadId, id, world.apiVersion(), request));
  }

  @When("I try to change the text of the message {string} of the thread {string} to {string}")
  public void tryChangeText(String message, String thread, String text) {
    world.answered(
        world
            .wire()
            .postJson(
                "/threads/"
                    + world.id(Kind.THREAD, thread)
                    + "/messages/"
                    + world.id(Kind.MESSAGE, message),
                Map.of("content", text)));
  }

  @When("I delete the message {string} of the thread {string}")
  public void delete(String message, String thread) {
    String threadId = world.id(Kind.THREAD, thread);
    String id = world.id(Kind.MESSAGE, message);
    world.call(() -> world.client().messages().deleteMessage(threadId, id, world.apiVersion()));
  }

  @When("I try to {word} the message with the id {string} of the thread {string}")
  public void tryUnknown(String action, String id, String thread) {
    String threadId = world.id(Kind.THREAD, thread);
    String v = world.apiVersion();
    switch (action) {
      case "retrieve" -> world.attempt(() -> world.client().messages().getMessage(threadId, id, v));
      case "modify" ->
          world.attempt(
              () ->
                  world
                      .client()
                      .messages()
                      .modifyMessage(
                          threadId, id, v, new ModifyMessageRequest().metadata(Map.of("k", "v"))));
      case "delete" ->
          world.attempt(() -> world.client().messages().deleteMessage(threadId, id, v));
      default -> throw new IllegalArgumentException("cannot " + action + " a message");
    }
  }

  @Then("the message belongs to the thread {string} and is from the {word}")
  public void belongsTo(String thread, String role) {
    JsonNode message = world.answer();
    assertThat(message.path("thread_id").asText())
        .as("thread_id")
        .isEqualTo(world.id(Kind.THREAD, thread));
    assertThat(message.path("role").asText()).as("role").isEqualTo(role);
  }

  @Then("every message of the list is from the user and belongs to the thread {string}")
  public void everyFromUser(String thread) {
    String threadId = world.id(Kind.THREAD, thread);
    world
        .answer()
        .path("data")
        .forEach(
            message -> {
              assertThat(message.path("role").asText()).as("role of %s", message).isEqualTo("user");
              assertThat(message.path("thread_id").asText())
                  .as("thread_id of %s", message)
                  .isEqualTo(threadId);
            });
  }

  @Then("the message's content is the text {string} without annotations")
  public void contentIs(String text) {
    JsonNode content = world.answer().path("content");
    assertThat(content.size()).as("content parts of %s", world.answer()).isEqualTo(1);
    assertThat(content.get(0).path("type").asText()).isEqualTo("text");
    assertThat(content.get(0).path("text").path("value").asText()).isEqualTo(text);
    assertThat(content.get(0).path("text").path("annotations").isArray()).isTrue();
    assertThat(content.get(0).path("text").path("annotations").size()).isZero();
  }

  @Then("the message's text has {int} characters")
  public void textLength(int length) {
    assertThat(world.answer().path("content").path(0).path("text").path("value").asText())
        .hasSize(length);
  }

  @Then("the message has no assistant, no run and no attachments")
  public void noAssistantRunOrAttachments() {
    JsonNode message = world.answer();
    assertThat(message.path("assistant_id").isNull())
        .as("assistant_id of %s is null", message)
        .isTrue();
    assertThat(message.path("run_id").isNull()).as("run_id of %s is null", message).isTrue();
    JsonNode attachments = message.path("attachments");
    assertThat(attachments.isNull() || attachments.isEmpty())
        .as("attachments of %s are empty", message)
        .isTrue();
  }

  /** The first message of the list (newest first): the assistant's, written by the run. */
  private JsonNode newest() {
    JsonNode newest = world.answer().path("data").path(0);
    assertThat(newest.isObject()).as("the list %s has a message", world.answer()).isTrue();
    return newest;
  }

  @Then("the newest message is the answer of the assistant {string} in the run {string}")
  public void newestAnswers(String assistant, String run) {
    JsonNode message = newest();
    AnswerSteps.assertText(message, "role", "assistant");
    AnswerSteps.assertText(message, "assistant_id", world.id(Kind.ASSISTANT, assistant));
    AnswerSteps.assertText(message, "run_id", world.id(Kind.RUN, run));
    AnswerSteps.assertText(message, "status", "completed");
    assertThat(contentTypes(message)).as("content of %s", message).contains("text");
  }

  private static List<String> contentTypes(JsonNode message) {
    List<String> types = new ArrayList<>();
    message.path("content").forEach(part -> types.add(part.path("type").asText()));
    return types;
  }

  @Then("the newest message shows an image followed by text")
  public void newestShowsImage() {
    assertThat(contentTypes(newest()))
        .as("content of %s", newest())
        .containsExactly("image_file", "text");
  }

  @Then("the newest message's text shows Python code")
  public void newestShowsCode() {
    JsonNode text = newest().path("content").path(0).path("text").path("value");
    assertThat(text.asText()).as("text of %s", newest()).contains("```python");
  }

  @Then("the message has {int} attachment(s): {string} for {string}")
  public void attachment(int count, String file, String tool) {
    JsonNode attachments = world.answer().path("attachments");
    assertThat(attachments.size()).as("attachments of %s", world.answer()).isEqualTo(count);
    assertThat(attachments.get(0).path("file_id").asText()).isEqualTo(world.id(Kind.FILE, file));
    assertThat(attachments.get(0).path("tools").path(0).path("type").asText()).isEqualTo(tool);
  }
}
