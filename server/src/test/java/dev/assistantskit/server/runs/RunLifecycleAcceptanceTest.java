package dev.assistantskit.server.runs;

import static dev.assistantskit.server.testing.Apis.V;
import static dev.assistantskit.server.testing.Apis.failure;
import static dev.assistantskit.server.testing.Runs.fail;
import static dev.assistantskit.server.testing.Runs.incomplete;
import static dev.assistantskit.server.testing.Runs.reply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.assistantskit.client.model.AssistantsApiToolChoiceOption;
import dev.assistantskit.client.model.AssistantsNamedToolChoice;
import dev.assistantskit.client.model.CreateMessageRequest;
import dev.assistantskit.client.model.CreateRunRequest;
import dev.assistantskit.client.model.FunctionName;
import dev.assistantskit.client.model.MessageObject;
import dev.assistantskit.client.model.ModifyRunRequest;
import dev.assistantskit.client.model.RunObject;
import dev.assistantskit.client.model.RunStatus;
import dev.assistantskit.client.model.RunStepDetailsToolCallsFunction;
import dev.assistantskit.client.model.RunStepObject;
import dev.assistantskit.client.model.RunToolCallObject;
import dev.assistantskit.client.model.SubmitToolOutputsRunRequest;
import dev.assistantskit.client.model.ToolOutput;
import dev.assistantskit.server.testing.Apis;
import dev.assistantskit.server.testing.EmulatorExtension;
import dev.assistantskit.server.testing.Runs;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every status of Azure's "Run status definitions", and every transition a caller can try. */
class RunLifecycleAcceptanceTest {
  @RegisterExtension static final EmulatorExtension EMULATOR = new EmulatorExtension();

  private final Runs runs = Runs.of(EMULATOR);
  private final Apis api = runs.api();

  private RunObject forcedCall(String thread, String assistant) throws Exception {
    return api.runs()
        .createRun(
            thread,
            V,
            new CreateRunRequest()
                .assistantId(assistant)
                .toolChoice(
                    new AssistantsApiToolChoiceOption(
                        new AssistantsNamedToolChoice()
                            .type(AssistantsNamedToolChoice.TypeEnum.FUNCTION)
                            .function(new FunctionName().name("get_weather")))));
  }

  @Test
  void aRunIsQueuedThenInProgressThenCompletedWithTheFieldsOfEach() throws Exception {
    String thread = runs.thread("hello");
    runs.script(thread, 600, 600, 0, reply("Hi there."));

    RunObject queued = runs.start(thread, runs.codeAssistant());
    assertThat(queued.getStatus()).isEqualTo(RunStatus.QUEUED);
    assertThat(queued.getStartedAt()).isNull();
    assertThat(queued.getExpiresAt()).isEqualTo(queued.getCreatedAt() + 600);
    assertThat(queued.getUsage()).isNull();
    assertThat(queued.getRequiredAction()).isNull();

    RunObject running = runs.await(queued, RunStatus.IN_PROGRESS);
    assertThat(running.getStartedAt()).isNotNull();
    assertThat(running.getUsage()).isNull();

    RunObject completed = runs.await(queued, RunStatus.COMPLETED);
    assertThat(completed.getCompletedAt()).isNotNull();
    assertThat(completed.getExpiresAt()).isNull();
    assertThat(completed.getUsage().getTotalTokens())
        .isEqualTo(
            completed.getUsage().getPromptTokens() + completed.getUsage().getCompletionTokens())
        .isPositive();
    assertThat(runs.newestText(thread)).isEqualTo("Hi there.");
  }

