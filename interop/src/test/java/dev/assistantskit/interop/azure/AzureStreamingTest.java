package dev.assistantskit.interop.azure;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.ai.openai.assistants.models.Assistant;
import com.azure.ai.openai.assistants.models.AssistantStreamEvent;
import com.azure.ai.openai.assistants.models.AssistantThread;
import com.azure.ai.openai.assistants.models.AssistantThreadCreationOptions;
import com.azure.ai.openai.assistants.models.CreateAndRunThreadOptions;
import com.azure.ai.openai.assistants.models.CreateRunOptions;
import com.azure.ai.openai.assistants.models.MessageDeltaContent;
import com.azure.ai.openai.assistants.models.MessageDeltaImageFileContent;
import com.azure.ai.openai.assistants.models.MessageDeltaTextContentObject;
import com.azure.ai.openai.assistants.models.MessageRole;
import com.azure.ai.openai.assistants.models.RequiredFunctionToolCall;
import com.azure.ai.openai.assistants.models.RunStatus;
import com.azure.ai.openai.assistants.models.RunStepDeltaCodeInterpreterToolCall;
import com.azure.ai.openai.assistants.models.RunStepDeltaToolCall;
import com.azure.ai.openai.assistants.models.RunStepDeltaToolCallObject;
import com.azure.ai.openai.assistants.models.StreamMessageCreation;
import com.azure.ai.openai.assistants.models.StreamMessageUpdate;
import com.azure.ai.openai.assistants.models.StreamRequiredAction;
import com.azure.ai.openai.assistants.models.StreamRunCreation;
import com.azure.ai.openai.assistants.models.StreamRunStepUpdate;
import com.azure.ai.openai.assistants.models.StreamThreadCreation;
import com.azure.ai.openai.assistants.models.StreamThreadRunCreation;
import com.azure.ai.openai.assistants.models.StreamUpdate;
import com.azure.ai.openai.assistants.models.ThreadMessage;
import com.azure.ai.openai.assistants.models.ThreadMessageOptions;
import com.azure.ai.openai.assistants.models.ThreadRun;
import com.azure.core.util.IterableStream;
import com.azure.json.JsonSerializable;
import dev.assistantskit.interop.support.Exchange;
import dev.assistantskit.interop.support.RunEvents;
import dev.assistantskit.interop.support.SseFrames;
import dev.assistantskit.server.backend.scripted.Walkthrough;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Azure SDK's streaming API: create run, create thread and run, submit tool outputs. */
class AzureStreamingTest extends AzureSdkTestBase {

  @Test
  void createRunStreamDeliversTheWalkthroughEventsInOrder() {
    Assistant assistant = AzureWalkthroughTest.dataVisualizationAssistant();
    AssistantThread thread = threadAsking("Create a visualization of a sinewave");

    List<StreamUpdate> updates =
        strictStream(
            client.createRunStream(thread.getId(), new CreateRunOptions(assistant.getId())));

    RunEvents.assertCodeInterpreterRun(kinds(updates));

    // The step deltas rebuild the code the interpreter ran.
    StringBuilder code = new StringBuilder();
    for (StreamUpdate update : updates) {
      if (update instanceof StreamRunStepUpdate step
          && step.getMessage().getDelta().getStepDetails()
              instanceof RunStepDeltaToolCallObject calls) {
        for (RunStepDeltaToolCall call : calls.getToolCalls()) {
          if (call instanceof RunStepDeltaCodeInterpreterToolCall ci
              && ci.getCodeInterpreter() != null
              && ci.getCodeInterpreter().getInput() != null) {
            code.append(ci.getCodeInterpreter().getInput());
          }
        }
      }
    }
    assertThat(code.toString()).isEqualTo(Walkthrough.SINE_WAVE_CODE);

    // The message deltas: the image first, then text that adds up to the final message.
    ThreadMessage completed = completedMessage(updates);
    assertThat(deltaContents(updates).get(0)).isInstanceOf(MessageDeltaImageFileContent.class);
    assertThat(deltaText(updates)).isEqualTo(AzureWalkthroughTest.text(completed));
    assertThat(AzureWalkthroughTest.text(completed))
        .startsWith("Here is the visualization of a sine wave");

    ThreadRun last = ((StreamThreadRunCreation) updates.get(updates.size() - 1)).getMessage();
    assertThat(last.getStatus()).isEqualTo(RunStatus.COMPLETED);
    assertThat(last.getUsage().getTotalTokens()).isPositive();
  }

