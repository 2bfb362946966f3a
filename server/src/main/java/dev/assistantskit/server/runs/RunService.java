package dev.assistantskit.server.runs;

import dev.assistantskit.server.assistants.AssistantService;
import dev.assistantskit.server.domain.Assistant;
import dev.assistantskit.server.domain.AssistantThread;
import dev.assistantskit.server.domain.Ids;
import dev.assistantskit.server.domain.ResponseFormat;
import dev.assistantskit.server.domain.Run;
import dev.assistantskit.server.domain.RunStatus;
import dev.assistantskit.server.domain.RunStep;
import dev.assistantskit.server.domain.Tool;
import dev.assistantskit.server.domain.ToolCall;
import dev.assistantskit.server.domain.ToolChoice;
import dev.assistantskit.server.domain.ToolResources;
import dev.assistantskit.server.errors.Errors;
import dev.assistantskit.server.messages.MessageWriter;
import dev.assistantskit.server.messages.NewMessage;
import dev.assistantskit.server.store.Page;
import dev.assistantskit.server.store.PageRequest;
import dev.assistantskit.server.store.Stores;
import dev.assistantskit.server.store.Tx;
import dev.assistantskit.server.threads.ThreadService;
import dev.assistantskit.server.time.EmulatorClock;
import dev.assistantskit.server.vectorstores.ToolResourcesResolver;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Runs and their steps: what callers ask of them; {@link RunExecutor} does the running. */
public final class RunService {
  private final Stores stores;
  private final EmulatorClock clock;
  private final Ids ids;
  private final Duration expiry;
  private final ThreadLock lock;
  private final ThreadService threads;
  private final MessageWriter messages;
  private final ToolResourcesResolver resources;
  private final RunExecutor executor;
  private final RunEventBus events;

  public RunService(
      Stores stores,
      EmulatorClock clock,
      Ids ids,
      Duration expiry,
      ThreadLock lock,
      ThreadService threads,
      MessageWriter messages,
      ToolResourcesResolver resources,
      RunExecutor executor,
      RunEventBus events) {
    this.stores = stores;
    this.clock = clock;
    this.ids = ids;
    this.expiry = expiry;
    this.lock = lock;
    this.threads = threads;
    this.messages = messages;
    this.resources = resources;
    this.executor = executor;
    this.events = events;
  }

  /** What a create-run request asks for; null means "the assistant's" or "the default". */
  public record Draft(
      String assistantId,
      String model,
      String instructions,
      String additionalInstructions,
      List<NewMessage> additionalMessages,
      List<Tool> tools,
      Map<String, String> metadata,
      BigDecimal temperature,
      BigDecimal topP,
      Integer maxPromptTokens,
      Integer maxCompletionTokens,
      Run.Truncation truncation,
      ToolChoice toolChoice,
      ResponseFormat responseFormat,
      ToolResources toolResources) {}

  /** A function's output, for {@link #submitToolOutputs}. */
  public record ToolOutput(String toolCallId, String output) {}

  /** What create-thread-and-run made. */
  public record Created(AssistantThread thread, Run run) {}

  public Run create(String threadId, Draft draft) {
    return create(threadId, draft, null);
  }

  /** Creates a run; {@code listener}, if any, gets every event of it from the first. */
  public Run create(String threadId, Draft draft, RunListener listener) {
    return started(
        tx -> {
          ThreadService.find(tx, threadId);
          return newRun(tx, threadId, draft);
        },
        listener);
  }

  public Created createThreadAndRun(ThreadService.Draft thread, Draft draft) {
    return createThreadAndRun(thread, draft, null);
  }

  /** Creates a thread and runs it; a listener's first event is {@code thread.created}. */
  public Created createThreadAndRun(ThreadService.Draft thread, Draft draft, RunListener listener) {
    AssistantThread[] made = new AssistantThread[1];
    Run run =
        started(
            tx -> {
              AssistantService.find(tx, draft.assistantId());
              made[0] = threads.create(tx, thread);
              NewRun created = newRun(tx, made[0].id(), draft);
              List<RunEvent> withThread = new ArrayList<>();
              withThread.add(new RunEvent(created.run().id(), "thread.created", made[0]));
              withThread.addAll(created.events());
              return new NewRun(created.run(), withThread);
            },
            listener);
    return new Created(made[0], run);
  }

