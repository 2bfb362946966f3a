package dev.assistantskit.interop.azure;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.ai.openai.assistants.models.Assistant;
import com.azure.ai.openai.assistants.models.AssistantCreationOptions;
import com.azure.ai.openai.assistants.models.AssistantThread;
import com.azure.ai.openai.assistants.models.AssistantThreadCreationOptions;
import com.azure.ai.openai.assistants.models.CodeInterpreterToolDefinition;
import com.azure.ai.openai.assistants.models.ListSortOrder;
import com.azure.ai.openai.assistants.models.MessageContent;
import com.azure.ai.openai.assistants.models.MessageImageFileContent;
import com.azure.ai.openai.assistants.models.MessageRole;
import com.azure.ai.openai.assistants.models.MessageTextContent;
import com.azure.ai.openai.assistants.models.OpenAIFile;
import com.azure.ai.openai.assistants.models.PageableList;
import com.azure.ai.openai.assistants.models.RunStatus;
import com.azure.ai.openai.assistants.models.RunStepCodeInterpreterImageOutput;
import com.azure.ai.openai.assistants.models.RunStepCodeInterpreterToolCall;
import com.azure.ai.openai.assistants.models.ThreadMessage;
import com.azure.ai.openai.assistants.models.ThreadMessageOptions;
import com.azure.ai.openai.assistants.models.ThreadRun;
import dev.assistantskit.interop.support.Png;
import dev.assistantskit.interop.support.Seed;
import dev.assistantskit.server.backend.scripted.Walkthrough;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed walkthrough ("Getting started with Azure OpenAI Assistants") through the Azure SDK's own
 * API and models: sine wave, its code, dark mode.
 */
class AzureWalkthroughTest extends AzureSdkTestBase {

