package dev.assistantskit.interop.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.ai.openai.assistants.models.Assistant;
import com.azure.ai.openai.assistants.models.AssistantCreationOptions;
import com.azure.ai.openai.assistants.models.AssistantThread;
import com.azure.ai.openai.assistants.models.AssistantsApiToolChoiceOption;
import com.azure.ai.openai.assistants.models.AssistantsNamedToolChoice;
import com.azure.ai.openai.assistants.models.AssistantsNamedToolChoiceType;
import com.azure.ai.openai.assistants.models.CreateRunOptions;
import com.azure.ai.openai.assistants.models.FunctionDefinition;
import com.azure.ai.openai.assistants.models.FunctionName;
import com.azure.ai.openai.assistants.models.FunctionToolDefinition;
import com.azure.ai.openai.assistants.models.ListSortOrder;
import com.azure.ai.openai.assistants.models.MessageRole;
import com.azure.ai.openai.assistants.models.RequiredFunctionToolCall;
import com.azure.ai.openai.assistants.models.RequiredToolCall;
import com.azure.ai.openai.assistants.models.RunStatus;
import com.azure.ai.openai.assistants.models.RunStepFunctionToolCall;
import com.azure.ai.openai.assistants.models.SubmitToolOutputsAction;
import com.azure.ai.openai.assistants.models.ThreadMessage;
import com.azure.ai.openai.assistants.models.ThreadMessageOptions;
import com.azure.ai.openai.assistants.models.ThreadRun;
import com.azure.ai.openai.assistants.models.ToolOutput;
import com.azure.core.exception.HttpResponseException;
import com.azure.core.exception.ResourceNotFoundException;
import com.azure.core.util.BinaryData;
import com.fasterxml.jackson.databind.JsonNode;
import dev.assistantskit.interop.support.JsonCompare;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Function calling and cancellation through the Azure SDK. */
class AzureRunsTest extends AzureSdkTestBase {
  /**
   * Far longer than a cancel may take: a cancel ends a held run at once, without waiting for the
   * hold to end (it once did wait: finding F3, fixed in the server).
   */
  static final long HOLD_MS = 30_000;

  /** How soon after the cancel a held run must be cancelled. */
  static final Duration CANCEL_WITHIN = Duration.ofSeconds(5);

  static final String WEATHER_PARAMETERS =
      "{\"type\":\"object\",\"properties\":{\"location\":{\"type\":\"string\",\"description\":\"The"
          + " city, e.g. Paris\"},\"unit\":{\"type\":\"string\",\"enum\":[\"celsius\",\"fahrenheit\"]}},"
          + "\"required\":[\"location\"]}";

  static Assistant weatherAssistant() {
    FunctionDefinition getWeather =
        new FunctionDefinition("get_weather", BinaryData.fromString(WEATHER_PARAMETERS))
            .setDescription("Get the current weather in a city");
    return strict(
        client.createAssistant(
            new AssistantCreationOptions("gpt-4o")
                .setName("Weather bot")
                .setInstructions("You tell the weather, using the get_weather function.")
                .setTools(List.of(new FunctionToolDefinition(getWeather)))));
  }

