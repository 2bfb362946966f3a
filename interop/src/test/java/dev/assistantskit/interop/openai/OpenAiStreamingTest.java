package dev.assistantskit.interop.openai;

import static org.assertj.core.api.Assertions.assertThat;

import com.openai.core.JsonValue;
import com.openai.core.http.StreamResponse;
import com.openai.models.ErrorObject;
import com.openai.models.beta.assistants.Assistant;
import com.openai.models.beta.assistants.AssistantStreamEvent;
import com.openai.models.beta.threads.Thread;
import com.openai.models.beta.threads.ThreadCreateAndRunParams;
import com.openai.models.beta.threads.messages.Message;
import com.openai.models.beta.threads.messages.MessageContentDelta;
import com.openai.models.beta.threads.runs.RequiredActionFunctionToolCall;
import com.openai.models.beta.threads.runs.Run;
import com.openai.models.beta.threads.runs.RunStatus;
import dev.assistantskit.interop.support.InteropEmulator;
import dev.assistantskit.interop.support.RunEvents;
import dev.assistantskit.interop.support.SseFrames;
import dev.assistantskit.server.backend.scripted.Walkthrough;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** openai-java's streaming API: create run, create thread and run, submit tool outputs. */
class OpenAiStreamingTest extends OpenAiSdkTestBase {

  @Test
  void createStreamingDeliversTheWalkthroughEventsInOrder() {
    Assistant assistant = OpenAiWalkthroughTest.dataVisualizationAssistant();
    Thread thread = OpenAiRunsTest.newThread("Create a visualization of a sinewave");

    List<AssistantStreamEvent> events = streamRun(thread, assistant);

    RunEvents.assertCodeInterpreterRun(names(events));

    StringBuilder code = new StringBuilder();
    for (AssistantStreamEvent event : events) {
      event
          .threadRunStepDelta()
          .flatMap(delta -> delta.data().delta().stepDetails())
          .flatMap(details -> details.toolCalls())
          .flatMap(calls -> calls.toolCalls())
          .ifPresent(
              calls ->
                  calls.forEach(
                      call ->
                          call.codeInterpreter()
                              .flatMap(ci -> ci.codeInterpreter())
                              .flatMap(ci -> ci.input())
                              .ifPresent(code::append)));
    }
    assertThat(code.toString()).isEqualTo(Walkthrough.SINE_WAVE_CODE);

    assertThat(deltaContents(events).get(0).isImageFile()).isTrue();
    Message completed =
        events.stream()
            .flatMap(e -> e.threadMessageCompleted().stream())
            .map(e -> e.data())
            .reduce((a, b) -> b)
            .orElseThrow();
    assertThat(deltaText(events)).isEqualTo(OpenAiWalkthroughTest.text(completed));
    Run last = events.get(events.size() - 1).threadRunCompleted().orElseThrow().data();
    assertThat(last.status().value()).isEqualTo(RunStatus.Value.COMPLETED);
    assertThat(last.usage().orElseThrow().totalTokens()).isPositive();
  }

  @Test
  void createAndRunStreamingThenSubmitToolOutputsStreaming() {
    Assistant assistant = OpenAiRunsTest.weatherAssistant();
    List<AssistantStreamEvent> first;
    try (StreamResponse<AssistantStreamEvent> stream =
        client
            .beta()
            .threads()
            .createAndRunStreaming(
                ThreadCreateAndRunParams.builder()
                    .assistantId(assistant.id())
                    .thread(
                        ThreadCreateAndRunParams.Thread.builder()
                            .addMessage(
                                ThreadCreateAndRunParams.Thread.Message.builder()
                                    .role(ThreadCreateAndRunParams.Thread.Message.Role.USER)
                                    .content("What is the weather in Paris?")
                                    .build())
                            .build())
                    .build())) {
      first = strictStream(stream);
    }
    RunEvents.assertThreadAndRunUntilRequiresAction(names(first));
    Thread thread = first.get(0).threadCreated().orElseThrow().data();
    Run waiting = first.get(first.size() - 1).threadRunRequiresAction().orElseThrow().data();
    assertThat(waiting.threadId()).isEqualTo(thread.id());
    RequiredActionFunctionToolCall call =
        waiting.requiredAction().orElseThrow().submitToolOutputs().toolCalls().get(0);
    assertThat(call.function().name()).isEqualTo("get_weather");

    List<AssistantStreamEvent> second;
    try (StreamResponse<AssistantStreamEvent> stream =
        client
            .beta()
            .threads()
            .runs()
            .submitToolOutputsStreaming(
                OpenAiRunsTest.toolOutput(waiting, call.id(), "22°C and sunny"))) {
      second = strictStream(stream);
    }
    RunEvents.assertResumedRunCompletes(names(second));
    assertThat(deltaText(second)).contains("22°C and sunny").contains("Paris");
    assertThat(retrieve(waiting).status().value()).isEqualTo(RunStatus.Value.COMPLETED);
  }

