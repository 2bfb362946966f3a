package dev.assistantskit.server.runs;

import dev.assistantskit.server.backend.TokenCounter;
import dev.assistantskit.server.backend.Turn;
import dev.assistantskit.server.domain.Ids;
import dev.assistantskit.server.domain.Message;
import dev.assistantskit.server.domain.MessageContent;
import dev.assistantskit.server.domain.Run;
import dev.assistantskit.server.domain.RunStep;
import dev.assistantskit.server.domain.ToolCall;
import dev.assistantskit.server.domain.Usage;
import dev.assistantskit.server.store.Tx;
import dev.assistantskit.server.time.EmulatorClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a turn writes, inside the executor's transactions: the steps, the assistant message and the
 * run's status, each change with the stream events it causes.
 *
 * <p>A stream client rebuilds a step or a message from its {@code created} event and the deltas
 * that follow, so every delta is stored in the same transaction that sends it, and nothing is
 * stored before its delta: a step's tool calls and a message's text exist only once streamed.
 * Whenever a run ends, what was streamed and what a GET returns are the same.
 */
public final class RunWriter {
  /** Roughly how many tokens a streamed text delta carries. */
  static final int TOKENS_PER_DELTA = 4;

  private final EmulatorClock clock;
  private final Ids ids;
  private final TokenCounter tokens;

  public RunWriter(EmulatorClock clock, Ids ids, TokenCounter tokens) {
    this.clock = clock;
    this.ids = ids;
    this.tokens = tokens;
  }

  /** The content of an assistant message: images first, then the text. */
  record Answer(List<String> imageFileIds, String text) {
    Answer withImages(List<String> fileIds) {
      return new Answer(fileIds, text);
    }
  }

  /**
   * The answer as it is written: its images, and the text kept under {@code max_completion_tokens}
   * ({@code cut} if that ended it early) in two parts — the opening, written as the message opens,
   * and the rest, written after any {@code hold_writing_ms}.
   */
  record Writing(
      List<String> imageFileIds, String opening, String rest, boolean cut, int completionTokens) {
    String text() {
      return opening + rest;
    }

    List<MessageContent> parts(String text) {
      List<MessageContent> parts = new ArrayList<>();
      imageFileIds.forEach(id -> parts.add(new MessageContent.ImageFile(id)));
      parts.add(MessageContent.Text.of(text));
      return parts;
    }
  }

  /** A message being written, the step writing it, and how the rest of it will be written. */
  record Draft(String messageId, String stepId, Writing writing, List<RunEvent> events) {}

  /** A piece of a message being written: one content part, or part of one. */
  public record MessageDelta(String messageId, int index, MessageContent part) {}

  /** A {@code tool_calls} step opened without its calls, which its deltas then bring. */
  record ToolStep(String stepId, List<ToolCall> calls, List<RunEvent> events) {}

  /** A tool call of a step, at {@code index} in its list, for the stream to send as deltas. */
  public record StepDelta(String stepId, int index, ToolCall call) {}

  /** Opens the step of a turn that calls functions; {@link #requireAction} writes the calls. */
  ToolStep openFunctionCalls(Tx tx, Run run, Turn.CallFunctions turn, int promptTokens) {
    List<ToolCall> calls =
        turn.calls().stream()
            .<ToolCall>map(
                call ->
                    new ToolCall.Function(ids.next(Ids.CALL), call.name(), call.arguments(), null))
            .toList();
    int completion = turn.calls().stream().mapToInt(call -> tokens.count(call.arguments())).sum();
    return openToolStep(tx, run, calls, new Usage(promptTokens, completion));
  }

  /** Opens the step of a turn that ran code; {@link #completeToolStep} writes the call. */
  ToolStep openCodeStep(
      Tx tx, Run run, Turn.RunCode code, List<String> imageFileIds, int promptTokens) {
    List<ToolCall.CodeOutput> outputs = new ArrayList<>();
    if (code.logs() != null) {
      outputs.add(new ToolCall.Logs(code.logs()));
    }
    imageFileIds.forEach(id -> outputs.add(new ToolCall.Image(id)));
    ToolCall.CodeInterpreter call =
        new ToolCall.CodeInterpreter(ids.next(Ids.CALL), code.code(), outputs);
    return openToolStep(tx, run, List.of(call), new Usage(promptTokens, tokens.count(code.code())));
  }