  @Test
  void toolChoiceForcesGetWeatherThenOutputsCompleteTheRun() {
    Assistant assistant = weatherAssistant();
    assertThat(assistant.getTools())
        .singleElement()
        .isInstanceOfSatisfying(
            FunctionToolDefinition.class,
            tool -> {
              assertThat(tool.getFunction().getName()).isEqualTo("get_weather");
              assertThat(JsonCompare.parse(tool.getFunction().getParameters().toString()))
                  .isEqualTo(JsonCompare.parse(WEATHER_PARAMETERS));
            });
    AssistantThread thread = threadAsking("How warm is it in Paris?");

    ThreadRun run =
        strict(
            client.createRun(
                thread.getId(),
                new CreateRunOptions(assistant.getId())
                    .setToolChoice(
                        new AssistantsApiToolChoiceOption(
                            new AssistantsNamedToolChoice(AssistantsNamedToolChoiceType.FUNCTION)
                                .setFunction(new FunctionName("get_weather"))))));
    assertThat(run.getToolChoice().getToolChoice().getFunction().getName())
        .isEqualTo("get_weather");
    run = awaitRun(run);
    assertThat(run.getStatus()).isEqualTo(RunStatus.REQUIRES_ACTION);
    RequiredFunctionToolCall call = functionCall(run);
    assertThat(call.getId()).isNotBlank();
    assertThat(call.getFunction().getName()).isEqualTo("get_weather");
    JsonNode arguments = JsonCompare.parse(call.getFunction().getArguments());
    assertThat(arguments.get("location").asText()).isEqualTo("Paris");

    run = submit(run, call, "22°C and sunny");
    assertThat(run.getStatus()).isIn(RunStatus.QUEUED, RunStatus.IN_PROGRESS, RunStatus.COMPLETED);
    run = awaitRun(run);
    assertThat(run.getStatus()).isEqualTo(RunStatus.COMPLETED);

    ThreadMessage reply =
        strict(client.listMessages(thread.getId(), 1, ListSortOrder.DESCENDING, null, null))
            .getData()
            .get(0);
    assertThat(reply.getRole()).isEqualTo(MessageRole.ASSISTANT);
    assertThat(AzureWalkthroughTest.text(reply))
        .contains("get_weather")
        .contains("Paris")
        .contains("22°C and sunny");

    // The function step records the output that was submitted.
    RunStepFunctionToolCall stepCall = (RunStepFunctionToolCall) stepToolCall(run);
    assertThat(stepCall.getId()).isEqualTo(call.getId());
    assertThat(stepCall.getFunction().getOutput()).isEqualTo("22°C and sunny");
  }

  @Test
  void aMessageMentioningTheFunctionCallsIt() {
    Assistant assistant = weatherAssistant();
    AssistantThread thread = threadAsking("What is the weather in Tokyo?");
    ThreadRun run = awaitRun(createRun(thread, assistant));
    assertThat(run.getStatus()).isEqualTo(RunStatus.REQUIRES_ACTION);
    RequiredFunctionToolCall call = functionCall(run);
    assertThat(JsonCompare.parse(call.getFunction().getArguments()).get("location").asText())
        .isEqualTo("Tokyo");
    run = awaitRun(submit(run, call, "rainy, 18°C"));
    assertThat(run.getStatus()).isEqualTo(RunStatus.COMPLETED);
    assertThat(
            AzureWalkthroughTest.text(strict(client.listMessages(thread.getId())).getData().get(0)))
        .contains("rainy, 18°C");
  }

  @Test
  void cancelEndsARunHeldByAnInProcessScriptAtOnce() {
    Assistant assistant =
        strict(client.createAssistant(new AssistantCreationOptions("gpt-4o").setName("Slow")));
    AssistantThread thread = threadAsking("Take your time.");
    emulator.holdNextRunInProgress(thread.getId(), HOLD_MS);
    ThreadRun cancelled = cancelHeldRun(thread, assistant);
    assertThat(cancelled.getCancelledAt()).isNotNull();
    assertThat(cancelled.getCompletedAt()).isNull();
  }

  @Test
  void cancelEndsARunHeldThroughTheHttpControlPlaneAtOnce() {
    Assistant assistant =
        strict(client.createAssistant(new AssistantCreationOptions("gpt-4o").setName("Slow")));
    AssistantThread thread = threadAsking("Take your time.");
    emulator.control(
        "scripts",
        "{\"thread_id\": \"" + thread.getId() + "\", \"hold_in_progress_ms\": " + HOLD_MS + "}");
    ThreadRun cancelled = cancelHeldRun(thread, assistant);
    ThreadRun listed = strict(client.listRuns(thread.getId())).getData().get(0);
    assertThat(listed.getId()).isEqualTo(cancelled.getId());
    assertThat(listed.getStatus()).isEqualTo(RunStatus.CANCELLED);
  }

