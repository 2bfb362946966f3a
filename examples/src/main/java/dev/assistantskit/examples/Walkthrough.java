package dev.assistantskit.examples;

import static dev.assistantskit.client.model.CreateMessageRequest.RoleEnum.USER;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.assistantskit.client.AssistantsClient;
import dev.assistantskit.client.invoker.ApiException;
import dev.assistantskit.client.model.AssistantObject;
import dev.assistantskit.client.model.AssistantTool;
import dev.assistantskit.client.model.AssistantToolsCode;
import dev.assistantskit.client.model.CreateAssistantRequest;
import dev.assistantskit.client.model.CreateMessageRequest;
import dev.assistantskit.client.model.CreateRunRequest;
import dev.assistantskit.client.model.ListMessagesResponse;
import dev.assistantskit.client.model.MessageContent;
import dev.assistantskit.client.model.MessageContentImageFileObject;
import dev.assistantskit.client.model.MessageContentTextObject;
import dev.assistantskit.client.model.MessageObject;
import dev.assistantskit.client.model.RunObject;
import dev.assistantskit.client.model.RunStatus;
import dev.assistantskit.client.model.ThreadObject;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * Microsoft's Assistants walkthrough ("Getting started with Azure OpenAI Assistants": the sine
 * wave, its code, its dark-mode version) replayed step by step with {@link AssistantsClient}, and
 * printed as the walkthrough prints it: the assistant, the thread and the message lists as indented
 * JSON, the run's status, the image's file id and the code.
 *
 * <p>It creates an assistant and a thread and leaves them (as the walkthrough does), and writes
 * {@code sinewave.png} and {@code dark_sine.png} to the output folder.
 */
public final class Walkthrough {
  /** The model the walkthrough uses; on Azure, pass your deployment's name instead. */
  public static final String DEFAULT_MODEL = "gpt-4-1106-preview";

  /** The walkthrough's instructions: its f-strings joined without spaces, as Python joins them. */
  public static final String INSTRUCTIONS =
      "You are a helpful AI assistant who makes interesting visualizations based on data."
          + "You have access to a sandboxed environment for writing and testing code."
          + "When you are asked to create a visualization you should follow these steps:"
          + "1. Write the code."
          + "2. Anytime you write new code display a preview of the code to show your work."
          + "3. Run the code to confirm that it runs."
          + "4. If the code is successful display the visualization."
          + "5. If the code is unsuccessful display the error message and try to revise the code"
          + " and rerun going through the steps from above again.";

  public static final String SHOW_CODE = "Show me the code you used to generate the sinewave";
  public static final String DARK_MODE =
      "I prefer visualizations in darkmode can you change the colors to make a darkmode version of"
          + " this visualization.";

  private static final Set<RunStatus> STILL_RUNNING =
      EnumSet.of(RunStatus.QUEUED, RunStatus.IN_PROGRESS, RunStatus.CANCELLING);
  private static final Duration FIRST_POLL = Duration.ofMillis(50);
  private static final Duration LONGEST_POLL = Duration.ofSeconds(2);

  private final AssistantsClient client;
  private final String v;
  private final String model;
  private final Path out;
  private final PrintWriter console;
  private final Duration runTimeout;
  private final ObjectWriter json;

  /**
   * Prepares the walkthrough.
   *
   * @param client the client, for Azure or the emulator
   * @param model the deployment name sent as {@code model}
   * @param out the folder the two images are written to (created if missing)
   * @param console where the walkthrough prints what it gets
   * @param runTimeout how long to wait for each run to end
   */
  public Walkthrough(
      AssistantsClient client, String model, Path out, PrintWriter console, Duration runTimeout) {
    this.client = Objects.requireNonNull(client, "client");
    this.v = client.apiVersion();
    this.model = Objects.requireNonNull(model, "model");
    this.out = Objects.requireNonNull(out, "out");
    this.console = Objects.requireNonNull(console, "console");
    this.runTimeout = Objects.requireNonNull(runTimeout, "runTimeout");
    this.json = client.apiClient().getObjectMapper().writer(pythonLikeIndent());
  }

  /** What the walkthrough made and left behind. */
  public record Result(
      String assistantId, String threadId, Path sinewave, Path darkSine, String code) {}

