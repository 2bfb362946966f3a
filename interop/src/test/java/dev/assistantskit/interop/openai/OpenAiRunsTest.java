package dev.assistantskit.interop.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.core.JsonValue;
import com.openai.errors.BadRequestException;
import com.openai.errors.NotFoundException;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.beta.assistants.Assistant;
import com.openai.models.beta.assistants.AssistantCreateParams;
import com.openai.models.beta.assistants.AssistantStreamEvent;
import com.openai.models.beta.assistants.FunctionTool;
import com.openai.models.beta.threads.AssistantToolChoice;
import com.openai.models.beta.threads.AssistantToolChoiceFunction;
import com.openai.models.beta.threads.Thread;
import com.openai.models.beta.threads.ThreadCreateParams;
import com.openai.models.beta.threads.runs.RequiredActionFunctionToolCall;
import com.openai.models.beta.threads.runs.Run;
import com.openai.models.beta.threads.runs.RunCancelParams;
import com.openai.models.beta.threads.runs.RunCreateParams;
import com.openai.models.beta.threads.runs.RunListParams;
import com.openai.models.beta.threads.runs.RunStatus;
import com.openai.models.beta.threads.runs.RunSubmitToolOutputsParams;
import com.openai.models.beta.threads.runs.steps.FunctionToolCall;
import com.openai.models.beta.threads.runs.steps.RunStep;
import com.openai.models.beta.threads.runs.steps.StepListParams;
import com.openai.models.beta.threads.runs.steps.StepRetrieveParams;
import com.openai.models.beta.threads.runs.steps.ToolCall;
import dev.assistantskit.interop.support.JsonCompare;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Function calling and cancellation through openai-java. */
class OpenAiRunsTest extends OpenAiSdkTestBase {
  /**
   * Far longer than a cancel may take: a cancel ends a held run at once, without waiting for the
   * hold to end (it once did wait: finding F3, fixed in the server).
   */
  static final long HOLD_MS = 30_000;

  /** How soon after the cancel a held run must be cancelled. */
  static final Duration CANCEL_WITHIN = Duration.ofSeconds(5);

  static Assistant weatherAssistant() {
    FunctionParameters parameters =
        FunctionParameters.builder()
            .putAdditionalProperty("type", JsonValue.from("object"))
            .putAdditionalProperty(
                "properties",
                JsonValue.from(
                    Map.of(
                        "location",
                        Map.of("type", "string", "description", "The city, e.g. Paris"),
                        "unit",
                        Map.of("type", "string", "enum", List.of("celsius", "fahrenheit")))))
            .putAdditionalProperty("required", JsonValue.from(List.of("location")))
            .build();
    return strict(
        client
            .beta()
            .assistants()
            .create(
                AssistantCreateParams.builder()
                    .model("gpt-4o")
                    .name("Weather bot")
                    .instructions("You tell the weather, using the get_weather function.")
                    .addTool(
                        FunctionTool.builder()
                            .function(
                                FunctionDefinition.builder()
                                    .name("get_weather")
                                    .description("Get the current weather in a city")
                                    .parameters(parameters)
                                    .build())
                            .build())
                    .build()));
  }

  static Thread newThread(String question) {
    return strict(
        client
            .beta()
            .threads()
            .create(
                ThreadCreateParams.builder()
                    .addMessage(
                        ThreadCreateParams.Message.builder()
                            .role(ThreadCreateParams.Message.Role.USER)
                            .content(question)
                            .build())
                    .build()));
  }

  @Test
  void toolChoiceForcesGetWeatherThenOutputsCompleteTheRun() {
    Assistant assistant = weatherAssistant();
    FunctionTool tool = assistant.tools().get(0).asFunction();
    assertThat(tool.function().name()).isEqualTo("get_weather");
    assertThat(tool.function().parameters().orElseThrow()._additionalProperties())
        .containsKeys("type", "properties", "required");
    Thread thread = newThread("How warm is it in Paris?");

    Run run =
        strict(
            client
                .beta()
                .threads()
                .runs()
                .create(
                    RunCreateParams.builder()
                        .threadId(thread.id())
                        .assistantId(assistant.id())
                        .toolChoice(
                            AssistantToolChoice.builder()
                                .type(AssistantToolChoice.Type.FUNCTION)
                                .function(
                                    AssistantToolChoiceFunction.builder()
                                        .name("get_weather")
                                        .build())
                                .build())
                        .build()));
    assertThat(
            run.toolChoice().orElseThrow().asAssistantToolChoice().function().orElseThrow().name())
        .isEqualTo("get_weather");
    run = awaitRun(run);
    assertThat(run.status().value()).isEqualTo(RunStatus.Value.REQUIRES_ACTION);
    List<RequiredActionFunctionToolCall> calls =
        run.requiredAction().orElseThrow().submitToolOutputs().toolCalls();
    assertThat(calls).hasSize(1);
    RequiredActionFunctionToolCall call = calls.get(0);
    assertThat(call.function().name()).isEqualTo("get_weather");
    JsonNode arguments = JsonCompare.parse(call.function().arguments());
    assertThat(arguments.get("location").asText()).isEqualTo("Paris");

    run = strict(submit(run, call.id(), "22°C and sunny"));
    assertThat(run.status().value())
        .isIn(RunStatus.Value.QUEUED, RunStatus.Value.IN_PROGRESS, RunStatus.Value.COMPLETED);
    run = awaitRun(run);
    assertThat(run.status().value()).isEqualTo(RunStatus.Value.COMPLETED);
    assertThat(OpenAiWalkthroughTest.text(OpenAiWalkthroughTest.newest(thread)))
        .contains("get_weather")
        .contains("Paris")
        .contains("22°C and sunny");

    FunctionToolCall stepCall = stepToolCall(run).asFunction();
    assertThat(stepCall.id()).isEqualTo(call.id());
    assertThat(stepCall.function().output()).contains("22°C and sunny");
  }