  public Page<Run> list(String threadId, PageRequest page) {
    expireDue(threadId);
    return stores.read(
        tx -> {
          ThreadService.find(tx, threadId);
          return tx.runs().list(threadId, page);
        });
  }

  public Run get(String threadId, String runId) {
    expireDue(threadId);
    return stores.read(tx -> find(tx, threadId, runId));
  }

  public Run modify(String threadId, String runId, Map<String, String> metadata) {
    return stores.write(
        tx -> {
          Run run = find(tx, threadId, runId);
          if (metadata != null) {
            run = run.withMetadata(metadata);
            tx.runs().put(run);
          }
          return run;
        });
  }

  /** queued, in_progress or requires_action → cancelling; the executor finishes the cancel. */
  public Run cancel(String threadId, String runId) {
    Run cancelling =
        published(
            (tx, pending) -> {
              lock.activeRun(tx, threadId, pending);
              Run run = RunLifecycle.cancel(find(tx, threadId, runId));
              tx.runs().put(run);
              pending.add(new RunEvent(run.id(), "thread.run.cancelling", run));
              return run;
            });
    executor.cancelling(cancelling);
    return cancelling;
  }

  /** Gives every pending function call its output; the run is queued again. */
  public Run submitToolOutputs(String threadId, String runId, List<ToolOutput> outputs) {
    return submitToolOutputs(threadId, runId, outputs, null);
  }

  /** As above; {@code listener}, if any, gets the run's events from this point on. */
  public Run submitToolOutputs(
      String threadId, String runId, List<ToolOutput> outputs, RunListener listener) {
    Run resumed =
        published(
            listener,
            runId,
            (tx, pending) -> {
              lock.activeRun(tx, threadId, pending);
              Run run = find(tx, threadId, runId);
              RunLifecycle.requireAwaitingOutputs(run);
              Map<String, String> byCall = matched(run, outputs);
              for (RunStep step : tx.runSteps().all(run.id())) {
                if (step.status() == RunStep.Status.IN_PROGRESS && step.toolCalls() != null) {
                  RunStep answered =
                      step.withToolCalls(
                              step.toolCalls().stream()
                                  .map(call -> withOutput(call, byCall))
                                  .toList())
                          .ended(RunStep.Status.COMPLETED, clock.seconds(), null, step.usage());
                  tx.runSteps().put(answered);
                  pending.add(new RunEvent(run.id(), "thread.run.step.completed", answered));
                }
              }
              Run queued = RunLifecycle.resume(run);
              tx.runs().put(queued);
              pending.add(new RunEvent(run.id(), "thread.run.queued", queued));
              return queued;
            });
    executor.resumed(resumed);
    return resumed;
  }

  public Page<RunStep> listSteps(String threadId, String runId, PageRequest page) {
    expireDue(threadId);
    return stores.read(
        tx -> {
          find(tx, threadId, runId);
          return tx.runSteps().list(runId, page);
        });
  }

  public RunStep getStep(String threadId, String runId, String stepId) {
    expireDue(threadId);
    return stores.read(
        tx -> {
          find(tx, threadId, runId);
          return tx.runSteps()
              .find(runId, stepId)
              .orElseThrow(() -> Errors.notFound("run step", stepId));
        });
  }

  private record NewRun(Run run, List<RunEvent> events) {}

  private Run started(Function<Tx, NewRun> work, RunListener listener) {
    NewRun created = stores.write(work);
    if (listener != null) {
      listener.subscribed(events.subscribe(created.run().id(), listener));
    }
    events.publish(created.events());
    executor.created(created.run());
    return created.run();
  }