  /**
   * Runs the walkthrough.
   *
   * @return the ids it created, the two images and the code the assistant showed
   * @throws ApiException if the endpoint cannot be reached or answers something unreadable
   * @throws dev.assistantskit.client.AssistantsException if the endpoint answers with an error
   * @throws WalkthroughException if a run does not complete, or an answer lacks its image or text
   * @throws IOException if the images cannot be written
   * @throws InterruptedException if interrupted while waiting for a run
   */
  public Result run() throws ApiException, IOException, InterruptedException {
    Files.createDirectories(out);

    // Create an assistant, a thread, ask for a sine wave, list the thread's messages, run it.
    // README snippet start
    AssistantObject assistant = client.assistants().createAssistant(v, dataVisualization(model));
    print(assistant);
    ThreadObject thread = client.threads().createThread(v, null);
    print(thread);
    client.messages().createMessage(thread.getId(), v, ask("Create a visualization of a sinewave"));
    print(client.messages().listMessages(thread.getId(), v, null, null, null, null, null));
    RunObject run = client.runs().createRun(thread.getId(), v, runOf(assistant));
    print(waitForCompletion(run).getStatus()); // polls getRun; throws unless completed
    // README snippet end

    // List thread messages post run, retrieve the image's file id and download the image.
    ListMessagesResponse messages = listMessages(thread);
    print(messages);
    String imageFileId = imageFileId(messages, run);
    print(imageFileId);
    Path sinewave = download(imageFileId, "sinewave.png");

    // Ask a follow-up question on the thread: the code.
    client.messages().createMessage(thread.getId(), v, ask(SHOW_CODE));
    run = client.runs().createRun(thread.getId(), v, runOf(assistant));
    print(waitForCompletion(run).getStatus());
    messages = listMessages(thread);
    print(messages);
    String code = text(messages, run);
    print(code);

    // Dark mode.
    client.messages().createMessage(thread.getId(), v, ask(DARK_MODE));
    run = client.runs().createRun(thread.getId(), v, runOf(assistant));
    print(waitForCompletion(run).getStatus());
    messages = listMessages(thread);
    print(messages);
    imageFileId = imageFileId(messages, run);
    print(imageFileId);
    Path darkSine = download(imageFileId, "dark_sine.png");

    return new Result(assistant.getId(), thread.getId(), sinewave, darkSine, code);
  }

  /** The walkthrough's assistant: "Data Visualization", its instructions, code_interpreter. */
  static CreateAssistantRequest dataVisualization(String model) {
    return new CreateAssistantRequest()
        .name("Data Visualization")
        .instructions(INSTRUCTIONS)
        .addToolsItem(
            new AssistantTool(
                new AssistantToolsCode().type(AssistantToolsCode.TypeEnum.CODE_INTERPRETER)))
        .model(model);
  }

  private static CreateMessageRequest ask(String question) {
    return new CreateMessageRequest().role(USER).content(question);
  }

  private static CreateRunRequest runOf(AssistantObject assistant) {
    return new CreateRunRequest().assistantId(assistant.getId());
  }

  private ListMessagesResponse listMessages(ThreadObject thread) throws ApiException {
    return client.messages().listMessages(thread.getId(), v, null, null, null, null, null);
  }

  /**
   * Polls the run until it ends, sooner at first (50 ms, doubling up to 2 s between polls), and
   * prints each status it passes through; at most {@code runTimeout}.
   *
   * @return the completed run
   * @throws WalkthroughException if it fails, is cancelled, expires, ends incomplete, waits for
   *     tool outputs (the walkthrough has no functions), or is still running after the timeout
   */
  private RunObject waitForCompletion(RunObject run) throws ApiException, InterruptedException {
    long start = System.nanoTime();
    long deadline = start + runTimeout.toNanos();
    Duration pause = FIRST_POLL;
    RunStatus shown = null;
    while (STILL_RUNNING.contains(run.getStatus())) {
      if (run.getStatus() != shown) {
        shown = run.getStatus();
        console.println("Status: " + shown.getValue());
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new WalkthroughException(
            "Run "
                + run.getId()
                + " is still "
                + run.getStatus().getValue()
                + " after "
                + runTimeout.toSeconds()
                + " s; it is left as it is.");
      }
      Thread.sleep(Math.min(pause.toMillis(), Duration.ofNanos(left).toMillis() + 1));
      pause = min(pause.multipliedBy(2), LONGEST_POLL);
      run = client.runs().getRun(run.getThreadId(), run.getId(), v);
    }
    long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
    console.printf("Elapsed time: %d minutes %d seconds%n", seconds / 60, seconds % 60);
    if (run.getStatus() != RunStatus.COMPLETED) {
      throw new WalkthroughException(describeUnfinished(run));
    }
    return run;
  }

