package dev.assistantskit.server.runs;

import dev.assistantskit.server.backend.ModelBackend;
import dev.assistantskit.server.backend.TokenCounter;
import dev.assistantskit.server.backend.Turn;
import dev.assistantskit.server.backend.TurnRequest;
import dev.assistantskit.server.domain.Message;
import dev.assistantskit.server.domain.Run;
import dev.assistantskit.server.domain.RunError;
import dev.assistantskit.server.domain.RunStatus;
import dev.assistantskit.server.domain.ToolCall;
import dev.assistantskit.server.files.FileService;
import dev.assistantskit.server.store.Stores;
import dev.assistantskit.server.store.Tx;
import dev.assistantskit.server.time.EmulatorClock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives runs from {@code queued} to their end, in the background.
 *
 * <p>Everything that happens to one run — starting, a turn's result, a cancel, an expiry — is a
 * task on that run's own chain, so two of them never interleave; runs of different threads proceed
 * in parallel. Each task asks the model (or a script) what to do and applies it through {@link
 * RunLifecycle} in a transaction, then publishes the events of what it changed.
 *
 * <p>A cancel or an expiry is not on the chain (it must not wait behind a hold), so each change of
 * a run is committed and published under that run's own monitor ({@link #commit}): a stream
 * receives the events of a run in the order its changes were made.
 */
