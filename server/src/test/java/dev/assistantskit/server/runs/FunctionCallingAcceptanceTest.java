package dev.assistantskit.server.runs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assistantskit.client.model.RunObject;
import dev.assistantskit.client.model.RunStatus;
import dev.assistantskit.client.model.RunToolCallObject;
import dev.assistantskit.server.testing.EmulatorExtension;
import dev.assistantskit.server.testing.Runs;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With tool_choice auto, the deterministic model calls the functions a message mentions. */
class FunctionCallingAcceptanceTest {
  @RegisterExtension static final EmulatorExtension EMULATOR = new EmulatorExtension();

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Runs runs = Runs.of(EMULATOR);

  private String assistant() throws Exception {
    return runs.assistant(
        List.of(
            Runs.function("get_weather", "Current weather in a city", Runs.WEATHER),
            Runs.function(
                "book_flight",
                "Book a flight between two airports",
                Map.of(
                    "type", "object",
                    "properties",
                        Map.of(
                            "from",
                            Map.of("type", "string"),
                            "to",
                            Map.of("type", "string"),
                            "passengers",
                            Map.of("type", "integer", "minimum", 1)),
                    "required", List.of("from", "to", "passengers")))));
  }

  private List<RunToolCallObject> callsFor(String message) throws Exception {
    String thread = runs.thread(message);
    RunObject run = runs.await(runs.start(thread, assistant()), Runs.TERMINAL_OR_WAITING);
    assertThat(run.getStatus()).isEqualTo(RunStatus.REQUIRES_ACTION);
    return run.getRequiredAction().getSubmitToolOutputs().getToolCalls();
  }

  @Test
  void aFunctionMentionedByNameIsCalledWithArgumentsFromTheMessage() throws Exception {
    List<RunToolCallObject> calls = callsFor("Please call get_weather for Lisbon in celsius");

    assertThat(calls).hasSize(1);
    JsonNode arguments = JSON.readTree(calls.get(0).getFunction().getArguments());
    assertThat(calls.get(0).getFunction().getName()).isEqualTo("get_weather");
    assertThat(arguments.get("city").asText()).isEqualTo("Lisbon");
    assertThat(arguments.get("unit").asText()).isEqualTo("celsius");
  }

  @Test
  void aFunctionMentionedByItsDescriptionIsCalledWithEveryRequiredArgument() throws Exception {
    List<RunToolCallObject> calls =
        callsFor("I need to book a flight from Paris to Oslo for 2 people");

    JsonNode arguments = JSON.readTree(calls.get(0).getFunction().getArguments());
    assertThat(calls.get(0).getFunction().getName()).isEqualTo("book_flight");
    assertThat(arguments.get("from").isTextual()).isTrue();
    assertThat(arguments.get("to").isTextual()).isTrue();
    assertThat(arguments.get("passengers").asInt()).isEqualTo(2);
  }

  @Test
  void aQuestionAboutSeveralThingsCallsSeveralTimesInOneStep() throws Exception {
    List<RunToolCallObject> calls = callsFor("What is the weather in Paris and in Tokyo?");

    assertThat(calls)
        .extracting(call -> JSON.readTree(call.getFunction().getArguments()).get("city").asText())
        .containsExactly("Paris", "Tokyo");
    assertThat(calls).extracting(RunToolCallObject::getId).doesNotHaveDuplicates();
  }

  @Test
  void aMessageMentioningNoFunctionGetsAnAnswer() throws Exception {
    String thread = runs.thread("Tell me a joke");

    RunObject run = runs.awaitEnd(runs.start(thread, assistant()));

    assertThat(run.getStatus()).isEqualTo(RunStatus.COMPLETED);
    assertThat(runs.newestText(thread)).contains("Tell me a joke");
  }
}