  @Test
  void sineWaveCodeAndDarkModeThroughTheAzureSdk() {
    Assistant assistant = dataVisualizationAssistant();
    assertThat(assistant.getId()).startsWith("asst_");
    assertThat(assistant.getName()).isEqualTo("Data Visualization");
    assertThat(assistant.getModel()).isEqualTo("gpt-4-1106-preview");
    assertThat(assistant.getInstructions()).isEqualTo(Seed.INSTRUCTIONS);
    assertThat(assistant.getTools())
        .singleElement()
        .isInstanceOf(CodeInterpreterToolDefinition.class);
    assertThat(assistant.getCreatedAt().toEpochSecond()).isPositive();

    AssistantThread thread = strict(client.createThread(new AssistantThreadCreationOptions()));
    assertThat(thread.getId()).startsWith("thread_");

    // 1. The sine wave.
    ThreadMessage question =
        strict(
            client.createMessage(
                thread.getId(),
                new ThreadMessageOptions(
                    MessageRole.USER, "Create a visualization of a sinewave")));
    assertThat(question.getRole()).isEqualTo(MessageRole.USER);
    assertThat(text(question)).isEqualTo("Create a visualization of a sinewave");

    ThreadRun run = createRun(thread, assistant);
    assertThat(run.getAssistantId()).isEqualTo(assistant.getId());
    assertThat(run.getStatus()).isIn(RunStatus.QUEUED, RunStatus.IN_PROGRESS, RunStatus.COMPLETED);
    run = awaitRun(run);
    assertThat(run.getStatus()).isEqualTo(RunStatus.COMPLETED);
    assertThat(run.getCompletedAt()).isNotNull();
    assertThat(run.getUsage().getPromptTokens()).isPositive();
    assertThat(run.getUsage().getCompletionTokens()).isPositive();
    assertThat(run.getUsage().getTotalTokens())
        .isEqualTo(run.getUsage().getPromptTokens() + run.getUsage().getCompletionTokens());

    PageableList<ThreadMessage> messages = strict(client.listMessages(thread.getId()));
    ThreadMessage answer = messages.getData().get(0); // newest first
    assertThat(answer.getRole()).isEqualTo(MessageRole.ASSISTANT);
    assertThat(answer.getRunId()).isEqualTo(run.getId());
    String imageId = imageFileId(answer);
    assertThat(texts(messages))
        .anySatisfy(t -> assertThat(t).startsWith("Here is the visualization of a sine wave"));

    OpenAIFile imageFile = strict(client.getFile(imageId));
    assertThat(imageFile.getId()).isEqualTo(imageId);
    assertThat(imageFile.getFilename()).endsWith(".png");
    assertThat(imageFile.getPurpose().toString()).isEqualTo("assistants_output");
    byte[] png = download(imageId); // the getFileContent workaround (README, F1)
    assertThat(imageFile.getBytes()).isEqualTo(png.length);
    Png.assertLightChart(png);

    // The code interpreter step that drew it.
    RunStepCodeInterpreterToolCall call = (RunStepCodeInterpreterToolCall) stepToolCall(run);
    assertThat(call.getCodeInterpreter().getInput()).isEqualTo(Walkthrough.SINE_WAVE_CODE);
    assertThat(call.getCodeInterpreter().getOutputs())
        .singleElement()
        .isInstanceOfSatisfying(
            RunStepCodeInterpreterImageOutput.class,
            output -> assertThat(output.getImage().getFileId()).isEqualTo(imageId));

    // 2. The code.
    strict(
        client.createMessage(
            thread.getId(),
            new ThreadMessageOptions(
                MessageRole.USER, "Show me the code you used to generate the sinewave")));
    run = awaitRun(createRun(thread, assistant));
    assertThat(run.getStatus()).isEqualTo(RunStatus.COMPLETED);
    messages = strict(client.listMessages(thread.getId(), 1, ListSortOrder.DESCENDING, null, null));
    String codeReply = text(messages.getData().get(0));
    assertThat(codeReply).contains("```python\n" + Walkthrough.SINE_WAVE_CODE + "\n```");

    // 3. Dark mode: a new image.
    strict(
        client.createMessage(
            thread.getId(),
            new ThreadMessageOptions(
                MessageRole.USER,
                "I prefer visualizations in darkmode can you change the colors to make a darkmode"
                    + " version of this visualization.")));
    ThreadRun darkRun = awaitRun(createRun(thread, assistant));
    assertThat(darkRun.getStatus()).isEqualTo(RunStatus.COMPLETED);
    messages =
        strict(client.listMessages(thread.getId(), 20, ListSortOrder.DESCENDING, null, null));
    ThreadMessage darkAnswer =
        messages.getData().stream()
            .filter(m -> darkRun.getId().equals(m.getRunId()))
            .filter(
                m -> m.getContent().stream().anyMatch(MessageImageFileContent.class::isInstance))
            .findFirst()
            .orElseThrow();
    String darkId = imageFileId(darkAnswer);
    assertThat(darkId).isNotEqualTo(imageId);
    assertThat(text(darkAnswer)).isEqualTo(Walkthrough.DARK_MODE_REPLY);
    Png.assertDarkChart(download(darkId));
  }

  /** The walkthrough's assistant: "Data Visualization", with the code interpreter. */
  static Assistant dataVisualizationAssistant() {
    return strict(
        client.createAssistant(
            new AssistantCreationOptions(Seed.MODEL)
                .setName(Seed.NAME)
                .setInstructions(Seed.INSTRUCTIONS)
                .setTools(List.of(new CodeInterpreterToolDefinition()))));
  }

  static String imageFileId(ThreadMessage message) {
    return message.getContent().stream()
        .filter(MessageImageFileContent.class::isInstance)
        .map(c -> ((MessageImageFileContent) c).getImageFile().getFileId())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no image_file content in " + message.getId()));
  }

  static String text(ThreadMessage message) {
    StringBuilder text = new StringBuilder();
    for (MessageContent content : message.getContent()) {
      if (content instanceof MessageTextContent t) {
        text.append(t.getText().getValue());
      }
    }
    return text.toString();
  }

  static List<String> texts(PageableList<ThreadMessage> page) {
    return page.getData().stream().map(AzureWalkthroughTest::text).toList();
  }
}