  @Test
  void aForcedFunctionCallWaitsForOutputsAndLocksTheThread() throws Exception {
    String thread = runs.thread("What's the weather in Paris?");

    RunObject waiting =
        runs.await(forcedCall(thread, runs.weatherAssistant()), RunStatus.REQUIRES_ACTION);

    RunToolCallObject call =
        waiting.getRequiredAction().getSubmitToolOutputs().getToolCalls().get(0);
    assertThat(waiting.getRequiredAction().getType().getValue()).isEqualTo("submit_tool_outputs");
    assertThat(call.getId()).matches("call_[A-Za-z0-9]{24}");
    assertThat(call.getFunction().getName()).isEqualTo("get_weather");
    assertThat(call.getFunction().getArguments()).contains("\"city\":\"Paris\"");
    assertThat(waiting.getUsage()).isNull();
    RunStepObject step =
        api.runSteps()
            .listRunSteps(thread, waiting.getId(), V, null, null, null, null)
            .getData()
            .get(0);
    assertThat(step.getStatus()).isEqualTo(RunStepObject.StatusEnum.IN_PROGRESS);
    assertThat(step.getUsage()).isNull();
    assertThat(function(step).getOutput()).isNull();

    Apis.Failure message =
        failure(
            () ->
                api.messages()
                    .createMessage(
                        thread,
                        V,
                        new CreateMessageRequest()
                            .role(CreateMessageRequest.RoleEnum.USER)
                            .content("more")));
    assertThat(message.status()).isEqualTo(400);
    assertThat(message.message())
        .isEqualTo(
            "Can't add messages to " + thread + " while a run " + waiting.getId() + " is active.");
    assertThat(message.type()).isEqualTo("invalid_request_error");
    Apis.Failure second = failure(() -> runs.start(thread, waiting.getAssistantId()));
    assertThat(second.status()).isEqualTo(400);
    assertThat(second.message())
        .isEqualTo("Thread " + thread + " already has an active run " + waiting.getId() + ".");
  }

  @Test
  void submittedOutputsCompleteTheRunWithAMessageThatUsesThem() throws Exception {
    String thread = runs.thread("What's the weather in Paris?");
    RunObject waiting =
        runs.await(forcedCall(thread, runs.weatherAssistant()), RunStatus.REQUIRES_ACTION);
    String callId =
        waiting.getRequiredAction().getSubmitToolOutputs().getToolCalls().get(0).getId();

    RunObject resumed =
        api.runs()
            .submitToolOutputsToRun(
                thread,
                waiting.getId(),
                V,
                new SubmitToolOutputsRunRequest()
                    .toolOutputs(
                        List.of(new ToolOutput().toolCallId(callId).output("22°C and sunny"))));

    assertThat(resumed.getStatus()).isEqualTo(RunStatus.QUEUED);
    assertThat(resumed.getRequiredAction()).isNull();
    RunObject completed = runs.await(resumed, RunStatus.COMPLETED);
    assertThat(runs.newestText(thread)).contains("22°C and sunny");
    List<RunStepObject> steps =
        api.runSteps()
            .listRunSteps(thread, completed.getId(), V, null, "asc", null, null)
            .getData();
    assertThat(function(steps.get(0)).getOutput()).isEqualTo("22°C and sunny");
    assertThat(steps.get(0).getStatus()).isEqualTo(RunStepObject.StatusEnum.COMPLETED);
    int stepTokens = steps.stream().mapToInt(s -> s.getUsage().getTotalTokens()).sum();
    assertThat(completed.getUsage().getTotalTokens()).isEqualTo(stepTokens);
    assertThat(runs.say(thread, "thanks").getRole()).isEqualTo(MessageObject.RoleEnum.USER);
  }

