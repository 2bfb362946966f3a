package dev.assistantskit.conformance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assistantskit.client.model.AssistantObject;
import dev.assistantskit.client.model.AssistantTool;
import dev.assistantskit.client.model.AssistantToolsCode;
import dev.assistantskit.client.model.AssistantToolsFileSearch;
import dev.assistantskit.client.model.AssistantToolsFunction;
import dev.assistantskit.client.model.CreateAssistantRequest;
import dev.assistantskit.client.model.FunctionObject;
import dev.assistantskit.client.model.ModifyAssistantRequest;
import dev.assistantskit.conformance.Kind;
import dev.assistantskit.conformance.World;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/** Creating, reading, changing, listing and deleting assistants. */
public final class AssistantSteps {
  private final World world;

  public AssistantSteps(World world) {
    this.world = world;
  }

  private CreateAssistantRequest request() {
    return new CreateAssistantRequest().model(world.target().model());
  }

  /** Creates an assistant, names it and registers it for clean-up. */
  private AssistantObject create(String name, CreateAssistantRequest request) {
    AssistantObject created =
        world.call(() -> world.client().assistants().createAssistant(world.apiVersion(), request));
    keep(name, created);
    return created;
  }

  private Optional<AssistantObject> tryCreate(CreateAssistantRequest request) {
    Optional<AssistantObject> created =
        world.attempt(
            () -> world.client().assistants().createAssistant(world.apiVersion(), request));
    created.ifPresent(a -> keep(null, a));
    return created;
  }

  private void keep(String name, AssistantObject assistant) {
    world.created(Kind.ASSISTANT, assistant.getId());
    if (name != null) {
      world.remember(Kind.ASSISTANT, name, assistant.getId());
    }
  }

  @When("I create an assistant {string} with the code interpreter and the instructions {string}")
  @Given("an assistant {string} with the code interpreter and the instructions {string}")
  public void createWithCodeInterpreter(String name, String instructions) {
    create(
        name,
        request()
            .name(name)
            .instructions(instructions)
            .addToolsItem(Tools.of("code_interpreter", 0)));
  }

  @Given("an assistant {string} with the code interpreter and these instructions:")
  public void createWithCodeInterpreterAndDocString(String name, String instructions) {
    createWithCodeInterpreter(name, instructions.strip());
  }

  @Given("an assistant {string} with the function {string}")
  public void createWithNamedFunction(String name, String function) {
    create(name, request().name(name).addToolsItem(Tools.function(function)));
  }

  @Given("an assistant {string} with the instructions {string}")
  public void createWithInstructions(String name, String instructions) {
    create(name, request().name(name).instructions(instructions));
  }

  @Given("an assistant {string}")
  public void create(String name) {
    create(name, request().name(name));
  }