  @Test
  void aMessageMentioningTheFunctionCallsIt() {
    Assistant assistant = weatherAssistant();
    Thread thread = newThread("What is the weather in Tokyo?");
    Run run = awaitRun(create(thread, assistant));
    assertThat(run.status().value()).isEqualTo(RunStatus.Value.REQUIRES_ACTION);
    RequiredActionFunctionToolCall call =
        run.requiredAction().orElseThrow().submitToolOutputs().toolCalls().get(0);
    assertThat(JsonCompare.parse(call.function().arguments()).get("location").asText())
        .isEqualTo("Tokyo");
    run = awaitRun(strict(submit(run, call.id(), "rainy, 18°C")));
    assertThat(run.status().value()).isEqualTo(RunStatus.Value.COMPLETED);
    assertThat(OpenAiWalkthroughTest.text(OpenAiWalkthroughTest.newest(thread)))
        .contains("rainy, 18°C");
  }

  @Test
  void cancelEndsARunHeldByAnInProcessScriptAtOnce() {
    Assistant assistant = weatherAssistant();
    Thread thread = newThread("Take your time.");
    emulator.holdNextRunInProgress(thread.id(), HOLD_MS);
    Run cancelled = cancelHeldRun(thread, assistant);
    assertThat(cancelled.cancelledAt()).isPresent();
    assertThat(cancelled.completedAt()).isEmpty();
  }

  @Test
  void cancelEndsARunHeldThroughTheHttpControlPlaneAtOnce() {
    Assistant assistant = weatherAssistant();
    Thread thread = newThread("Take your time.");
    emulator.control(
        "scripts",
        "{\"thread_id\": \"" + thread.id() + "\", \"hold_in_progress_ms\": " + HOLD_MS + "}");
    Run cancelled = cancelHeldRun(thread, assistant);
    Run listed =
        strict(
                client
                    .beta()
                    .threads()
                    .runs()
                    .list(RunListParams.builder().threadId(thread.id()).build())
                    .response())
            .data()
            .get(0);
    assertThat(listed.id()).isEqualTo(cancelled.id());
    assertThat(listed.status().value()).isEqualTo(RunStatus.Value.CANCELLED);
  }

  /**
   * Runs {@code assistant} on {@code thread}, whose next run is held in progress for {@link
   * #HOLD_MS}, cancels the run once in progress, and asserts it is cancelled within {@link
   * #CANCEL_WITHIN}. A run on another thread first warms the emulator up: on a cold start the
   * cancel could reach the run before its hold begins, and pass even if a cancel waited for holds.
   */
  static Run cancelHeldRun(Thread thread, Assistant assistant) {
    assertThat(awaitRun(create(newThread("warm up"), assistant)).status().value())
        .isEqualTo(RunStatus.Value.COMPLETED);
    Run run = awaitStatus(create(thread, assistant), RunStatus.Value.IN_PROGRESS);
    long cancelledAt = System.nanoTime();
    Run cancelling = strict(cancel(run));
    assertThat(cancelling.status().value())
        .isIn(RunStatus.Value.CANCELLING, RunStatus.Value.CANCELLED);
    Run cancelled = awaitRun(cancelling, CANCEL_WITHIN);
    assertThat(cancelled.status().value()).isEqualTo(RunStatus.Value.CANCELLED);
    assertThat(Duration.ofNanos(System.nanoTime() - cancelledAt))
        .as("from cancel to cancelled, with a %d ms hold", HOLD_MS)
        .isLessThan(CANCEL_WITHIN);
    return cancelled;
  }

