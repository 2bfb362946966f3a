package dev.assistantskit.conformance.steps;

import dev.assistantskit.client.model.AssistantsApiToolChoiceOption;
import dev.assistantskit.client.model.AssistantsNamedToolChoice;
import dev.assistantskit.client.model.CreateRunRequest;
import dev.assistantskit.client.model.FunctionName;
import dev.assistantskit.client.model.RunObject;
import dev.assistantskit.client.model.RunToolCallObject;
import dev.assistantskit.client.model.SubmitToolOutputsRunRequest;
import dev.assistantskit.client.model.ToolOutput;
import dev.assistantskit.conformance.Kind;
import dev.assistantskit.conformance.World;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What the run, run-step and streaming steps share: starting a run with options, naming it, waiting
 * for it, and what it asks for. One per scenario, like {@link World}.
 */
public final class Runs {
  /** How long a run may take on a real model before a scenario gives up on it. */
  static final Duration TIMEOUT = Duration.ofSeconds(120);

  /** The statuses in which a run is still working (requires_action waits for the caller). */
  static final Set<String> WORKING = Set.of("queued", "in_progress", "cancelling");

  private final World world;

  public Runs(World world) {
    this.world = world;
  }

  /** A create-run request of the named assistant, with the options a step adds. */
  CreateRunRequest request(String assistant, UnaryOperator<CreateRunRequest> options) {
    return options.apply(new CreateRunRequest().assistantId(world.id(Kind.ASSISTANT, assistant)));
  }

  /** Starts a run, names it and registers it to be stopped when the scenario ends. */
  RunObject start(
      String name, String assistant, String thread, UnaryOperator<CreateRunRequest> options) {
    String threadId = world.id(Kind.THREAD, thread);
    CreateRunRequest request = request(assistant, options);
    RunObject run =
        world.call(() -> world.client().runs().createRun(threadId, world.apiVersion(), request));
    keep(name, threadId, run.getId());
    return run;
  }

  void keep(String name, String threadId, String runId) {
    world.createdRun(threadId, runId);
    world.remember(Kind.RUN, name, runId);
  }

  /** {@code tool_choice} naming a function: the run calls it. */
  static UnaryOperator<CreateRunRequest> forcing(String function) {
    return request -> request.toolChoice(functionChoice(function));
  }

  static AssistantsApiToolChoiceOption functionChoice(String function) {
    return new AssistantsApiToolChoiceOption(
        new AssistantsNamedToolChoice()
            .type(AssistantsNamedToolChoice.TypeEnum.FUNCTION)
            .function(new FunctionName().name(function)));
  }

  /** {@code tool_choice: none}: the run answers with a message. */
  static CreateRunRequest usingNoTools(CreateRunRequest request) {
    return request.toolChoice(new AssistantsApiToolChoiceOption("none"));
  }

  String id(String run) {
    return world.id(Kind.RUN, run);
  }

  String threadOf(String run) {
    return world.threadOfRun(id(run));
  }

  /** Retrieves the run; the answer becomes the scenario's last. */
  RunObject retrieve(String run) {
    String id = id(run);
    String threadId = threadOf(run);
    return world.call(() -> world.client().runs().getRun(threadId, id, world.apiVersion()));
  }

  /** Polls the run until it is no longer queued, in progress or cancelling. */
  void awaitSettled(String run) {
    world.eventually(
        "the run " + run + " stopped working",
        TIMEOUT,
        () -> !WORKING.contains(retrieve(run).getStatus().getValue()));
  }

  /** Polls the run until it has the status, which it must reach while working. */
  void awaitStatus(String run, String status) {
    world.eventually(
        "the run " + run + " is " + status,
        TIMEOUT,
        () -> {
          String now = retrieve(run).getStatus().getValue();
          if (!now.equals(status) && !WORKING.contains(now)) {
            throw new AssertionError("the run " + run + " became " + now + " instead of " + status);
          }
          return now.equals(status);
        });
  }

  /** Waits for the run to settle and checks that it ended as expected. */
  void settlesAs(String run, String status) {
    awaitSettled(run);
    String now = world.answer().path("status").asText();
    if (!now.equals(status)) {
      throw new AssertionError(
          "the run " + run + " was expected to be " + status + ": " + world.answer());
    }
  }

  /** The same output for every call the run waits for, as one request. */
  SubmitToolOutputsRunRequest outputsFor(String run, String output) {
    String id = id(run);
    String threadId = threadOf(run);
    RunObject waiting =
        world.peek(() -> world.client().runs().getRun(threadId, id, world.apiVersion()));
    if (waiting.getRequiredAction() == null) {
      throw new AssertionError("the run " + run + " does not wait for tool outputs: " + waiting);
    }
    List<RunToolCallObject> calls =
        waiting.getRequiredAction().getSubmitToolOutputs().getToolCalls();
    return new SubmitToolOutputsRunRequest()
        .toolOutputs(
            calls.stream()
                .map(call -> new ToolOutput().toolCallId(call.getId()).output(output))
                .toList());
  }
}