  /**
   * Runs {@code assistant} on {@code thread}, whose next run is held in progress for {@link
   * #HOLD_MS}, cancels the run once in progress, and asserts it is cancelled within {@link
   * #CANCEL_WITHIN}. A run on another thread first warms the emulator up: on a cold start the
   * cancel could reach the run before its hold begins, and pass even if a cancel waited for holds.
   */
  static ThreadRun cancelHeldRun(AssistantThread thread, Assistant assistant) {
    assertThat(awaitRun(createRun(threadAsking("warm up"), assistant)).getStatus())
        .isEqualTo(RunStatus.COMPLETED);
    ThreadRun run = awaitStatus(createRun(thread, assistant), RunStatus.IN_PROGRESS);
    long cancelledAt = System.nanoTime();
    ThreadRun cancelling = strict(client.cancelRun(thread.getId(), run.getId()));
    assertThat(cancelling.getStatus()).isIn(RunStatus.CANCELLING, RunStatus.CANCELLED);
    ThreadRun cancelled = awaitRun(cancelling, true, CANCEL_WITHIN);
    assertThat(cancelled.getStatus()).isEqualTo(RunStatus.CANCELLED);
    assertThat(Duration.ofNanos(System.nanoTime() - cancelledAt))
        .as("from cancel to cancelled, with a %d ms hold", HOLD_MS)
        .isLessThan(CANCEL_WITHIN);
    return cancelled;
  }

  @Test
  void failedRunsAndErrorResponsesParse() {
    Assistant assistant =
        strict(client.createAssistant(new AssistantCreationOptions("gpt-4o").setName("Flaky")));
    AssistantThread thread = threadAsking("hello");
    emulator.failNextRun(thread.getId(), "rate_limit_exceeded", "Slow down.");
    ThreadRun run = awaitRun(createRun(thread, assistant));
    assertThat(run.getStatus()).isEqualTo(RunStatus.FAILED);
    assertThat(run.getFailedAt()).isNotNull();
    assertThat(run.getLastError().getCode()).isEqualTo("rate_limit_exceeded");
    assertThat(run.getLastError().getMessage()).isEqualTo("Slow down.");

    // A 404 and a 400 arrive as azure-core exceptions carrying the emulator's error body.
    assertThatThrownBy(() -> client.getAssistant("asst_000000000000000000000000"))
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessageContaining("No assistant found with id 'asst_000000000000000000000000'.");
    emulator.holdNextRunInProgress(thread.getId(), HOLD_MS);
    ThreadRun held = createRun(thread, assistant);
    assertThatThrownBy(
            () ->
                client.createMessage(
                    thread.getId(), new ThreadMessageOptions(MessageRole.USER, "and now?")))
        .isInstanceOfSatisfying(
            HttpResponseException.class,
            e -> {
              assertThat(e.getResponse().getStatusCode()).isEqualTo(400);
              assertThat(e.getMessage())
                  .contains(
                      "Can't add messages to "
                          + thread.getId()
                          + " while a run "
                          + held.getId()
                          + " is active.");
            });
    strict(client.cancelRun(thread.getId(), held.getId()));
  }

  /** Submits {@code output} as the result of {@code call}. */
  static ThreadRun submit(ThreadRun run, RequiredFunctionToolCall call, String output) {
    return strict(
        client.submitToolOutputsToRun(run.getThreadId(), run.getId(), outputs(call, output)));
  }

  /** {@code output} as the only tool output, for {@code call}. */
  static List<ToolOutput> outputs(RequiredFunctionToolCall call, String output) {
    return List.of(new ToolOutput().setToolCallId(call.getId()).setOutput(output));
  }

  /** The one function the run asks for. */
  static RequiredFunctionToolCall functionCall(ThreadRun run) {
    List<RequiredToolCall> calls =
        ((SubmitToolOutputsAction) run.getRequiredAction()).getSubmitToolOutputs().getToolCalls();
    assertThat(calls).hasSize(1);
    return (RequiredFunctionToolCall) calls.get(0);
  }
}