  @Test
  void outputsMustAnswerEveryCallAndOnlyThem() throws Exception {
    String thread = runs.thread("Weather in Paris and in Tokyo?");
    RunObject waiting =
        runs.await(forcedCall(thread, runs.weatherAssistant()), RunStatus.REQUIRES_ACTION);
    List<RunToolCallObject> calls =
        waiting.getRequiredAction().getSubmitToolOutputs().getToolCalls();
    assertThat(calls).hasSize(2);

    Apis.Failure missing =
        failure(
            () ->
                submit(
                    thread,
                    waiting.getId(),
                    new ToolOutput().toolCallId(calls.get(0).getId()).output("x")));
    Apis.Failure unknown =
        failure(
            () ->
                submit(
                    thread,
                    waiting.getId(),
                    new ToolOutput().toolCallId("call_nope").output("x"),
                    new ToolOutput().toolCallId(calls.get(1).getId()).output("y")));

    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.param()).isEqualTo("tool_outputs");
    assertThat(missing.message()).contains(calls.get(1).getId());
    assertThat(unknown.message()).contains("call_nope");
    assertThat(api.runs().getRun(thread, waiting.getId(), V).getStatus())
        .isEqualTo(RunStatus.REQUIRES_ACTION);
  }

  @Test
  void aRunThatIsNotWaitingTakesNoOutputs() throws Exception {
    String thread = runs.thread("hello");
    RunObject done = runs.awaitEnd(runs.start(thread, runs.codeAssistant()));

    Apis.Failure refused =
        failure(
            () -> submit(thread, done.getId(), new ToolOutput().toolCallId("call_x").output("x")));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.message())
        .isEqualTo("Runs in status \"completed\" do not accept tool outputs.");
  }

  @Test
  void aQueuedRunIsCancellingThenCancelled() throws Exception {
    String thread = runs.thread("hello");
    runs.script(thread, 20_000, 0, 0);
    RunObject queued = runs.start(thread, runs.codeAssistant());

    RunObject cancelling = api.runs().cancelRun(thread, queued.getId(), V);

    assertThat(cancelling.getStatus()).isEqualTo(RunStatus.CANCELLING);
    RunObject cancelled = runs.await(queued, RunStatus.CANCELLED);
    assertThat(cancelled.getCancelledAt()).isNotNull();
    assertThat(cancelled.getUsage()).isNotNull();
    assertThat(cancelled.getExpiresAt()).isNull();
    Apis.Failure again = failure(() -> api.runs().cancelRun(thread, queued.getId(), V));
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.message()).isEqualTo("Cannot cancel run with status 'cancelled'.");
  }

  @Test
  void cancellingWhileTheAnswerIsWrittenLeavesItIncomplete() throws Exception {
    String thread = runs.thread("hello");
    runs.script(thread, 0, 0, 20_000, reply("A long answer, written slowly"));
    RunObject run = runs.start(thread, runs.codeAssistant());
    MessageObject writing = runs.awaitWriting(thread);
    assertThat(text(writing)).isEqualTo("A long answer");

    api.runs().cancelRun(thread, run.getId(), V);

    runs.await(run, RunStatus.CANCELLED);
    MessageObject message = runs.messages(thread).getData().get(0);
    assertThat(message.getStatus()).isEqualTo(MessageObject.StatusEnum.INCOMPLETE);
    assertThat(message.getIncompleteDetails().getReason().getValue()).isEqualTo("run_cancelled");
    assertThat(message.getIncompleteAt()).isNotNull();
    assertThat(text(message)).isEqualTo("A long answer");
    RunStepObject step =
        api.runSteps()
            .listRunSteps(thread, run.getId(), V, null, null, null, null)
            .getData()
            .get(0);
    assertThat(step.getStatus()).isEqualTo(RunStepObject.StatusEnum.CANCELLED);
    assertThat(step.getCancelledAt()).isNotNull();
  }

  @Test
  void aRunWaitingForOutputsCanBeCancelled() throws Exception {
    String thread = runs.thread("What's the weather in Paris?");
    RunObject waiting =
        runs.await(forcedCall(thread, runs.weatherAssistant()), RunStatus.REQUIRES_ACTION);

    api.runs().cancelRun(thread, waiting.getId(), V);

    assertThat(runs.await(waiting, RunStatus.CANCELLED).getRequiredAction()).isNull();
    RunStepObject step =
        api.runSteps()
            .listRunSteps(thread, waiting.getId(), V, null, null, null, null)
            .getData()
            .get(0);
    assertThat(step.getStatus()).isEqualTo(RunStepObject.StatusEnum.CANCELLED);
  }

  @Test
  void aCompletedRunCannotBeCancelled() throws Exception {
    String thread = runs.thread("hello");
    RunObject done = runs.awaitEnd(runs.start(thread, runs.codeAssistant()));

    Apis.Failure refused = failure(() -> api.runs().cancelRun(thread, done.getId(), V));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.message()).isEqualTo("Cannot cancel run with status 'completed'.");
  }

  @ParameterizedTest
  @EnumSource(
      value = RunStatus.class,
      names = {"FAILED", "INCOMPLETE", "EXPIRED"})
  void aRunThatHasEndedCannotBeCancelled(RunStatus status) throws Exception {
    String thread = runs.thread("What's the weather in Paris?");
    RunObject ended = endedRun(thread, status);
    assertThat(ended.getStatus()).isEqualTo(status);

    Apis.Failure refused = failure(() -> api.runs().cancelRun(thread, ended.getId(), V));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.message())
        .isEqualTo("Cannot cancel run with status '" + status.getValue() + "'.");
    assertThat(refused.type()).isEqualTo("invalid_request_error");
    assertThat(refused.param()).isNull();
    RunObject after = api.runs().getRun(thread, ended.getId(), V);
    assertThat(after.getStatus()).isEqualTo(status);
    assertThat(after.getCancelledAt()).isNull();
  }

  /** A run of the thread that ended {@code failed}, {@code incomplete} or {@code expired}. */
  private RunObject endedRun(String thread, RunStatus status) throws Exception {
    if (status == RunStatus.EXPIRED) {
      RunObject waiting =
          runs.await(forcedCall(thread, runs.weatherAssistant()), RunStatus.REQUIRES_ACTION);
      EMULATOR.server().emulator().clock().advance(Duration.ofSeconds(601));
      return api.runs().getRun(thread, waiting.getId(), V);
    }
    runs.script(
        thread,
        status == RunStatus.FAILED
            ? fail("server_error", "Sorry, something went wrong.")
            : incomplete("max_prompt_tokens"));
    return runs.awaitEnd(runs.start(thread, runs.codeAssistant()));
  }

  @Test
  void aFailedRunSaysWhy() throws Exception {
    String thread = runs.thread("hello");
    runs.script(thread, fail("rate_limit_exceeded", "Rate limit reached for requests."));

    RunObject failed = runs.awaitEnd(runs.start(thread, runs.codeAssistant()));

    assertThat(failed.getStatus()).isEqualTo(RunStatus.FAILED);
    assertThat(failed.getLastError().getCode().getValue()).isEqualTo("rate_limit_exceeded");
    assertThat(failed.getLastError().getMessage()).isEqualTo("Rate limit reached for requests.");
    assertThat(failed.getFailedAt()).isNotNull();
    assertThat(failed.getCompletedAt()).isNull();
    assertThat(failed.getUsage()).isNotNull();
  }

  @Test
  void reachingMaxCompletionTokensEndsTheRunAndItsMessageIncomplete() throws Exception {
    String thread = runs.thread("Tell me everything about " + "waves, ".repeat(400));

    RunObject run =
        runs.awaitEnd(
            api.runs()
                .createRun(
                    thread,
                    V,
                    new CreateRunRequest()
                        .assistantId(runs.codeAssistant())
                        .maxCompletionTokens(256)));

    assertThat(run.getStatus()).isEqualTo(RunStatus.INCOMPLETE);
    assertThat(run.getIncompleteDetails().getReason().getValue())
        .isEqualTo("max_completion_tokens");
    assertThat(run.getUsage().getCompletionTokens()).isEqualTo(256);
    MessageObject message = runs.messages(thread).getData().get(0);
    assertThat(message.getStatus()).isEqualTo(MessageObject.StatusEnum.INCOMPLETE);
    assertThat(message.getIncompleteDetails().getReason().getValue()).isEqualTo("max_tokens");
  }

  @Test
  void aScriptCanEndARunIncomplete() throws Exception {
    String thread = runs.thread("hello");
    runs.script(thread, incomplete("max_prompt_tokens"));

    RunObject run = runs.awaitEnd(runs.start(thread, runs.codeAssistant()));

    assertThat(run.getStatus()).isEqualTo(RunStatus.INCOMPLETE);
    assertThat(run.getIncompleteDetails().getReason().getValue()).isEqualTo("max_prompt_tokens");
  }

  @Test
  void aRunWaitingPastExpiresAtExpiresWithItsStepAndFreesTheThread() throws Exception {
    String thread = runs.thread("What's the weather in Paris?");
    RunObject waiting =
        runs.await(forcedCall(thread, runs.weatherAssistant()), RunStatus.REQUIRES_ACTION);

    EMULATOR.server().emulator().clock().advance(Duration.ofSeconds(601));

    RunObject expired = api.runs().getRun(thread, waiting.getId(), V);
    assertThat(expired.getStatus()).isEqualTo(RunStatus.EXPIRED);
    assertThat(expired.getExpiresAt()).isEqualTo(waiting.getExpiresAt());
    assertThat(expired.getRequiredAction()).isNull();
    assertThat(expired.getUsage()).isNotNull();
    RunStepObject step =
        api.runSteps()
            .listRunSteps(thread, waiting.getId(), V, null, null, null, null)
            .getData()
            .get(0);
    assertThat(step.getStatus()).isEqualTo(RunStepObject.StatusEnum.EXPIRED);
    assertThat(step.getExpiredAt()).isNotNull();
    assertThat(runs.say(thread, "still there?").getRunId()).isNull();
    assertThat(
            failure(
                    () ->
                        submit(
                            thread, waiting.getId(), new ToolOutput().toolCallId("x").output("y")))
                .message())
        .isEqualTo("Runs in status \"expired\" do not accept tool outputs.");
  }

  @Test
  void runsCanBeListedChangedAndLookedUp() throws Exception {
    String thread = runs.thread("hello");
    String assistant = runs.codeAssistant();
    RunObject first = runs.awaitEnd(runs.start(thread, assistant));
    RunObject second = runs.awaitEnd(runs.start(thread, assistant));

    RunObject tagged =
        api.runs()
            .modifyRun(
                thread, first.getId(), V, new ModifyRunRequest().metadata(Map.of("tag", "a")));

    assertThat(tagged.getMetadata()).containsExactly(Map.entry("tag", "a"));
    assertThat(api.runs().listRuns(thread, V, 1, null, null, null).getData().get(0).getId())
        .isEqualTo(second.getId());
    Apis.Failure unknown = failure(() -> api.runs().getRun(thread, "run_missing", V));
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.message()).isEqualTo("No run found with id 'run_missing'.");
    assertThat(
            failure(() -> api.runSteps().getRunStep(thread, first.getId(), "step_missing", V))
                .message())
        .isEqualTo("No run step found with id 'step_missing'.");
  }

  private Object submit(String thread, String run, ToolOutput... outputs) throws Exception {
    return api.runs()
        .submitToolOutputsToRun(
            thread, run, V, new SubmitToolOutputsRunRequest().toolOutputs(List.of(outputs)));
  }

  private static RunStepDetailsToolCallsFunction function(RunStepObject step) {
    return step.getStepDetails()
        .getRunStepDetailsToolCallsObject()
        .getToolCalls()
        .get(0)
        .getRunStepDetailsToolCallsFunctionObject()
        .getFunction();
  }

  private static String text(MessageObject message) {
    assertThat(message.getContent()).hasSize(1);
    return Runs.firstText(message);
  }
}
