package dev.assistantskit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assistantskit.client.AssistantsClient;
import dev.assistantskit.server.EmulatorConfig;
import dev.assistantskit.server.EmulatorServer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walkthrough, run once against the embedded emulator; each test checks one part of it. */
class WalkthroughTest {
  /** The texts of the walkthrough's answers, as Azure printed them (its wrapped lines joined). */
  static final String SINE_WAVE_ANSWER =
      "Here is the visualization of a sine wave: \n\nThe wave is plotted using values from 0 to"
          + " \\( 4\\pi \\) on the x-axis, and the corresponding sine values on the y-axis. I've"
          + " also added grid lines for easier reading of the plot.";

  static final String CODE_ANSWER =
      """
      Certainly, here is the code I used to generate the sine wave visualization:

      ```python
      import numpy as np
      import matplotlib.pyplot as plt

      # Generating data for the sinewave
      x = np.linspace(0, 4 * np.pi, 1000) # Generate values from 0 to 4*pi
      y = np.sin(x) # Compute the sine of these values

      # Plotting the sine wave
      plt.plot(x, y)
      plt.title('Sine Wave')
      plt.xlabel('x')
      plt.ylabel('sin(x)')
      plt.grid(True)
      plt.show()
      ```

      This code snippet uses `numpy` to generate an array of x values and then computes the sine\
       for each x value. It then uses `matplotlib` to plot these values and display the resulting\
       graph.""";

  static final String DARK_MODE_ANSWER =
      "Here is the dark mode version of the sine wave visualization. I've used the"
          + " 'dark_background' style in Matplotlib and chosen a cyan color for the plot line to"
          + " ensure it stands out against the dark background.";

  @TempDir static Path out;
  static EmulatorServer emulator;
  static Walkthrough.Result result;
  static String output;
  static Printed printed;

  @BeforeAll
  static void runTheWalkthrough() throws Exception {
    emulator = EmulatorServer.start(EmulatorConfig.builder().port(0).apiKey("test-key").build());
    AssistantsClient client =
        AssistantsClient.builder()
            .endpoint(emulator.endpoint())
            .apiKey("test-key")
            .readTimeout(Duration.ofSeconds(30))
            .build();
    StringWriter console = new StringWriter();
    result =
        new Walkthrough(
                client,
                "my-deployment",
                out.resolve("images"),
                new PrintWriter(console, true),
                Duration.ofSeconds(60))
            .run();
    output = console.toString();
    printed = Printed.parse(output);
  }

  @AfterAll
  static void stopTheEmulator() {
    if (emulator != null) {
      emulator.close();
    }
  }

  @Test
  void itPrintsWhatTheWalkthroughPrintsInItsOrder() {
    assertThat(printed.skeleton())
        .as(output)
        .containsExactly(
            "json assistant",
            "json thread",
            "json list",
            "completed",
            "json list",
            "file id",
            "saved sinewave.png",
            "completed",
            "json list",
            "text",
            "completed",
            "json list",
            "file id",
            "saved dark_sine.png");
    assertThat(printed.polls())
        .allMatch(
            line ->
                line.matches(
                    "Status: (queued|in_progress)|Elapsed time: \\d+ minutes \\d+ seconds"))
        .filteredOn(line -> line.startsWith("Elapsed time: "))
        .hasSize(3);
  }

  @Test
  void theAssistantIsTheWalkthroughsWithTheGivenDeployment() {
    JsonNode assistant = printed.json().get(0);
    assertThat(assistant.path("id").asText()).matches("asst_" + Printed.ID);
    assertThat(assistant.path("id").asText()).isEqualTo(result.assistantId());
    assertThat(assistant.path("name").asText()).isEqualTo("Data Visualization");
    assertThat(assistant.path("model").asText()).isEqualTo("my-deployment");
    assertThat(assistant.path("instructions").asText())
        .isEqualTo(Walkthrough.INSTRUCTIONS)
        .startsWith(
            "You are a helpful AI assistant who makes interesting visualizations based on"
                + " data.You have access to a sandboxed environment")
        .endsWith("rerun going through the steps from above again.");
    assertThat(assistant.path("tools").toString()).isEqualTo("[{\"type\":\"code_interpreter\"}]");
    assertThat(assistant.path("description").isNull()).isTrue();
  }

  @Test
  void thePrintedJsonIsIndentedLikeTheWalkthroughs() {
    assertThat(output)
        .startsWith("{\n  \"id\": \"asst_")
        .contains("\n  \"tools\": [\n    {\n      \"type\": \"code_interpreter\"\n    }\n  ],\n")
        .contains("\"metadata\": {}")
        .contains("\"annotations\": []")
        .doesNotContain("\" : ");
  }

  @Test
  void theThreadAndTheFirstListingHoldTheQuestion() {
    JsonNode thread = printed.json().get(1);
    assertThat(thread.path("id").asText()).matches("thread_" + Printed.ID);
    assertThat(thread.path("id").asText()).isEqualTo(result.threadId());

    JsonNode list = printed.json().get(2);
    assertThat(list.path("data")).hasSize(1);
    JsonNode question = list.path("data").get(0);
    assertThat(question.path("id").asText()).matches("msg_" + Printed.ID);
    assertThat(question.path("role").asText()).isEqualTo("user");
    assertThat(question.path("thread_id").asText()).isEqualTo(result.threadId());
    assertThat(question.path("assistant_id").isNull()).isTrue();
    assertThat(question.path("run_id").isNull()).isTrue();
    assertThat(text(question, 0)).isEqualTo("Create a visualization of a sinewave");
    assertThat(list.path("first_id")).isEqualTo(question.path("id"));
    assertThat(list.path("last_id")).isEqualTo(question.path("id"));
    assertThat(list.path("has_more").asBoolean()).isFalse();
  }