  private static String describeUnfinished(RunObject run) {
    String why = "";
    if (run.getLastError() != null) {
      why = ": " + run.getLastError().getCode().getValue() + ": " + run.getLastError().getMessage();
    } else if (run.getIncompleteDetails() != null) {
      why = ": " + run.getIncompleteDetails().getReason().getValue();
    } else if (run.getStatus() == RunStatus.REQUIRES_ACTION) {
      why = ": it asks for tool outputs, and the walkthrough has no functions";
    }
    return "Run " + run.getId() + " ended " + run.getStatus().getValue() + why;
  }

  /**
   * The image of the run's answer. The walkthrough reads {@code data[0].content[0]}; a real model
   * may put its image in another part or message ("index numbers can vary"), so the run's other
   * messages are searched too.
   */
  static String imageFileId(ListMessagesResponse messages, RunObject run) {
    return firstOfRun(messages, run, MessageContentImageFileObject.class)
        .map(image -> image.getImageFile().getFileId())
        .orElseThrow(() -> new WalkthroughException(missing("image", messages, run)));
  }

  /** The text of the run's answer: {@code data[0].content[0].text.value} in the walkthrough. */
  static String text(ListMessagesResponse messages, RunObject run) {
    return firstOfRun(messages, run, MessageContentTextObject.class)
        .map(text -> text.getText().getValue())
        .orElseThrow(() -> new WalkthroughException(missing("text", messages, run)));
  }

  /** {@code data[0].content[0]} if it is a {@code type}, else the run's first part of that type. */
  private static <T> Optional<T> firstOfRun(
      ListMessagesResponse messages, RunObject run, Class<T> type) {
    if (messages.getData().isEmpty()) {
      return Optional.empty();
    }
    MessageObject newest = messages.getData().get(0);
    if (!newest.getContent().isEmpty()
        && type.isInstance(newest.getContent().get(0).getActualInstance())) {
      return Optional.of(type.cast(newest.getContent().get(0).getActualInstance()));
    }
    return messages.getData().stream()
        .filter(message -> run.getId().equals(message.getRunId()))
        .flatMap(message -> message.getContent().stream())
        .map(MessageContent::getActualInstance)
        .filter(type::isInstance)
        .map(type::cast)
        .findFirst();
  }

  private static String missing(String what, ListMessagesResponse messages, RunObject run) {
    return "Run "
        + run.getId()
        + " completed, but its answer has no "
        + what
        + " part (looked at data[0].content[0] and the run's other messages, newest first: "
        + messages.getData().size()
        + " message(s) listed)";
  }

  /** Downloads a file's content to {@code out/name} and says what it is. */
  private Path download(String fileId, String name) throws ApiException, IOException {
    File downloaded = client.files().downloadFile(fileId, v);
    Path target = out.resolve(name);
    try {
      Files.copy(downloaded.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      deleteDownload(downloaded.toPath());
    }
    BufferedImage image = ImageIO.read(target.toFile());
    String what =
        image == null
            ? Files.size(target) + " bytes, not an image"
            : image.getWidth() + "x" + image.getHeight() + ", " + Files.size(target) + " bytes";
    console.println("Saved " + target + " (" + what + ")");
    console.println();
    return target;
  }

  /** The generated client downloads into a temporary file, in a folder of its own when named. */
  private static void deleteDownload(Path downloaded) throws IOException {
    Files.deleteIfExists(downloaded);
    Path folder = downloaded.getParent();
    if (folder != null && folder.getFileName().toString().startsWith("swagger-gen-native")) {
      Files.deleteIfExists(folder);
    }
  }

  /**
   * Like the walkthrough's {@code print(x.model_dump_json(indent=2))} for a generated model, or
   * {@code print(x)} for a text or a status; then a blank line.
   */
  private void print(Object value) {
    if (value instanceof String || value instanceof RunStatus) {
      console.println(value);
    } else {
      try {
        console.println(json.writeValueAsString(value));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName(), e);
      }
    }
    console.println();
  }

  /** Two-space indents, {@code "key": value}, one array item per line, {@code []} and {}. */
  private static DefaultPrettyPrinter pythonLikeIndent() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
