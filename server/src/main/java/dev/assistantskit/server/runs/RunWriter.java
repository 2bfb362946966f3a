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

    List<MessageContent> parts(String finalText) {
      List<MessageContent> parts = new ArrayList<>();
      imageFileIds.forEach(id -> parts.add(new MessageContent.ImageFile(id)));
      parts.add(MessageContent.Text.of(finalText));
      return parts;
    }
  }

  /** A message being written, and the step writing it. */
  record Draft(String messageId, String stepId, List<RunEvent> events) {}

  /** A piece of a message being written: one content part, or part of one. */
  public record MessageDelta(String messageId, int index, MessageContent part) {}

  List<RunEvent> callFunctions(Tx tx, Run run, Turn.CallFunctions turn, int promptTokens) {
    List<ToolCall.Function> calls =
        turn.calls().stream()
            .map(
                call ->
                    new ToolCall.Function(ids.next(Ids.CALL), call.name(), call.arguments(), null))
            .toList();
    int completion = calls.stream().mapToInt(call -> tokens.count(call.arguments())).sum();
    RunStep step =
        step(
            run,
            RunStep.Type.TOOL_CALLS,
            null,
            List.copyOf(calls),
            new Usage(promptTokens, completion));
    tx.runSteps().put(step);
    Run waiting = RunLifecycle.requireAction(run, calls);
    tx.runs().put(waiting);
    List<RunEvent> events = created(run, step);
    for (int i = 0; i < calls.size(); i++) {
      events.add(
          new RunEvent(
              run.id(), "thread.run.step.delta", new StepDelta(step.id(), i, calls.get(i))));
    }
    events.add(new RunEvent(run.id(), "thread.run.requires_action", waiting));
    return events;
  }

  List<RunEvent> ranCode(
      Tx tx, Run run, Turn.RunCode code, List<String> imageFileIds, int promptTokens) {
    List<ToolCall.CodeOutput> outputs = new ArrayList<>();
    if (code.logs() != null) {
      outputs.add(new ToolCall.Logs(code.logs()));
    }
    imageFileIds.forEach(id -> outputs.add(new ToolCall.Image(id)));
    ToolCall.CodeInterpreter call =
        new ToolCall.CodeInterpreter(ids.next(Ids.CALL), code.code(), outputs);
    return completedToolStep(tx, run, call, new Usage(promptTokens, tokens.count(code.code())));
  }

  List<RunEvent> searchedFiles(Tx tx, Run run, int promptTokens) {
    return completedToolStep(
        tx, run, new ToolCall.FileSearch(ids.next(Ids.CALL)), new Usage(promptTokens, 0));
  }

  private List<RunEvent> completedToolStep(Tx tx, Run run, ToolCall call, Usage usage) {
    RunStep step = step(run, RunStep.Type.TOOL_CALLS, null, List.of(call), usage);
    RunStep done = step.ended(RunStep.Status.COMPLETED, clock.seconds(), null, usage);
    tx.runSteps().put(done);
    List<RunEvent> events = created(run, step);
    events.add(new RunEvent(run.id(), "thread.run.step.delta", new StepDelta(step.id(), 0, call)));
    events.add(new RunEvent(run.id(), "thread.run.step.completed", done));
    return events;
  }

  /** A tool call of a step, at {@code index} in its list, for the stream to send as deltas. */
  public record StepDelta(String stepId, int index, ToolCall call) {}

  /** Opens the assistant message (empty, in progress) and the step that writes it. */
  Draft startMessage(Tx tx, Run run, int promptTokens) {
    long now = clock.seconds();
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
        step(run, RunStep.Type.MESSAGE_CREATION, message.id(), null, new Usage(promptTokens, 0));
    tx.runSteps().put(step);
    tx.messages().put(message);
    List<RunEvent> events = created(run, step);
    events.add(new RunEvent(run.id(), "thread.message.created", message));
    events.add(new RunEvent(run.id(), "thread.message.in_progress", message));
    return new Draft(message.id(), step.id(), events);
  }

  /** The answer as the stream sends it: each image, then the text a few tokens at a time. */
  List<RunEvent> deltas(String runId, String messageId, Answer answer) {
    List<RunEvent> events = new ArrayList<>();
    int index = 0;
    for (String image : answer.imageFileIds()) {
      events.add(
          new RunEvent(
              runId,
              "thread.message.delta",
              new MessageDelta(messageId, index++, new MessageContent.ImageFile(image))));
    }
    for (String chunk : tokens.chunks(answer.text(), TOKENS_PER_DELTA)) {
      events.add(
          new RunEvent(
              runId,
              "thread.message.delta",
              new MessageDelta(messageId, index, MessageContent.Text.of(chunk))));
    }
    return events;
  }

  /**
   * Completes the message, its step and the run — or, past {@code max_completion_tokens}, cuts the
   * text there and ends the message and the run {@code incomplete}.
   */
  List<RunEvent> finishMessage(Tx tx, Run run, Draft draft, Answer answer, int promptTokens) {
    long now = clock.seconds();
    int spent = RunEndings.usage(tx, run).completionTokens();
    int wanted = tokens.count(answer.text());
    Integer budget =
        run.maxCompletionTokens() == null ? null : Math.max(0, run.maxCompletionTokens() - spent);
    boolean cut = budget != null && wanted > budget;
    String text = cut ? tokens.truncate(answer.text(), budget) : answer.text();
    Usage usage = new Usage(promptTokens, cut ? budget : wanted);
    Message written =
        tx.messages()
            .find(run.threadId(), draft.messageId())
            .orElseThrow()
            .withContent(answer.parts(text));
    Message ended = cut ? written.incomplete("max_tokens", now) : written.completed(now);
    tx.messages().put(ended);
    RunStep step = tx.runSteps().find(run.id(), draft.stepId()).orElseThrow();
    RunStep stepDone = step.ended(RunStep.Status.COMPLETED, now, null, usage);
    tx.runSteps().put(stepDone);
    Usage total = RunEndings.usage(tx, run);
    Run finished =
        cut
            ? RunLifecycle.incomplete(run, now, "max_completion_tokens", total)
            : RunLifecycle.complete(run, now, total);
    tx.runs().put(finished);
    List<RunEvent> events = new ArrayList<>();
    events.add(
        new RunEvent(
            run.id(), cut ? "thread.message.incomplete" : "thread.message.completed", ended));
    events.add(new RunEvent(run.id(), "thread.run.step.completed", stepDone));
    events.add(
        new RunEvent(run.id(), cut ? "thread.run.incomplete" : "thread.run.completed", finished));
    return events;
  }

  /** Ends the run {@code incomplete} without an answer (max_prompt_tokens, or a script). */
  List<RunEvent> stop(Tx tx, Run run, String reason) {
    Run stopped = RunLifecycle.incomplete(run, clock.seconds(), reason, RunEndings.usage(tx, run));
    tx.runs().put(stopped);
    return new ArrayList<>(List.of(new RunEvent(run.id(), "thread.run.incomplete", stopped)));
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