  @Given("assistants {names}")
  @Given("assistants {names}, created in that order")
  public void createInOrder(List<String> names) {
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        world.nextSecond();
      }
      create(names.get(i));
    }
  }

  @When("I retrieve the assistant {string}")
  public void retrieve(String name) {
    world.call(
        () ->
            world
                .client()
                .assistants()
                .getAssistant(world.id(Kind.ASSISTANT, name), world.apiVersion()));
  }

  @When("I try to retrieve the assistant {string}")
  public void tryRetrieve(String name) {
    world.attempt(
        () ->
            world
                .client()
                .assistants()
                .getAssistant(world.id(Kind.ASSISTANT, name), world.apiVersion()));
  }

  @When("I rename the assistant {string} to {string} and give it the metadata {string} = {string}")
  public void rename(String name, String newName, String key, String value) {
    modify(name, new ModifyAssistantRequest().name(newName).metadata(Map.of(key, value)));
  }

  @When("I give the assistant {string} the tools {names}")
  public void giveTools(String name, List<String> types) {
    List<AssistantTool> tools = new ArrayList<>();
    for (int i = 0; i < types.size(); i++) {
      tools.add(Tools.of(types.get(i), i));
    }
    modify(name, new ModifyAssistantRequest().tools(tools));
  }

  @When("I change the instructions of the assistant {string} to {int} characters")
  public void changeInstructions(String name, int length) {
    modify(name, new ModifyAssistantRequest().instructions(Text.of(length)));
  }

  @When("I try to change the instructions of the assistant {string} to {int} characters")
  public void tryChangeInstructions(String name, int length) {
    String id = world.id(Kind.ASSISTANT, name);
    ModifyAssistantRequest request = new ModifyAssistantRequest().instructions(Text.of(length));
    world.attempt(
        () -> world.client().assistants().modifyAssistant(id, world.apiVersion(), request));
  }

  private void modify(String name, ModifyAssistantRequest request) {
    String id = world.id(Kind.ASSISTANT, name);
    world.call(() -> world.client().assistants().modifyAssistant(id, world.apiVersion(), request));
  }

  @When("I delete the assistant {string}")
  public void delete(String name) {
    String id = world.id(Kind.ASSISTANT, name);
    world.call(() -> world.client().assistants().deleteAssistant(id, world.apiVersion()));
    world.gone(id);
  }

  @When("I try to {word} the assistant with the id {string}")
  public void tryUnknown(String action, String id) {
    String v = world.apiVersion();
    switch (action) {
      case "retrieve" -> world.attempt(() -> world.client().assistants().getAssistant(id, v));
      case "modify" ->
          world.attempt(
              () ->
                  world
                      .client()
                      .assistants()
                      .modifyAssistant(id, v, new ModifyAssistantRequest().name("Renamed")));
      case "delete" -> world.attempt(() -> world.client().assistants().deleteAssistant(id, v));
      default -> throw new IllegalArgumentException("cannot " + action + " an assistant");
    }
  }

  @When("I list assistants")
  public void list() {
    list(null, null, null, null);
  }

  @When("I list assistants with a limit of {int}")
  public void list(int limit) {
    list(limit, null, null, null);
  }

  @When("I list assistants with a limit of {int} after {string}")
  public void listAfter(int limit, String name) {
    list(limit, null, world.id(Kind.ASSISTANT, name), null);
  }

  @When("I list assistants in ascending order after {string}")
  public void listAscendingAfter(String name) {
    list(null, "asc", world.id(Kind.ASSISTANT, name), null);
  }

  @When("I list assistants before {string}")
  public void listBefore(String name) {
    list(null, null, null, world.id(Kind.ASSISTANT, name));
  }

  private void list(Integer limit, String order, String after, String before) {
    world.call(
        () ->
            world
                .client()
                .assistants()
                .listAssistants(world.apiVersion(), limit, order, after, before));
  }

  @When("I try to list assistants with the query {string}")
  public void tryListWithQuery(String query) {
    world.answered(world.wire().get("/assistants?" + query));
  }

  @When("I create an assistant whose {word} is {int} characters long")
  public void createWithLongField(String field, int length) {
    create("long " + field, withField(field, Text.of(length)));
  }

  @When("I try to create an assistant whose {word} is {int} characters long")
  public void tryCreateWithLongField(String field, int length) {
    tryCreate(withField(field, Text.of(length)));
  }

  private CreateAssistantRequest withField(String field, String value) {
    return switch (field) {
      case "name" -> request().name(value);
      case "description" -> request().description(value);
      case "instructions" -> request().instructions(value);
      default -> throw new IllegalArgumentException("an assistant has no text field " + field);
    };
  }

  @When("I try to create an assistant without a model")
  public void tryCreateWithoutModel() {
    world.answered(world.wire().postJson("/assistants", Map.of("name", "No model")));
  }

  @When("I try to create an assistant with the version 1 field {string}")
  public void tryCreateWithV1Field(String field) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("model", world.target().model());
    body.put(field, List.of());
    world.answered(world.wire().postJson("/assistants", body));
    createdByMistake();
  }

  /** An assistant made by a request that should have been refused is still cleaned up. */
  private void createdByMistake() {
    if (world.refusalOrNull() == null) {
      JsonNode id = world.answer().path("id");
      if (id.isTextual()) {
        world.created(Kind.ASSISTANT, id.asText());
      }
    }
  }

  @When("I create an assistant with {int} metadata pairs")
  public void createWithMetadata(int pairs) {
    create("with metadata", request().metadata(Text.pairs(pairs)));
  }

  @When("I try to create an assistant with {int} metadata pairs")
  public void tryCreateWithMetadata(int pairs) {
    tryCreate(request().metadata(Text.pairs(pairs)));
  }

  @When(
      "I create an assistant with a metadata key of {int} characters and a value of {int} characters")
  public void createWithLongMetadata(int keyLength, int valueLength) {
    create("with metadata", request().metadata(Map.of(Text.of(keyLength), Text.of(valueLength))));
  }

  @When("I try to create an assistant with a metadata key of {int} characters")
  public void tryCreateWithLongKey(int keyLength) {
    tryCreate(request().metadata(Map.of(Text.of(keyLength), "value")));
  }

  @When("I try to create an assistant with a metadata value of {int} characters")
  public void tryCreateWithLongValue(int valueLength) {
    tryCreate(request().metadata(Map.of("key", Text.of(valueLength))));
  }

  @When("I create an assistant with {int} function tools")
  public void createWithFunctions(int count) {
    create("with functions", request().tools(functions(count)));
  }

  @When("I try to create an assistant with {int} function tools")
  public void tryCreateWithFunctions(int count) {
    tryCreate(request().tools(functions(count)));
  }

  private static List<AssistantTool> functions(int count) {
    return IntStream.range(0, count).mapToObj(i -> Tools.of("function", i)).toList();
  }

  @When("I create an assistant with a function named {string}")
  public void createWithFunction(String functionName) {
    create("with a function", request().addToolsItem(Tools.function(functionName)));
  }

  @When("I try to create an assistant with a function named {string}")
  public void tryCreateWithFunction(String functionName) {
    tryCreate(request().addToolsItem(Tools.function(functionName)));
  }

  @When("I create an assistant with a function whose name is {int} characters long")
  public void createWithLongFunctionName(int length) {
    create("with a long function name", request().addToolsItem(Tools.function(Text.of(length))));
  }

  @When("I try to create an assistant with a function whose name is {int} characters long")
  public void tryCreateWithLongFunctionName(int length) {
    tryCreate(request().addToolsItem(Tools.function(Text.of(length))));
  }

  @Then("the assistant is named {string} and runs on the deployment under test")
  public void namedAndModel(String name) {
    JsonNode assistant = world.answer();
    assertThat(assistant.path("name").asText(null)).as("name").isEqualTo(name);
    assertThat(assistant.path("model").asText(null))
        .as("model (the deployment name)")
        .isEqualTo(world.target().model());
  }

  @Then("the assistant has the instructions {string}")
  public void hasInstructions(String instructions) {
    assertThat(world.answer().path("instructions").asText(null)).isEqualTo(instructions);
  }

  @Then("the assistant has no description")
  public void noDescription() {
    JsonNode description = world.answer().path("description");
    assertThat(description.isNull() || description.isMissingNode())
        .as("description of %s is null", world.answer())
        .isTrue();
  }

  @Then("the assistant answers in the {string} response format")
  public void responseFormat(String format) {
    assertThat(world.answer().path("response_format").asText(null))
        .as("response_format of %s", world.answer())
        .isEqualTo(format);
  }

  @Then("the assistant's tools are {names}")
  public void toolsAre(List<String> types) {
    List<String> actual = new ArrayList<>();
    world.answer().path("tools").forEach(tool -> actual.add(tool.path("type").asText()));
    assertThat(actual).containsExactlyElementsOf(types);
  }

  @Then("the assistant has {int} tool(s)")
  public void toolCount(int count) {
    assertThat(world.answer().path("tools").size()).isEqualTo(count);
  }

  @Then("the assistant has a function named {string}")
  public void hasFunction(String functionName) {
    JsonNode tools = world.answer().path("tools");
    assertThat(tools.size()).as("tools of %s", world.answer()).isEqualTo(1);
    assertThat(tools.get(0).path("type").asText()).isEqualTo("function");
    assertThat(tools.get(0).path("function").path("name").asText()).isEqualTo(functionName);
  }

  @Then("the assistant's {word} has {int} characters")
  public void fieldLength(String field, int length) {
    assertThat(world.answer().path(field).asText("")).hasSize(length);
  }

  /** Tools as the features name them: by type; functions get a distinct name and parameters. */
  static final class Tools {
    private Tools() {}

    static AssistantTool of(String type, int index) {
      return switch (type) {
        case "code_interpreter" ->
            new AssistantTool(
                new AssistantToolsCode().type(AssistantToolsCode.TypeEnum.CODE_INTERPRETER));
        case "file_search" ->
            new AssistantTool(
                new AssistantToolsFileSearch().type(AssistantToolsFileSearch.TypeEnum.FILE_SEARCH));
        case "function" -> function("lookup_" + index);
        default -> throw new IllegalArgumentException("no tool of type " + type);
      };
    }

    /** A function with a description and parameters, which Azure's spec [A] requires. */
    static AssistantTool function(String name) {
      Map<String, Object> parameters = new LinkedHashMap<>();
      parameters.put("type", "object");
      parameters.put("properties", Map.of("query", Map.of("type", "string")));
      parameters.put("required", List.of("query"));
      return new AssistantTool(
          new AssistantToolsFunction()
              .type(AssistantToolsFunction.TypeEnum.FUNCTION)
              .function(
                  new FunctionObject()
                      .name(name)
                      .description("Looks something up.")
                      .parameters(parameters)));
    }
  }
}