  /**
   * A stream broken by an injected fault ends with an {@code error} event carrying a whole error
   * object, {@code code}, {@code message}, {@code param} and {@code type}, which openai-java parses
   * into an {@code ErrorObject} that validates.
   */
  @Test
  void aBrokenStreamEndsWithAValidErrorEvent() {
    Assistant assistant = OpenAiRunsTest.weatherAssistant();
    Thread thread = OpenAiRunsTest.newThread("hello");
    emulator.breakNextRunStream(thread.id(), 2);
    List<AssistantStreamEvent> events = new ArrayList<>();
    try (StreamResponse<AssistantStreamEvent> stream = createStreaming(thread, assistant)) {
      stream.stream().forEach(events::add);
    }
    assertThat(SseFrames.events(emulator.wire().lastEventStream().responseBody()))
        .containsExactly("thread.run.created", "thread.run.queued", "error");
    assertThat(names(events)).containsExactly("thread.run.created", "thread.run.queued", "error");
    events.forEach(OpenAiSdkTestBase::strict);
    ErrorObject error = events.get(2).errorEvent().orElseThrow().data();
    assertThat(error.code()).contains("server_error");
    assertThat(error.type()).isEqualTo("server_error");
    assertThat(error._param().isNull()).as("param sent as null").isTrue();
    assertThat(error.message()).isEqualTo(InteropEmulator.STREAM_FAULT_MESSAGE);
  }

  /**
   * Reads the whole stream and checks it against the frames the emulator wrote: one event per frame
   * before {@code done}, same names, each event strictly valid.
   */
  static List<AssistantStreamEvent> strictStream(StreamResponse<AssistantStreamEvent> stream) {
    List<AssistantStreamEvent> events = new ArrayList<>();
    stream.stream().forEach(events::add);
    SseFrames.deliveredAsSent(emulator.wire().lastEventStream(), names(events));
    events.forEach(OpenAiSdkTestBase::strict);
    return events;
  }

  /**
   * Streams a run of {@code assistant} on {@code thread} to its end, read by {@link #strictStream}.
   */
  static List<AssistantStreamEvent> streamRun(Thread thread, Assistant assistant) {
    try (StreamResponse<AssistantStreamEvent> stream = createStreaming(thread, assistant)) {
      return strictStream(stream);
    }
  }

  static StreamResponse<AssistantStreamEvent> createStreaming(Thread thread, Assistant assistant) {
    return client.beta().threads().runs().createStreaming(OpenAiRunsTest.runOf(thread, assistant));
  }

  static List<String> names(List<AssistantStreamEvent> events) {
    return events.stream().map(OpenAiStreamingTest::name).toList();
  }

  static String name(AssistantStreamEvent event) {
    // JsonValue's Kotlin generics reach Java as Optional<Object>
    Map<?, ?> json = (Map<?, ?>) event._json().orElseThrow().asObject().orElseThrow();
    return (String) ((JsonValue) json.get("event")).asString().orElseThrow();
  }

  static List<MessageContentDelta> deltaContents(List<AssistantStreamEvent> events) {
    List<MessageContentDelta> contents = new ArrayList<>();
    for (AssistantStreamEvent event : events) {
      event
          .threadMessageDelta()
          .flatMap(delta -> delta.data().delta().content())
          .ifPresent(contents::addAll);
    }
    return contents;
  }

  static String deltaText(List<AssistantStreamEvent> events) {
    StringBuilder text = new StringBuilder();
    for (MessageContentDelta content : deltaContents(events)) {
      content.text().flatMap(t -> t.text()).flatMap(t -> t.value()).ifPresent(text::append);
    }
    return text.toString();
  }
}