  private NewRun newRun(Tx tx, String threadId, Draft draft) {
    List<RunEvent> pending = new ArrayList<>();
    Assistant assistant = AssistantService.find(tx, draft.assistantId());
    lock.requireNoActiveRunForRun(tx, threadId, pending);
    List<Tool> tools = draft.tools() != null ? draft.tools() : assistant.tools();
    ToolChoice toolChoice = draft.toolChoice() != null ? draft.toolChoice() : ToolChoice.AUTO;
    ResponseFormat format =
        draft.responseFormat() != null ? draft.responseFormat() : assistant.responseFormat();
    RunRules.check(tools, toolChoice, format);
    for (NewMessage message :
        draft.additionalMessages() == null ? List.<NewMessage>of() : draft.additionalMessages()) {
      messages.add(tx, threadId, message);
    }
    long now = clock.seconds();
    Run run =
        new Run(
            ids.next(Ids.RUN),
            now,
            threadId,
            assistant.id(),
            RunStatus.QUEUED,
            null,
            null,
            now + expiry.toSeconds(),
            null,
            null,
            null,
            null,
            null,
            draft.model() != null ? draft.model() : assistant.model(),
            instructions(assistant, draft),
            tools,
            draft.metadata() != null ? draft.metadata() : Map.of(),
            null,
            draft.temperature() != null ? draft.temperature() : assistant.temperature(),
            draft.topP() != null ? draft.topP() : assistant.topP(),
            draft.maxPromptTokens(),
            draft.maxCompletionTokens(),
            draft.truncation() != null ? draft.truncation() : Run.Truncation.AUTO,
            toolChoice,
            format,
            resources.verified(tx, draft.toolResources()));
    tx.runs().put(run);
    pending.add(new RunEvent(run.id(), "thread.run.created", run));
    pending.add(new RunEvent(run.id(), "thread.run.queued", run));
    return new NewRun(run, pending);
  }

  /** The run's instructions replace the assistant's; additional instructions are appended. */
  private static String instructions(Assistant assistant, Draft draft) {
    String base = draft.instructions() != null ? draft.instructions() : assistant.instructions();
    if (draft.additionalInstructions() == null) {
      return base;
    }
    return base == null
        ? draft.additionalInstructions()
        : base + "\n" + draft.additionalInstructions();
  }

  /** The outputs must answer every pending call exactly once, and nothing else. */
  private static Map<String, String> matched(Run run, List<ToolOutput> outputs) {
    Set<String> expected =
        run.requiredAction().stream()
            .map(ToolCall.Function::id)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    List<String> given = new ArrayList<>();
    for (int i = 0; i < outputs.size(); i++) {
      ToolOutput output = outputs.get(i);
      if (output.toolCallId() == null) {
        throw Errors.missingParameter("tool_outputs[" + i + "].tool_call_id");
      }
      if (output.output() == null) {
        throw Errors.missingParameter("tool_outputs[" + i + "].output");
      }
      given.add(output.toolCallId());
    }
    if (!Set.copyOf(given).equals(expected) || given.size() != expected.size()) {
      throw Errors.invalid(
          "tool_outputs",
          "Expected tool outputs for call_ids " + quoted(expected) + ", got " + quoted(given) + ".",
          "invalid_value");
    }
    return outputs.stream().collect(Collectors.toMap(ToolOutput::toolCallId, ToolOutput::output));
  }

  private static ToolCall withOutput(ToolCall call, Map<String, String> outputs) {
    return call instanceof ToolCall.Function function && outputs.containsKey(function.id())
        ? function.withOutput(outputs.get(function.id()))
        : call;
  }

  private static String quoted(java.util.Collection<String> ids) {
    return ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", ", "[", "]"));
  }

  /** Expires the thread's active run if it outlived its time, so reads see it expired. */
  private void expireDue(String threadId) {
    boolean due =
        stores.read(
            tx ->
                tx.runs()
                    .active(threadId)
                    .filter(run -> RunEndings.isDue(run, clock.seconds()))
                    .isPresent());
    if (due) {
      published(
          (tx, pending) -> {
            lock.activeRun(tx, threadId, pending);
            return null;
          });
    }
  }

  /** A unit of work whose run events are published once it committed. */
  private interface Work<T> {
    T apply(Tx tx, List<RunEvent> pending);
  }

  private <T> T published(Work<T> work) {
    return published(null, null, work);
  }

  /** Runs the work, subscribes the listener to {@code runId} if it succeeded, then publishes. */
  private <T> T published(RunListener listener, String runId, Work<T> work) {
    List<RunEvent> pending = new ArrayList<>();
    T result =
        stores.write(
            tx -> {
              pending.clear();
              return work.apply(tx, pending);
            });
    if (listener != null) {
      listener.subscribed(events.subscribe(runId, listener));
    }
    events.publish(pending);
    return result;
  }

  static Run find(Tx tx, String threadId, String runId) {
    ThreadService.find(tx, threadId);
    return tx.runs().find(threadId, runId).orElseThrow(() -> Errors.notFound("run", runId));
  }
}
