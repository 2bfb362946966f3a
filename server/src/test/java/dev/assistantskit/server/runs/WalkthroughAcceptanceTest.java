package dev.assistantskit.server.runs;

import static dev.assistantskit.server.testing.Apis.V;
import static org.assertj.core.api.Assertions.assertThat;

import dev.assistantskit.client.model.AssistantObject;
import dev.assistantskit.client.model.ListMessagesResponse;
import dev.assistantskit.client.model.MessageContentImageFileObject;
import dev.assistantskit.client.model.MessageObject;
import dev.assistantskit.client.model.OpenAIFile;
import dev.assistantskit.client.model.RunObject;
import dev.assistantskit.client.model.RunStatus;
import dev.assistantskit.client.model.RunStepDetailsToolCallsCodeObject;
import dev.assistantskit.client.model.RunStepObject;
import dev.assistantskit.server.testing.EmulatorExtension;
import dev.assistantskit.server.testing.Runs;
import dev.assistantskit.server.testing.Seed;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Azure's sine-wave walkthrough, replayed through the generated client: the same sequence of
 * objects, with the seed's values where the seed shows them. The two charts are written to {@code
 * target/walkthrough/} to be looked at.
 */
class WalkthroughAcceptanceTest {
  @RegisterExtension static final EmulatorExtension EMULATOR = new EmulatorExtension();

  private final Runs runs = Runs.of(EMULATOR);

  @Test
  void theSineWaveWalkthroughReplaysAsAzurePrintedIt() throws Exception {
    AssistantObject assistant =
        runs.api().assistants().createAssistant(V, Seed.dataVisualization());
    String thread = runs.api().threads().createThread(V, null).getId();
    MessageObject question = runs.say(thread, "Create a visualization of a sinewave");
    ListMessagesResponse before = runs.messages(thread);
    assertThat(before.getData()).containsExactly(question);
    assertThat(before.getFirstId()).isEqualTo(question.getId()).isEqualTo(before.getLastId());
    assertThat(before.getHasMore()).isFalse();

    RunObject run = runs.start(thread, assistant.getId());
    assertThat(run.getId()).matches("run_[A-Za-z0-9]{24}");
    assertThat(run.getStatus()).isEqualTo(RunStatus.QUEUED);
    RunObject done = runs.awaitEnd(run);
    assertThat(done.getStatus()).isEqualTo(RunStatus.COMPLETED);

    MessageObject answer = runs.messages(thread).getData().get(0);
    assertThat(answer.getRole()).isEqualTo(MessageObject.RoleEnum.ASSISTANT);
    assertThat(answer.getAssistantId()).isEqualTo(assistant.getId());
    assertThat(answer.getRunId()).isEqualTo(run.getId());
    assertThat(answer.getStatus()).isEqualTo(MessageObject.StatusEnum.COMPLETED);
    assertThat(answer.getCompletedAt()).isNotNull();
    assertThat(answer.getContent()).hasSize(2);
    String imageId =
        answer.getContent().get(0).getMessageContentImageFileObject().getImageFile().getFileId();
    assertThat(imageId).matches("assistant-[A-Za-z0-9]{24}");
    assertThat(answer.getContent().get(1).getMessageContentTextObject().getText().getValue())
        .startsWith("Here is the visualization of a sine wave:")
        .contains("0 to \\( 4\\pi \\)");
    OpenAIFile image = runs.api().files().getFile(imageId, V);
    assertThat(image.getPurpose().getValue()).isEqualTo("assistants_output");
    BufferedImage light = download(imageId, "sinewave.png");
    assertThat(light.getWidth()).isGreaterThanOrEqualTo(640);
    assertThat(light.getHeight()).isGreaterThanOrEqualTo(480);
    assertThat(brightness(light.getRGB(5, 5))).isGreaterThan(200);

    List<RunStepObject> steps =
        runs.api()
            .runSteps()
            .listRunSteps(thread, run.getId(), V, null, "asc", null, null)
            .getData();
    RunStepDetailsToolCallsCodeObject code =
        steps
            .get(0)
            .getStepDetails()
            .getRunStepDetailsToolCallsObject()
            .getToolCalls()
            .get(0)
            .getRunStepDetailsToolCallsCodeObject();
    assertThat(code.getCodeInterpreter().getInput())
        .contains("np.linspace(0, 4 * np.pi, 1000)")
        .contains("plt.grid(True)");
    assertThat(
            code.getCodeInterpreter()
                .getOutputs()
                .get(0)
                .getRunStepDetailsToolCallsCodeOutputImageObject()
                .getImage()
                .getFileId())
        .isEqualTo(imageId);
    assertThat(
            steps
                .get(1)
                .getStepDetails()
                .getRunStepDetailsMessageCreationObject()
                .getMessageCreation()
                .getMessageId())
        .isEqualTo(answer.getId());

    runs.say(thread, "Show me the code you used to generate the sinewave");
    assertThat(runs.awaitEnd(runs.start(thread, assistant.getId())).getStatus())
        .isEqualTo(RunStatus.COMPLETED);
    String codeReply = runs.newestText(thread);
    assertThat(codeReply)
        .startsWith("Certainly, here is the code I used")
        .contains("```python")
        .contains("plt.plot(x, y)");

    runs.say(
        thread,
        "I prefer visualizations in darkmode can you change the colors to make a darkmode version of this visualization.");
    assertThat(runs.awaitEnd(runs.start(thread, assistant.getId())).getStatus())
        .isEqualTo(RunStatus.COMPLETED);
    MessageObject dark = runs.messages(thread).getData().get(0);
    String darkId =
        dark.getContent().get(0).getMessageContentImageFileObject().getImageFile().getFileId();
    assertThat(darkId).isNotEqualTo(imageId);
    assertThat(dark.getContent().get(1).getMessageContentTextObject().getText().getValue())
        .contains("dark mode");
    BufferedImage darkImage = download(darkId, "dark_sine.png");
    assertThat(brightness(darkImage.getRGB(5, 5))).isLessThan(60);
    assertThat(runs.messages(thread).getData()).hasSize(6);
    assertThat(runs.messages(thread).getData().get(5)).isEqualTo(question);
  }

  @Test
  void aPersonMayAskForTheSineWaveInTheirOwnWords() throws Exception {
    String assistant = runs.codeAssistant();
    String thread = runs.thread("could you plot sin(x) for me?");

    runs.awaitEnd(runs.start(thread, assistant));

    MessageObject answer = runs.messages(thread).getData().get(0);
    assertThat(answer.getContent().get(0).getActualInstance())
        .isInstanceOf(MessageContentImageFileObject.class);
  }

  private BufferedImage download(String fileId, String name) throws Exception {
    File file = runs.api().files().downloadFile(fileId, V);
    byte[] png = Files.readAllBytes(file.toPath());
    assertThat(png).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    Path out = Path.of("target", "walkthrough");
    Files.createDirectories(out);
    Files.write(out.resolve(name), png);
    return ImageIO.read(out.resolve(name).toFile());
  }

  private static int brightness(int rgb) {
    return (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
  }
}
