package dev.assistantskit.server.streaming;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assistantskit.server.backend.TokenCounter;
import dev.assistantskit.server.domain.AssistantThread;
import dev.assistantskit.server.domain.Message;
import dev.assistantskit.server.domain.MessageContent;
import dev.assistantskit.server.domain.Run;
import dev.assistantskit.server.domain.RunStep;
import dev.assistantskit.server.domain.ToolCall;
import dev.assistantskit.server.generated.model.MessageDelta;
import dev.assistantskit.server.generated.model.MessageDeltaContent;
import dev.assistantskit.server.generated.model.MessageDeltaContentImageFile;
import dev.assistantskit.server.generated.model.MessageDeltaContentImageFileObject;
import dev.assistantskit.server.generated.model.MessageDeltaContentText;
import dev.assistantskit.server.generated.model.MessageDeltaContentTextObject;
import dev.assistantskit.server.generated.model.MessageDeltaObject;
import dev.assistantskit.server.generated.model.RunStepDelta;
import dev.assistantskit.server.generated.model.RunStepDeltaCodeOutput;
import dev.assistantskit.server.generated.model.RunStepDeltaObject;
import dev.assistantskit.server.generated.model.RunStepDeltaStepDetailsToolCallsCode;
import dev.assistantskit.server.generated.model.RunStepDeltaStepDetailsToolCallsCodeObject;
import dev.assistantskit.server.generated.model.RunStepDeltaStepDetailsToolCallsCodeOutputImage;
import dev.assistantskit.server.generated.model.RunStepDeltaStepDetailsToolCallsCodeOutputImageObject;
import dev.assistantskit.server.generated.model.RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject;
import dev.assistantskit.server.generated.model.RunStepDeltaStepDetailsToolCallsFileSearchObject;
import dev.assistantskit.server.generated.model.RunStepDeltaStepDetailsToolCallsFunction;
import dev.assistantskit.server.generated.model.RunStepDeltaStepDetailsToolCallsFunctionObject;
import dev.assistantskit.server.generated.model.RunStepDeltaStepDetailsToolCallsObject;
import dev.assistantskit.server.generated.model.RunStepDeltaToolCall;
import dev.assistantskit.server.runs.RunEvent;
import dev.assistantskit.server.runs.RunWriter;
import dev.assistantskit.server.wire.WireMessages;
import dev.assistantskit.server.wire.WireRunSteps;
import dev.assistantskit.server.wire.WireRuns;
import dev.assistantskit.server.wire.WireThreads;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns run events into server-sent-event frames ({@code event: <name>}, {@code data: <json>},
 * blank line) with the contract's payloads. A code interpreter call or function call is sent as
 * several step deltas — its input or arguments a few tokens at a time, then its outputs — whose
 * concatenation rebuilds the step.
 */
final class StreamFrames {
  static final String DONE = "event: done\ndata: [DONE]\n\n";
  private static final int TOKENS_PER_DELTA = 8;

  private final ObjectMapper json;
  private final TokenCounter tokens;

  StreamFrames(ObjectMapper json, TokenCounter tokens) {
    this.json = json;
    this.tokens = tokens;
  }

  List<String> of(RunEvent event) {
    Object data = event.data();
    if (data instanceof RunWriter.StepDelta delta) {
      return stepDeltas(event.name(), delta);
    }
    return List.of(frame(event.name(), wire(data)));
  }

  /** An {@code error} event: the whole error object, as OpenAI's stream sends it. */
  String error(String code, String message) {
    Map<String, String> error = new LinkedHashMap<>();
    error.put("code", code);
    error.put("message", message);
    error.put("param", null);
    error.put("type", code);
    return frame("error", error);
  }

  private Object wire(Object data) {
    if (data instanceof Run run) {
      return WireRuns.wire(run);
    }
    if (data instanceof RunStep step) {
      return WireRunSteps.wire(step);
    }
    if (data instanceof Message message) {
      return WireMessages.wire(message);
    }
    if (data instanceof AssistantThread thread) {
      return WireThreads.wire(thread);
    }
    if (data instanceof RunWriter.MessageDelta delta) {
      return messageDelta(delta);
    }
    throw new IllegalArgumentException("no stream payload for " + data.getClass());
  }