public final class RunExecutor implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RunExecutor.class);

  private final Stores stores;
  private final EmulatorClock clock;
  private final ModelBackend model;
  private final Scripts scripts;
  private final FileService files;
  private final TokenCounter tokens;
  private final RunEventBus events;
  private final RunWriter writer;
  private final ExecutorService workers;
  private final ScheduledExecutorService timers;
  private final Map<String, CompletableFuture<Void>> chains = new ConcurrentHashMap<>();
  private final Map<String, Deque<Turn>> scripted = new ConcurrentHashMap<>();
  private final Map<String, Long> holdWriting = new ConcurrentHashMap<>();
  private final Map<String, ScheduledFuture<?>> expiryTimers = new ConcurrentHashMap<>();
  private final Object[] ordering = new Object[64];

  public RunExecutor(
      Stores stores,
      EmulatorClock clock,
      ModelBackend model,
      Scripts scripts,
      FileService files,
      TokenCounter tokens,
      RunEventBus events,
      RunWriter writer) {
    this.stores = stores;
    this.clock = clock;
    this.model = model;
    this.scripts = scripts;
    this.files = files;
    this.tokens = tokens;
    this.events = events;
    this.writer = writer;
    // tasks never wait (delays are scheduled), so a few threads serve any number of runs
    this.workers =
        Executors.newFixedThreadPool(
            Math.max(4, 2 * Runtime.getRuntime().availableProcessors()),
            daemons("assistants-kit-run"));
    ScheduledThreadPoolExecutor expiry =
        new ScheduledThreadPoolExecutor(1, daemons("assistants-kit-expiry"));
    expiry.setRemoveOnCancelPolicy(true); // a run that ends drops its timer at once
    this.timers = expiry;
    for (int i = 0; i < ordering.length; i++) {
      ordering[i] = new Object();
    }
    clock.onAdvance(this::expireDueRuns);
  }

  /** A run was created (queued): start it, after a scripted wait if there is one. */
  public void created(Run run) {
    Optional<Scripts.ScriptedRun> script = scripts.take(run);
    long holdQueued = script.map(Scripts.ScriptedRun::holdQueuedMillis).orElse(0L);
    long holdInProgress = script.map(Scripts.ScriptedRun::holdInProgressMillis).orElse(0L);
    long holdWhileWriting = script.map(Scripts.ScriptedRun::holdWritingMillis).orElse(0L);
    script.ifPresent(
        s -> {
          scripted.put(run.id(), new ArrayDeque<>(s.turns()));
          holdWriting.put(run.id(), holdWhileWriting);
        });
    if (holdQueued + holdInProgress + holdWhileWriting > 0) {
      scheduleExpiry(run);
    }
    enqueue(
        run.threadId(),
        run.id(),
        holdQueued,
        () -> begin(run.threadId(), run.id(), holdInProgress));
  }

  /** Tool outputs arrived; the run is queued again. */
  public void resumed(Run run) {
    enqueue(run.threadId(), run.id(), 0, () -> begin(run.threadId(), run.id(), 0));
  }

  /**
   * A cancel was requested: the run ends cancelled now, not behind a hold on its chain. Whatever
   * the chain does next finds the run ended and writes nothing ({@link #whileRunning}).
   */
  public void cancelling(Run run) {
    workers.execute(
        () -> guarded(run.threadId(), run.id(), () -> finish(run.threadId(), run.id(), null)));
  }

  /** Expires every active run whose {@code expires_at} has passed (the clock moved). */
  public void expireDueRuns() {
    List<Run> due =
        stores.read(
            tx ->
                tx.runs().allActive().stream()
                    .filter(run -> RunEndings.isDue(run, clock.seconds()))
                    .toList());
    for (Run run : due) {
      commit(
          run.id(),
          (tx, happened) -> {
            tx.runs()
                .find(run.threadId(), run.id())
                .filter(current -> RunEndings.isDue(current, clock.seconds()))
                .ifPresent(
                    current -> happened.addAll(RunEndings.expire(tx, current, clock.seconds())));
            return null;
          });
      forget(run.threadId(), run.id());
    }
  }

  private void begin(String threadId, String runId, long holdInProgress) {
    Started started =
        commit(
            runId,
            (tx, happened) -> {
              Run run = tx.runs().find(threadId, runId).orElse(null);
              if (run == null || run.status() != RunStatus.QUEUED) {
                return null;
              }
              if (RunEndings.isDue(run, clock.seconds())) {
                happened.addAll(RunEndings.expire(tx, run, clock.seconds()));
                return null;
              }
              Run running = RunLifecycle.start(run, clock.seconds());
              tx.runs().put(running);
              happened.add(new RunEvent(runId, "thread.run.in_progress", running));
              return new Started(running, tx.messages().all(threadId), answeredCalls(tx, running));
            });
    if (started == null) {
      return;
    }
    PromptWindow window =
        PromptWindow.of(started.run(), started.thread(), started.answered(), tokens);
    Turn turn =
        window == null
            ? new Turn.Stop("max_prompt_tokens")
            : nextTurn(started.run(), window, started.answered());
    int promptTokens = window == null ? 0 : window.tokens();
    enqueue(threadId, runId, holdInProgress, () -> apply(threadId, runId, turn, promptTokens));
  }

  private Turn nextTurn(Run run, PromptWindow window, List<ToolCall.Function> answered) {
    Deque<Turn> script = scripted.get(run.id());
    if (script != null && !script.isEmpty()) {
      return script.poll();
    }
    TurnRequest request =
        new TurnRequest(
            run.model(),
            run.instructions(),
            run.tools(),
            run.toolChoice(),
            run.responseFormat(),
            run.temperature(),
            run.topP(),
            window.messages(),
            answered);
    try {
      return model.respond(request);
    } catch (RuntimeException failure) {
      LOG.warn("The model backend failed on run {}", run.id(), failure);
      return new Turn.Fail("server_error", "The model backend failed: " + failure.getMessage());
    }
  }

  private void apply(String threadId, String runId, Turn turn, int promptTokens) {
    if (turn instanceof Turn.Fail fail) {
      finish(threadId, runId, new RunError(fail.code(), fail.message()));
      return;
    }
    // true while a reply is being written: it finishes the run itself, after any hold
    boolean replying;
    if (turn instanceof Turn.CallFunctions calls) {
      RunWriter.ToolStep step =
          whileRunning(
              threadId,
              runId,
              (tx, run) -> writer.openFunctionCalls(tx, run, calls, promptTokens),
              RunWriter.ToolStep::events);
      if (step != null) {
        changed(threadId, runId, (tx, run) -> writer.requireAction(tx, run, step));
      }
      replying = false;
    } else if (turn instanceof Turn.Stop stop) {
      changed(threadId, runId, (tx, run) -> writer.stop(tx, run, stop.reason()));
      replying = false;
    } else if (turn instanceof Turn.RunCode code) {
      List<String> images =
          code.images().stream().map(i -> files.storeOutput(i.filename(), i.png()).id()).toList();
      replying =
          toolRan(
                  threadId,
                  runId,
                  (tx, run) -> writer.openCodeStep(tx, run, code, images, promptTokens))
              && reply(threadId, runId, answer(turn).withImages(images), promptTokens);
    } else if (turn instanceof Turn.SearchFiles) {
      replying =
          toolRan(threadId, runId, (tx, run) -> writer.openFileSearch(tx, run, promptTokens))
              && reply(threadId, runId, answer(turn), promptTokens);
    } else {
      replying = reply(threadId, runId, answer(turn), promptTokens);
    }
    if (!replying) {
      finish(threadId, runId, null);
    }
  }

  /**
   * A tool ran: its step is opened without the call, then the call is streamed and the step
   * completed. False if the run had ended first.
   */
  private boolean toolRan(
      String threadId, String runId, BiFunction<Tx, Run, RunWriter.ToolStep> open) {
    RunWriter.ToolStep step = whileRunning(threadId, runId, open, RunWriter.ToolStep::events);
    return step != null
        && changed(threadId, runId, (tx, run) -> writer.completeToolStep(tx, run, step));
  }

  /**
   * Opens the answer's message with its first half written, then writes the rest and completes it
   * once any {@code hold_writing_ms} has passed: a run that ends during the hold leaves the message
   * half-written, as streamed. False if the run had already ended.
   */
  private boolean reply(String threadId, String runId, RunWriter.Answer answer, int promptTokens) {
    RunWriter.Draft draft =
        whileRunning(
            threadId,
            runId,
            (tx, run) -> writer.startMessage(tx, run, answer, promptTokens),
            RunWriter.Draft::events);
    if (draft == null) {
      return false;
    }
    enqueue(
        threadId,
        runId,
        holdWriting.getOrDefault(runId, 0L),
        () -> {
          changed(threadId, runId, (tx, run) -> writer.finishMessage(tx, run, draft, promptTokens));
          finish(threadId, runId, null);
        });
    return true;
  }

  /**
   * {@link #whileRunning} for a change that returns just its events; false if the run had ended.
   */
  private boolean changed(
      String threadId, String runId, BiFunction<Tx, Run, List<RunEvent>> change) {
    return whileRunning(threadId, runId, change, happened -> happened) != null;
  }

  /**
   * Makes a change of a run in progress, checking in the same transaction that it still is: a
   * cancel or an expiry may have ended it meanwhile. Null, and nothing written, if it had;
   * otherwise what the change returned, whose events ({@code eventsOf}) are published.
   */
  private <T> T whileRunning(
      String threadId,
      String runId,
      BiFunction<Tx, Run, T> change,
      Function<T, List<RunEvent>> eventsOf) {
    return commit(
        runId,
        (tx, happened) -> {
          Run run = run(tx, threadId, runId);
          if (run.status() != RunStatus.IN_PROGRESS) {
            return null;
          }
          T result = change.apply(tx, run);
          happened.addAll(eventsOf.apply(result));
          return result;
        });
  }

  /** Ends a run that is cancelling, or fails one, with everything it left open. */
  private void finish(String threadId, String runId, RunError failure) {
    commit(
        runId,
        (tx, happened) -> {
          Run run = tx.runs().find(threadId, runId).orElse(null);
          if (run == null) {
            return null;
          }
          if (run.status() == RunStatus.CANCELLING) {
            happened.addAll(RunEndings.cancel(tx, run, clock.seconds()));
          } else if (failure != null && RunLifecycle.allows(run.status(), RunStatus.FAILED)) {
            happened.addAll(RunEndings.fail(tx, run, failure, clock.seconds()));
          }
          return null;
        });
  }

  /**
   * Commits a change of one run and publishes its events before any other change of that run can
   * commit. Without this a cancel could commit, and send {@code thread.run.cancelled} (which ends
   * the stream), while the chain was still sending the deltas of its own earlier change: the stream
   * would lose text the message keeps. Runs share 64 monitors; a change holds one only while it
   * commits and publishes.
   */
  private <T> T commit(String runId, BiFunction<Tx, List<RunEvent>, T> change) {
    synchronized (ordering[Math.floorMod(runId.hashCode(), ordering.length)]) {
      List<RunEvent> happened = new ArrayList<>();
      T result =
          stores.write(
              tx -> {
                happened.clear();
                return change.apply(tx, happened);
              });
      events.publish(happened);
      return result;
    }
  }

  private static RunWriter.Answer answer(Turn turn) {
    if (turn instanceof Turn.Reply reply) {
      return new RunWriter.Answer(List.of(), reply.text());
    }
    if (turn instanceof Turn.RunCode code) {
      return new RunWriter.Answer(List.of(), code.reply());
    }
    return new RunWriter.Answer(List.of(), ((Turn.SearchFiles) turn).reply());
  }

  /** Calls of this run that have their outputs, for the turn after submit_tool_outputs. */
  private static List<ToolCall.Function> answeredCalls(Tx tx, Run run) {
    return tx.runSteps().all(run.id()).stream()
        .filter(step -> step.toolCalls() != null)
        .flatMap(step -> step.toolCalls().stream())
        .filter(call -> call instanceof ToolCall.Function f && f.output() != null)
        .map(call -> (ToolCall.Function) call)
        .toList();
  }

  private static Run run(Tx tx, String threadId, String runId) {
    return tx.runs().find(threadId, runId).orElseThrow();
  }

  /**
   * Expires a held run on time, even if no one asks about it. Only runs the control plane holds
   * (queued, in progress or half-written) need a timer, set when they are created: {@code
   * expires_at} never moves. Any other run is done in milliseconds, and one waiting in {@code
   * requires_action} is expired by the first read or write of its thread after {@code expires_at}
   * ({@link RunService}, {@link ThreadLock}), which no client can tell apart.
   */
  private void scheduleExpiry(Run run) {
    if (run.expiresAt() == null) {
      return;
    }
    long delay = Math.max(0, run.expiresAt() - clock.seconds()) * 1000 + 50;
    expiryTimers.computeIfAbsent(
        run.id(),
        // Not on the run's chain: that is busy holding the run, which is what may outlast it.
        id ->
            timers.schedule(
                () -> {
                  expiryTimers.remove(id);
                  expireDueRuns();
                },
                delay,
                TimeUnit.MILLISECONDS));
  }

  /** Appends a task to a run's chain, to run after {@code delayMillis} once the chain is free. */
  private void enqueue(String threadId, String runId, long delayMillis, Runnable task) {
    Executor executor =
        delayMillis > 0
            ? CompletableFuture.delayedExecutor(delayMillis, TimeUnit.MILLISECONDS, workers)
            : workers;
    CompletableFuture<Void> tail =
        chains.compute(
            runId,
            (id, previous) ->
                (previous == null ? CompletableFuture.<Void>completedFuture(null) : previous)
                    .thenRunAsync(() -> guarded(threadId, runId, task), executor));
    tail.whenComplete((ignored, error) -> chains.remove(runId, tail));
  }

  /** A task that throws is a bug; the run fails rather than hang. */
  private void guarded(String threadId, String runId, Runnable task) {
    try {
      task.run();
      forget(threadId, runId);
    } catch (java.util.NoSuchElementException gone) {
      LOG.debug("Run {} was deleted with its thread while it ran", runId);
    } catch (RuntimeException bug) {
      LOG.error("Run {} failed inside the emulator", runId, bug);
      commit(
          runId,
          (tx, happened) -> {
            tx.runs()
                .find(threadId, runId)
                .filter(run -> RunLifecycle.allows(run.status(), RunStatus.FAILED))
                .ifPresent(
                    run ->
                        happened.addAll(
                            RunEndings.fail(
                                tx,
                                run,
                                new RunError("server_error", "The emulator failed: " + bug),
                                clock.seconds())));
            return null;
          });
    }
  }

  /** Drops what the executor kept about a run once it has ended. */
  private void forget(String threadId, String runId) {
    boolean ended =
        stores.read(
            tx ->
                tx.runs().find(threadId, runId).map(run -> !run.status().isActive()).orElse(true));
    if (ended) {
      scripted.remove(runId);
      holdWriting.remove(runId);
      ScheduledFuture<?> timer = expiryTimers.remove(runId);
      if (timer != null) {
        timer.cancel(false);
      }
    }
  }

  /** Runs whose tasks are still queued or running (for tests and benchmarks). */
  public int busy() {
    return chains.size();
  }

  @Override
  public void close() {
    timers.shutdownNow();
    workers.shutdownNow();
  }

  private record Started(Run run, List<Message> thread, List<ToolCall.Function> answered) {}

  private static ThreadFactory daemons(String name) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
