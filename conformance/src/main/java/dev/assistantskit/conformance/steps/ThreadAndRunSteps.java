package dev.assistantskit.conformance.steps;

import dev.assistantskit.client.model.CreateMessageRequest;
import dev.assistantskit.client.model.CreateThreadAndRunRequest;
import dev.assistantskit.client.model.CreateThreadRequest;
import dev.assistantskit.client.model.RunObject;
import dev.assistantskit.conformance.Kind;
import dev.assistantskit.conformance.World;
import io.cucumber.java.en.When;

/** Creating a thread and its first run in one request ({@code createThreadAndRun}). */
public final class ThreadAndRunSteps {
  private final World world;
  private final Runs runs;

  public ThreadAndRunSteps(World world, Runs runs) {
    this.world = world;
    this.runs = runs;
  }

  /** A thread-and-run request of the assistant, its thread starting with the user saying this. */
  static CreateThreadAndRunRequest saying(String assistantId, String text) {
    CreateThreadAndRunRequest request = new CreateThreadAndRunRequest().assistantId(assistantId);
    return text == null
        ? request
        : request.thread(
            new CreateThreadRequest()
                .addMessagesItem(
                    new CreateMessageRequest()
                        .role(CreateMessageRequest.RoleEnum.USER)
                        .content(text)));
  }

  @When(
      "I create a thread {string} saying {string} and run it as {string} with the assistant {string}")
  public void createAndRun(String thread, String text, String run, String assistant) {
    create(thread, saying(world.id(Kind.ASSISTANT, assistant), text), run);
  }

  @When("I create a new thread {string} and run it as {string} with the assistant {string}")
  public void createEmptyAndRun(String thread, String run, String assistant) {
    create(thread, saying(world.id(Kind.ASSISTANT, assistant), null), run);
  }

  private void create(String thread, CreateThreadAndRunRequest request, String run) {
    RunObject created =
        world.call(() -> world.client().runs().createThreadAndRun(world.apiVersion(), request));
    keep(thread, created.getThreadId(), run, created.getId());
  }

  /** Names the new thread and its run, and registers both for the clean-up. */
  void keep(String thread, String threadId, String run, String runId) {
    world.created(Kind.THREAD, threadId);
    world.remember(Kind.THREAD, thread, threadId);
    runs.keep(run, threadId, runId);
  }

  @When(
      "I try to create a thread saying {string} and run it with the assistant with the id {string}")
  public void tryWithUnknownAssistant(String text, String assistantId) {
    CreateThreadAndRunRequest request = saying(assistantId, text);
    world
        .attempt(() -> world.client().runs().createThreadAndRun(world.apiVersion(), request))
        .ifPresent(
            run -> keep("made by mistake", run.getThreadId(), "made by mistake", run.getId()));
  }
}