  /** Opens the step of a turn that searched files; {@link #completeToolStep} writes the call. */
  ToolStep openFileSearch(Tx tx, Run run, int promptTokens) {
    return openToolStep(
        tx, run, List.of(new ToolCall.FileSearch(ids.next(Ids.CALL))), new Usage(promptTokens, 0));
  }

  /**
   * Streams the function calls of an opened step and stores them on it (outputs null), then the run
   * waits for their outputs.
   */
  List<RunEvent> requireAction(Tx tx, Run run, ToolStep opened) {
    List<RunEvent> events = writeCalls(tx, run, opened);
    RunStep written = tx.runSteps().find(run.id(), opened.stepId()).orElseThrow();
    Run waiting =
        RunLifecycle.requireAction(
            run, written.toolCalls().stream().map(call -> (ToolCall.Function) call).toList());
    tx.runs().put(waiting);
    events.add(new RunEvent(run.id(), "thread.run.requires_action", waiting));
    return events;
  }

  /** Streams the call of an opened step (the tool ran) and completes the step with it. */
  List<RunEvent> completeToolStep(Tx tx, Run run, ToolStep opened) {
    List<RunEvent> events = writeCalls(tx, run, opened);
    RunStep written = tx.runSteps().find(run.id(), opened.stepId()).orElseThrow();
    RunStep done = written.ended(RunStep.Status.COMPLETED, clock.seconds(), null, written.usage());
    tx.runSteps().put(done);
    events.add(new RunEvent(run.id(), "thread.run.step.completed", done));
    return events;
  }

  /**
   * Opens the assistant message and the step that writes it, and writes the answer's opening: the
   * images and the first half of the text, as a model streams its first tokens. {@link
   * #finishMessage} writes the rest, after any {@code hold_writing_ms}; a run that ends in between
   * leaves the message {@code incomplete} with just that opening, which is all its stream sent.
   */
  Draft startMessage(Tx tx, Run run, Answer answer, int promptTokens) {
    long now = clock.seconds();
    Writing writing = writing(tx, run, answer);
    Message message =
        new Message(
            ids.next(Ids.MESSAGE),
            now,
            run.threadId(),
            Message.Status.IN_PROGRESS,
            null,
            null,
            null,
            Message.Role.ASSISTANT,
            List.of(),
            run.assistantId(),
            run.id(),
            List.of(),
            Map.of());
    RunStep step =
        step(
            run,
            RunStep.Type.MESSAGE_CREATION,
            message.id(),
            null,
            new Usage(promptTokens, tokens.count(writing.opening())));
    tx.runSteps().put(step);
    tx.messages().put(message.withContent(writing.parts(writing.opening())));
    List<RunEvent> events = created(run, step);
    events.add(new RunEvent(run.id(), "thread.message.created", message));
    events.add(new RunEvent(run.id(), "thread.message.in_progress", message));
    int textIndex = writing.imageFileIds().size();
    for (int i = 0; i < textIndex; i++) {
      events.add(
          messageDelta(
              run.id(),
              message.id(),
              i,
              new MessageContent.ImageFile(writing.imageFileIds().get(i))));
    }
    List<String> chunks = tokens.chunks(writing.opening(), TOKENS_PER_DELTA);
    // the text part exists from here on, so its first delta is sent even when it is still empty
    for (String chunk : chunks.isEmpty() ? List.of("") : chunks) {
      events.add(messageDelta(run.id(), message.id(), textIndex, MessageContent.Text.of(chunk)));
    }
    return new Draft(message.id(), step.id(), writing, events);
  }