  @Test
  void incompleteAndFailedRunsAndErrorResponsesParse() {
    Assistant assistant = weatherAssistant();
    Thread thread = newThread("hello");
    emulator.endNextRunIncomplete(thread.id(), "max_completion_tokens");
    Run incomplete = awaitRun(create(thread, assistant));
    assertThat(incomplete.status().value()).isEqualTo(RunStatus.Value.INCOMPLETE);
    assertThat(incomplete.incompleteDetails().orElseThrow().reason())
        .contains(Run.IncompleteDetails.Reason.MAX_COMPLETION_TOKENS);
    assertThat(incomplete.model()).isEqualTo("gpt-4o");

    emulator.failNextRun(thread.id(), "rate_limit_exceeded", "Slow down.");
    Run failed = awaitRun(create(thread, assistant));
    assertThat(failed.status().value()).isEqualTo(RunStatus.Value.FAILED);
    assertThat(failed.lastError().orElseThrow().code())
        .isEqualTo(Run.LastError.Code.RATE_LIMIT_EXCEEDED);
    assertThat(failed.lastError().get().message()).isEqualTo("Slow down.");

    assertThatThrownBy(() -> client.beta().assistants().retrieve("asst_000000000000000000000000"))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(404);
              assertThat(e.getMessage())
                  .contains("No assistant found with id 'asst_000000000000000000000000'.");
              assertThat(e.type()).contains("invalid_request_error");
            });
    emulator.holdNextRunInProgress(thread.id(), HOLD_MS);
    Run held = create(thread, assistant);
    assertThatThrownBy(() -> OpenAiWalkthroughTest.ask(thread, "and now?"))
        .isInstanceOfSatisfying(
            BadRequestException.class,
            e ->
                assertThat(e.getMessage())
                    .contains(
                        "Can't add messages to "
                            + thread.id()
                            + " while a run "
                            + held.id()
                            + " is active."));
    strict(cancel(held));
  }

  @Test
  void anIncompleteRunStreamsThreadRunIncomplete() {
    Assistant assistant = weatherAssistant();
    Thread thread = newThread("hello");
    emulator.endNextRunIncomplete(thread.id(), "max_completion_tokens");
    List<AssistantStreamEvent> events = OpenAiStreamingTest.streamRun(thread, assistant);
    List<String> names = OpenAiStreamingTest.names(events);
    assertThat(names.get(names.size() - 1)).isEqualTo("thread.run.incomplete");
    assertThat(
            events
                .get(events.size() - 1)
                .threadRunIncomplete()
                .orElseThrow()
                .data()
                .status()
                .value())
        .isEqualTo(RunStatus.Value.INCOMPLETE);
  }

  static Run create(Thread thread, Assistant assistant) {
    return strict(client.beta().threads().runs().create(runOf(thread, assistant)));
  }

  /** A run of {@code assistant} on {@code thread}, and nothing more. */
  static RunCreateParams runOf(Thread thread, Assistant assistant) {
    return RunCreateParams.builder().threadId(thread.id()).assistantId(assistant.id()).build();
  }

  /** The run's one tool call, from its {@code tool_calls} step. */
  static ToolCall stepToolCall(Run run) {
    RunStep step =
        strict(
                client
                    .beta()
                    .threads()
                    .runs()
                    .steps()
                    .list(StepListParams.builder().threadId(run.threadId()).runId(run.id()).build())
                    .response())
            .data()
            .stream()
            .filter(s -> s.stepDetails().isToolCalls())
            .findFirst()
            .orElseThrow(() -> new AssertionError("no tool_calls step in " + run.id()));
    RunStep retrieved =
        strict(
            client
                .beta()
                .threads()
                .runs()
                .steps()
                .retrieve(
                    StepRetrieveParams.builder()
                        .threadId(run.threadId())
                        .runId(run.id())
                        .stepId(step.id())
                        .build()));
    assertThat(retrieved.id()).isEqualTo(step.id());
    return step.stepDetails().asToolCalls().toolCalls().get(0);
  }

  static Run submit(Run run, String callId, String output) {
    return client.beta().threads().runs().submitToolOutputs(toolOutput(run, callId, output));
  }

  /** The one output of {@code run}'s tool call {@code callId}. */
  static RunSubmitToolOutputsParams toolOutput(Run run, String callId, String output) {
    return RunSubmitToolOutputsParams.builder()
        .threadId(run.threadId())
        .runId(run.id())
        .addToolOutput(
            RunSubmitToolOutputsParams.ToolOutput.builder()
                .toolCallId(callId)
                .output(output)
                .build())
        .build();
  }

  static Run cancel(Run run) {
    return client
        .beta()
        .threads()
        .runs()
        .cancel(RunCancelParams.builder().threadId(run.threadId()).runId(run.id()).build());
  }
}