  @Test
  void theFirstAnswerIsTheImageThenTheWalkthroughsText() {
    JsonNode list = printed.json().get(3);
    assertThat(roles(list)).containsExactly("assistant", "user");
    JsonNode answer = list.path("data").get(0);
    assertThat(answer.path("assistant_id").asText()).isEqualTo(result.assistantId());
    assertThat(answer.path("run_id").asText()).matches("run_" + Printed.ID);
    assertThat(answer.path("content").get(0).path("type").asText()).isEqualTo("image_file");
    String fileId = answer.path("content").get(0).path("image_file").path("file_id").asText();
    assertThat(fileId).matches("assistant-" + Printed.ID);
    assertThat(printed.texts().get(0)).isEqualTo(fileId);
    assertThat(text(answer, 1)).isEqualTo(SINE_WAVE_ANSWER);
  }

  @Test
  void theCodeReplyIsPrintedAsTheWalkthroughPrintsIt() {
    JsonNode list = printed.json().get(4);
    assertThat(roles(list)).containsExactly("assistant", "user", "assistant", "user");
    assertThat(text(list.path("data").get(1), 0))
        .isEqualTo("Show me the code you used to generate the sinewave");
    assertThat(text(list.path("data").get(0), 0)).isEqualTo(CODE_ANSWER);
    assertThat(printed.texts().get(1)).isEqualTo(CODE_ANSWER);
    assertThat(result.code()).isEqualTo(CODE_ANSWER);
  }

  @Test
  void theDarkModeAnswerIsANewImageThenTheWalkthroughsText() {
    JsonNode list = printed.json().get(5);
    assertThat(roles(list))
        .containsExactly("assistant", "user", "assistant", "user", "assistant", "user");
    assertThat(text(list.path("data").get(1), 0)).isEqualTo(Walkthrough.DARK_MODE);
    JsonNode answer = list.path("data").get(0);
    String fileId = answer.path("content").get(0).path("image_file").path("file_id").asText();
    assertThat(fileId).matches("assistant-" + Printed.ID).isNotEqualTo(printed.texts().get(0));
    assertThat(printed.texts().get(2)).isEqualTo(fileId);
    assertThat(text(answer, 1)).isEqualTo(DARK_MODE_ANSWER);
  }

  @Test
  void bothImagesAreRealPngsAtLeast640By480() throws IOException {
    assertThat(result.sinewave()).isEqualTo(out.resolve("images/sinewave.png"));
    assertThat(result.darkSine()).isEqualTo(out.resolve("images/dark_sine.png"));
    for (Path png : List.of(result.sinewave(), result.darkSine())) {
      byte[] bytes = Files.readAllBytes(png);
      assertThat(bytes).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
      BufferedImage image = ImageIO.read(png.toFile());
      assertThat(image).as(png.toString()).isNotNull();
      assertThat(image.getWidth()).isGreaterThanOrEqualTo(640);
      assertThat(image.getHeight()).isGreaterThanOrEqualTo(480);
      assertThat(output)
          .contains("Saved " + png + " (" + image.getWidth() + "x" + image.getHeight() + ", ");
    }
  }

  @Test
  void theDarkImageHasADarkBackgroundAndTheFirstALightOne() throws IOException {
    BufferedImage light = ImageIO.read(result.sinewave().toFile());
    BufferedImage dark = ImageIO.read(result.darkSine().toFile());

    assertThat(backgroundLuminance(dark)).isLessThan(60);
    assertThat(meanLuminance(dark)).isLessThan(80);
    assertThat(backgroundLuminance(light)).isGreaterThan(200);
    assertThat(meanLuminance(light)).isGreaterThan(180);
  }

  @Test
  void theDownloadLeavesNoTemporaryFilesBehindInTheOutputFolder() throws IOException {
    try (var files = Files.list(out.resolve("images"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("sinewave.png", "dark_sine.png");
    }
  }

  private static String text(JsonNode message, int part) {
    JsonNode content = message.path("content").get(part);
    assertThat(content.path("type").asText()).isEqualTo("text");
    return content.path("text").path("value").asText();
  }

  private static List<String> roles(JsonNode list) {
    return list.path("data").findValuesAsText("role");
  }

  /** The median luminance of the four corners and the middle of each edge: the background. */
  private static double backgroundLuminance(BufferedImage image) {
    int w = image.getWidth() - 1;
    int h = image.getHeight() - 1;
    int[][] points = {
      {0, 0}, {w, 0}, {0, h}, {w, h}, {w / 2, 0}, {w / 2, h}, {0, h / 2}, {w, h / 2}
    };
    double[] values = new double[points.length];
    for (int i = 0; i < points.length; i++) {
      values[i] = luminance(image.getRGB(points[i][0], points[i][1]));
    }
    java.util.Arrays.sort(values);
    return (values[3] + values[4]) / 2;
  }

  private static double meanLuminance(BufferedImage image) {
    double sum = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        sum += luminance(image.getRGB(x, y));
      }
    }
    return sum / (image.getWidth() * (double) image.getHeight());
  }

  private static double luminance(int rgb) {
    return 0.2126 * ((rgb >> 16) & 0xff) + 0.7152 * ((rgb >> 8) & 0xff) + 0.0722 * (rgb & 0xff);
  }
}
