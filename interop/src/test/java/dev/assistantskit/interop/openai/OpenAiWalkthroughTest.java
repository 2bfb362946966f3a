package dev.assistantskit.interop.openai;

import static org.assertj.core.api.Assertions.assertThat;

import com.openai.core.http.HttpResponse;
import com.openai.models.beta.assistants.Assistant;
import com.openai.models.beta.assistants.AssistantCreateParams;
import com.openai.models.beta.assistants.CodeInterpreterTool;
import com.openai.models.beta.threads.Thread;
import com.openai.models.beta.threads.ThreadCreateParams;
import com.openai.models.beta.threads.messages.Message;
import com.openai.models.beta.threads.messages.MessageContent;
import com.openai.models.beta.threads.messages.MessageCreateParams;
import com.openai.models.beta.threads.messages.MessageListPage;
import com.openai.models.beta.threads.messages.MessageListParams;
import com.openai.models.beta.threads.runs.Run;
import com.openai.models.beta.threads.runs.RunStatus;
import com.openai.models.beta.threads.runs.steps.CodeInterpreterToolCall;
import com.openai.models.files.FileObject;
import dev.assistantskit.interop.support.Png;
import dev.assistantskit.interop.support.Seed;
import dev.assistantskit.server.backend.scripted.Walkthrough;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** The seed walkthrough through openai-java's beta Assistants API (Azure mode). */
class OpenAiWalkthroughTest extends OpenAiSdkTestBase {

  @Test
  void sineWaveCodeAndDarkModeThroughOpenAiJava() {
    Assistant assistant = dataVisualizationAssistant();
    assertThat(assistant.id()).startsWith("asst_");
    assertThat(assistant.name()).contains("Data Visualization");
    assertThat(assistant.model()).isEqualTo("gpt-4-1106-preview");
    assertThat(assistant.instructions()).contains(Seed.INSTRUCTIONS);
    assertThat(assistant.tools()).singleElement().matches(t -> t.isCodeInterpreter());
    assertThat(emulator.wire().last().requestHeader("OpenAI-Beta")).isEqualTo("assistants=v2");

    Thread thread = strict(client.beta().threads().create(ThreadCreateParams.builder().build()));
    assertThat(thread.id()).startsWith("thread_");

    // 1. The sine wave.
    Message question = ask(thread, "Create a visualization of a sinewave");
    assertThat(text(question)).isEqualTo("Create a visualization of a sinewave");
    Run run = runToEnd(thread, assistant);
    assertThat(run.status().value()).isEqualTo(RunStatus.Value.COMPLETED);
    assertThat(run.completedAt()).isPresent();
    assertThat(run.usage().orElseThrow().totalTokens())
        .isEqualTo(run.usage().get().promptTokens() + run.usage().get().completionTokens());

    Message answer = newest(thread);
    assertThat(answer.role()).isEqualTo(Message.Role.ASSISTANT);
    assertThat(answer.runId()).contains(run.id());
    String imageId = imageFileId(answer);
    assertThat(text(answer)).startsWith("Here is the visualization of a sine wave");

    FileObject imageFile = strict(client.files().retrieve(imageId));
    assertThat(imageFile.filename()).endsWith(".png");
    assertThat(imageFile.purpose().asString()).isEqualTo("assistants_output");
    byte[] png = download(imageId);
    assertThat((long) png.length).isEqualTo(imageFile.bytes());
    Png.assertLightChart(png);

    CodeInterpreterToolCall call = OpenAiRunsTest.stepToolCall(run).asCodeInterpreter();
    assertThat(call.codeInterpreter().input()).isEqualTo(Walkthrough.SINE_WAVE_CODE);
    assertThat(call.codeInterpreter().outputs())
        .singleElement()
        .satisfies(o -> assertThat(o.asImage().image().fileId()).isEqualTo(imageId));

    // 2. The code.
    ask(thread, "Show me the code you used to generate the sinewave");
    assertThat(runToEnd(thread, assistant).status().value()).isEqualTo(RunStatus.Value.COMPLETED);
    assertThat(text(newest(thread))).contains("```python\n" + Walkthrough.SINE_WAVE_CODE + "\n```");

    // 3. Dark mode: a new image.
    ask(
        thread,
        "I prefer visualizations in darkmode can you change the colors to make a darkmode version"
            + " of this visualization.");
    Run dark = runToEnd(thread, assistant);
    assertThat(dark.status().value()).isEqualTo(RunStatus.Value.COMPLETED);
    Message darkAnswer =
        messages(thread, 20).data().stream()
            .filter(m -> m.runId().equals(java.util.Optional.of(dark.id())))
            .filter(m -> m.content().stream().anyMatch(MessageContent::isImageFile))
            .findFirst()
            .orElseThrow();
    String darkId = imageFileId(darkAnswer);
    assertThat(darkId).isNotEqualTo(imageId);
    assertThat(text(darkAnswer)).isEqualTo(Walkthrough.DARK_MODE_REPLY);
    Png.assertDarkChart(download(darkId));
  }

  static Message ask(Thread thread, String text) {
    return strict(
        client
            .beta()
            .threads()
            .messages()
            .create(
                MessageCreateParams.builder()
                    .threadId(thread.id())
                    .role(MessageCreateParams.Role.USER)
                    .content(text)
                    .build()));
  }

  static Run runToEnd(Thread thread, Assistant assistant) {
    Run run = OpenAiRunsTest.create(thread, assistant);
    assertThat(run.assistantId()).isEqualTo(assistant.id());
    return awaitRun(run);
  }

  static MessageListPage messages(Thread thread, long limit) {
    return OpenAiListsAndFilesTest.list(thread, limit, MessageListParams.Order.DESC, null);
  }

  static Message newest(Thread thread) {
    return messages(thread, 1).data().get(0);
  }

  /** The walkthrough's assistant: "Data Visualization", with the code interpreter. */
  static Assistant dataVisualizationAssistant() {
    return strict(
        client
            .beta()
            .assistants()
            .create(
                AssistantCreateParams.builder()
                    .model(Seed.MODEL)
                    .name(Seed.NAME)
                    .instructions(Seed.INSTRUCTIONS)
                    .addTool(CodeInterpreterTool.builder().build())
                    .build()));
  }

  static byte[] download(String fileId) {
    try (HttpResponse response = client.files().content(fileId);
        InputStream body = response.body()) {
      assertThat(response.statusCode()).isEqualTo(200);
      return body.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String imageFileId(Message message) {
    return message.content().stream()
        .filter(MessageContent::isImageFile)
        .map(c -> c.asImageFile().imageFile().fileId())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no image_file content in " + message.id()));
  }

  static String text(Message message) {
    StringBuilder text = new StringBuilder();
    for (MessageContent content : message.content()) {
      content.text().ifPresent(t -> text.append(t.text().value()));
    }
    return text.toString();
  }
}