  /**
   * Writes the rest of the message and completes it, its step and the run — or, if {@code
   * max_completion_tokens} cut the text, ends the message and the run {@code incomplete}.
   */
  List<RunEvent> finishMessage(Tx tx, Run run, Draft draft, int promptTokens) {
    long now = clock.seconds();
    Writing writing = draft.writing();
    Message written =
        tx.messages()
            .find(run.threadId(), draft.messageId())
            .orElseThrow()
            .withContent(writing.parts(writing.text()));
    Message ended = writing.cut() ? written.incomplete("max_tokens", now) : written.completed(now);
    tx.messages().put(ended);
    RunStep step = tx.runSteps().find(run.id(), draft.stepId()).orElseThrow();
    RunStep stepDone =
        step.ended(
            RunStep.Status.COMPLETED,
            now,
            null,
            new Usage(promptTokens, writing.completionTokens()));
    tx.runSteps().put(stepDone);
    Usage total = RunEndings.usage(tx, run);
    Run finished =
        writing.cut()
            ? RunLifecycle.incomplete(run, now, "max_completion_tokens", total)
            : RunLifecycle.complete(run, now, total);
    tx.runs().put(finished);
    List<RunEvent> events = new ArrayList<>();
    int textIndex = writing.imageFileIds().size();
    for (String chunk : tokens.chunks(writing.rest(), TOKENS_PER_DELTA)) {
      events.add(
          messageDelta(run.id(), draft.messageId(), textIndex, MessageContent.Text.of(chunk)));
    }
    events.add(
        new RunEvent(
            run.id(),
            writing.cut() ? "thread.message.incomplete" : "thread.message.completed",
            ended));
    events.add(new RunEvent(run.id(), "thread.run.step.completed", stepDone));
    events.add(
        new RunEvent(
            run.id(), writing.cut() ? "thread.run.incomplete" : "thread.run.completed", finished));
    return events;
  }

  /** Ends the run {@code incomplete} without an answer (max_prompt_tokens, or a script). */
  List<RunEvent> stop(Tx tx, Run run, String reason) {
    Run stopped = RunLifecycle.incomplete(run, clock.seconds(), reason, RunEndings.usage(tx, run));
    tx.runs().put(stopped);
    return new ArrayList<>(List.of(new RunEvent(run.id(), "thread.run.incomplete", stopped)));
  }

  /**
   * How the answer will be written. The cut for {@code max_completion_tokens} is made here, before
   * the first delta, so the stream never sends text the message will not keep; the completion
   * tokens spent so far are those of the run's earlier steps.
   */
  private Writing writing(Tx tx, Run run, Answer answer) {
    int spent = RunEndings.usage(tx, run).completionTokens();
    int wanted = tokens.count(answer.text());
    Integer budget =
        run.maxCompletionTokens() == null ? null : Math.max(0, run.maxCompletionTokens() - spent);
    boolean cut = budget != null && wanted > budget;
    String kept = cut ? tokens.truncate(answer.text(), budget) : answer.text();
    // half the tokens, and at least one, so a held answer of any length is visibly half-written
    String opening = tokens.truncate(kept, Math.max(1, tokens.count(kept) / 2));
    return new Writing(
        answer.imageFileIds(),
        opening,
        kept.substring(opening.length()),
        cut,
        cut ? budget : wanted);
  }

  /**
   * Stores an opened step with no calls and sends it as created and in progress: on Azure the calls
   * arrive as deltas, and a client that merges them into the created step must not get them twice.
   */
  private ToolStep openToolStep(Tx tx, Run run, List<ToolCall> calls, Usage usage) {
    RunStep step = step(run, RunStep.Type.TOOL_CALLS, null, List.of(), usage);
    tx.runSteps().put(step);
    return new ToolStep(step.id(), calls, created(run, step));
  }

  /** The deltas of an opened step's calls, stored on the step in the same transaction. */
  private List<RunEvent> writeCalls(Tx tx, Run run, ToolStep opened) {
    RunStep step = tx.runSteps().find(run.id(), opened.stepId()).orElseThrow();
    tx.runSteps().put(step.withToolCalls(opened.calls()));
    List<RunEvent> events = new ArrayList<>();
    for (int i = 0; i < opened.calls().size(); i++) {
      events.add(
          new RunEvent(
              run.id(),
              "thread.run.step.delta",
              new StepDelta(step.id(), i, opened.calls().get(i))));
    }
    return events;
  }

  private static RunEvent messageDelta(
      String runId, String messageId, int index, MessageContent part) {
    return new RunEvent(runId, "thread.message.delta", new MessageDelta(messageId, index, part));
  }

  private RunStep step(
      Run run, RunStep.Type type, String messageId, List<ToolCall> calls, Usage usage) {
    return new RunStep(
        ids.next(Ids.STEP),
        clock.seconds(),
        run.id(),
        run.threadId(),
        run.assistantId(),
        type,
        RunStep.Status.IN_PROGRESS,
        messageId,
        calls,
        null,
        null,
        null,
        null,
        null,
        Map.of(),
        usage);
  }

  private static List<RunEvent> created(Run run, RunStep step) {
    List<RunEvent> events = new ArrayList<>();
    events.add(new RunEvent(run.id(), "thread.run.step.created", step));
    events.add(new RunEvent(run.id(), "thread.run.step.in_progress", step));
    return events;
  }
}