  @Test
  void createThreadAndRunStreamThenSubmitToolOutputsStream() {
    Assistant assistant = AzureRunsTest.weatherAssistant();
    List<StreamUpdate> first =
        strictStream(
            client.createThreadAndRunStream(
                new CreateAndRunThreadOptions(assistant.getId())
                    .setThread(
                        new AssistantThreadCreationOptions()
                            .setMessages(
                                List.of(
                                    new ThreadMessageOptions(
                                        MessageRole.USER, "What is the weather in Paris?"))))));
    RunEvents.assertThreadAndRunUntilRequiresAction(kinds(first));
    AssistantThread thread = ((StreamThreadCreation) first.get(0)).getMessage();
    ThreadRun waiting = ((StreamRequiredAction) first.get(first.size() - 1)).getMessage();
    assertThat(waiting.getThreadId()).isEqualTo(thread.getId());
    assertThat(waiting.getStatus()).isEqualTo(RunStatus.REQUIRES_ACTION);
    RequiredFunctionToolCall call = AzureRunsTest.functionCall(waiting);
    assertThat(call.getFunction().getName()).isEqualTo("get_weather");

    List<StreamUpdate> second =
        strictStream(
            client.submitToolOutputsToRunStream(
                thread.getId(), waiting.getId(), AzureRunsTest.outputs(call, "22°C and sunny")));
    RunEvents.assertResumedRunCompletes(kinds(second));
    assertThat(deltaText(second)).contains("22°C and sunny").contains("Paris");
    assertThat(strict(client.getRun(thread.getId(), waiting.getId())).getStatus())
        .isEqualTo(RunStatus.COMPLETED);
  }

  /**
   * Reads the whole stream, then checks it against the frames the emulator wrote: one update per
   * frame (the SDK drops {@code done}), same event names, and every payload parsed faithfully.
   */
  static List<StreamUpdate> strictStream(IterableStream<StreamUpdate> stream) {
    List<StreamUpdate> updates = new ArrayList<>();
    stream.forEach(updates::add);
    Exchange exchange = emulator.wire().lastEventStream();
    List<SseFrames.Frame> frames = SseFrames.deliveredAsSent(exchange, kinds(updates));
    for (int i = 0; i < updates.size(); i++) {
      assertFaithful(frames.get(i).data(), payload(updates.get(i)), exchange);
    }
    return updates;
  }

  static JsonSerializable<?> payload(StreamUpdate update) {
    if (update instanceof StreamThreadCreation u) {
      return u.getMessage();
    }
    if (update instanceof StreamThreadRunCreation u) {
      return u.getMessage();
    }
    if (update instanceof StreamRequiredAction u) {
      return u.getMessage();
    }
    if (update instanceof StreamRunCreation u) {
      return u.getMessage();
    }
    if (update instanceof StreamRunStepUpdate u) {
      return u.getMessage();
    }
    if (update instanceof StreamMessageCreation u) {
      return u.getMessage();
    }
    if (update instanceof StreamMessageUpdate u) {
      return u.getMessage();
    }
    throw new AssertionError("Unexpected update type " + update.getClass());
  }

  static List<String> kinds(List<StreamUpdate> updates) {
    return updates.stream().map(StreamUpdate::getKind).map(AssistantStreamEvent::toString).toList();
  }

  static List<MessageDeltaContent> deltaContents(List<StreamUpdate> updates) {
    List<MessageDeltaContent> contents = new ArrayList<>();
    for (StreamUpdate update : updates) {
      if (update instanceof StreamMessageUpdate delta
          && delta.getMessage().getDelta().getContent() != null) {
        contents.addAll(delta.getMessage().getDelta().getContent());
      }
    }
    return contents;
  }

  static String deltaText(List<StreamUpdate> updates) {
    StringBuilder text = new StringBuilder();
    for (MessageDeltaContent content : deltaContents(updates)) {
      if (content instanceof MessageDeltaTextContentObject t && t.getText().getValue() != null) {
        text.append(t.getText().getValue());
      }
    }
    return text.toString();
  }

  static ThreadMessage completedMessage(List<StreamUpdate> updates) {
    return updates.stream()
        .filter(u -> u.getKind() == AssistantStreamEvent.THREAD_MESSAGE_COMPLETED)
        .map(u -> ((StreamMessageCreation) u).getMessage())
        .reduce((a, b) -> b)
        .orElseThrow();
  }
}