  private static MessageDeltaObject messageDelta(RunWriter.MessageDelta delta) {
    MessageDeltaContent part;
    if (delta.part() instanceof MessageContent.ImageFile image) {
      part =
          new MessageDeltaContentImageFileObject()
              .index(delta.index())
              .type(MessageDeltaContentImageFileObject.TypeEnum.IMAGE_FILE)
              .imageFile(new MessageDeltaContentImageFile().fileId(image.fileId()));
    } else {
      part =
          new MessageDeltaContentTextObject()
              .index(delta.index())
              .type(MessageDeltaContentTextObject.TypeEnum.TEXT)
              .text(
                  new MessageDeltaContentText()
                      .value(((MessageContent.Text) delta.part()).value()));
    }
    return new MessageDeltaObject()
        .id(delta.messageId())
        ._object(MessageDeltaObject.ObjectEnum.THREAD_MESSAGE_DELTA)
        .delta(new MessageDelta().content(List.of(part)));
  }

  private List<String> stepDeltas(String name, RunWriter.StepDelta delta) {
    List<RunStepDeltaToolCall> pieces = new ArrayList<>();
    ToolCall call = delta.call();
    int index = delta.index();
    if (call instanceof ToolCall.CodeInterpreter code) {
      boolean first = true;
      for (String chunk : tokens.chunks(code.input(), TOKENS_PER_DELTA)) {
        pieces.add(codePiece(index, first ? code.id() : null, chunk, List.of()));
        first = false;
      }
      List<RunStepDeltaCodeOutput> outputs = new ArrayList<>();
      for (int i = 0; i < code.outputs().size(); i++) {
        outputs.add(output(i, code.outputs().get(i)));
      }
      if (!outputs.isEmpty() || first) {
        pieces.add(codePiece(index, first ? code.id() : null, null, outputs));
      }
    } else if (call instanceof ToolCall.Function function) {
      boolean first = true;
      for (String chunk : tokens.chunks(function.arguments(), TOKENS_PER_DELTA)) {
        RunStepDeltaStepDetailsToolCallsFunction piece =
            new RunStepDeltaStepDetailsToolCallsFunction().arguments(chunk);
        if (first) {
          piece.name(function.name());
        }
        pieces.add(
            new RunStepDeltaStepDetailsToolCallsFunctionObject()
                .index(index)
                .id(first ? function.id() : null)
                .type(RunStepDeltaStepDetailsToolCallsFunctionObject.TypeEnum.FUNCTION)
                .function(piece));
        first = false;
      }
    } else {
      pieces.add(
          new RunStepDeltaStepDetailsToolCallsFileSearchObject()
              .index(index)
              .id(call.id())
              .type(RunStepDeltaStepDetailsToolCallsFileSearchObject.TypeEnum.FILE_SEARCH)
              .fileSearch(Map.of()));
    }
    List<String> frames = new ArrayList<>();
    for (RunStepDeltaToolCall piece : pieces) {
      RunStepDeltaObject object =
          new RunStepDeltaObject()
              .id(delta.stepId())
              ._object(RunStepDeltaObject.ObjectEnum.THREAD_RUN_STEP_DELTA)
              .delta(
                  new RunStepDelta()
                      .stepDetails(
                          new RunStepDeltaStepDetailsToolCallsObject()
                              .type(RunStepDeltaStepDetailsToolCallsObject.TypeEnum.TOOL_CALLS)
                              .toolCalls(List.of(piece))));
      frames.add(frame(name, object));
    }
    return frames;
  }

  private static RunStepDeltaToolCall codePiece(
      int index, String id, String input, List<RunStepDeltaCodeOutput> outputs) {
    RunStepDeltaStepDetailsToolCallsCode code =
        new RunStepDeltaStepDetailsToolCallsCode().input(input);
    if (!outputs.isEmpty()) {
      code.outputs(outputs);
    }
    return new RunStepDeltaStepDetailsToolCallsCodeObject()
        .index(index)
        .id(id)
        .type(RunStepDeltaStepDetailsToolCallsCodeObject.TypeEnum.CODE_INTERPRETER)
        .codeInterpreter(code);
  }

  private static RunStepDeltaCodeOutput output(int index, ToolCall.CodeOutput output) {
    if (output instanceof ToolCall.Logs logs) {
      return new RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject()
          .index(index)
          .type(RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject.TypeEnum.LOGS)
          .logs(logs.logs());
    }
    return new RunStepDeltaStepDetailsToolCallsCodeOutputImageObject()
        .index(index)
        .type(RunStepDeltaStepDetailsToolCallsCodeOutputImageObject.TypeEnum.IMAGE)
        .image(
            new RunStepDeltaStepDetailsToolCallsCodeOutputImage()
                .fileId(((ToolCall.Image) output).fileId()));
  }

  private String frame(String name, Object payload) {
    try {
      return "event: " + name + "\ndata: " + json.writeValueAsString(payload) + "\n\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the " + name + " event", e);
    }
  }
}
