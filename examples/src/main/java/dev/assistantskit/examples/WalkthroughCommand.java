package dev.assistantskit.examples;

import dev.assistantskit.client.AssistantsClient;
import dev.assistantskit.client.AssistantsException;
import dev.assistantskit.client.AuthenticationException;
import dev.assistantskit.client.invoker.ApiException;
import dev.assistantskit.server.EmulatorConfig;
import dev.assistantskit.server.EmulatorServer;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./assistants walkthrough}: runs {@link Walkthrough} against an endpoint, by default an
 * emulator started in this JVM for the purpose and stopped at the end.
 */
@Command(
    name = "walkthrough",
    mixinStandardHelpOptions = true,
    version = "assistants-kit walkthrough for api-version 2024-05-01-preview",
    sortOptions = false,
    description = {
      "Replays Microsoft's Assistants walkthrough (a sine wave drawn by code_interpreter, its code,"
          + " its dark-mode version) with the Java client, printing what the API answers and"
          + " saving sinewave.png and dark_sine.png.",
      "Without --endpoint it runs against an emulator started for the purpose.",
      "The assistant and the thread it creates are left in place.",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the walkthrough ran to the end and saved both images",
      "1:it could not (endpoint unreachable, key refused, a run that did not complete, …)",
      "2:the command line is wrong"
    })
public final class WalkthroughCommand implements Callable<Integer> {
  static final String API_KEY = "ASSISTANTS_API_KEY";
  static final String AZURE_API_KEY = "AZURE_OPENAI_API_KEY";

  @Option(
      names = "--endpoint",
      paramLabel = "URL",
      description =
          "The resource endpoint, e.g. https://myres.openai.azure.com (without /openai)."
              + " Default: an embedded emulator.")
  String endpoint;

  @Option(
      names = "--api-key",
      paramLabel = "KEY",
      description =
          "The key, sent as api-key. Default: $"
              + API_KEY
              + ", else $"
              + AZURE_API_KEY
              + " (with --endpoint); a random key for the embedded emulator.")
  String apiKey;

  @Option(
      names = "--api-version",
      paramLabel = "V",
      defaultValue = AssistantsClient.DEFAULT_API_VERSION,
      description = "The api-version every request carries (default: ${DEFAULT-VALUE}).")
  String apiVersion;

  @Option(
      names = "--model",
      paramLabel = "NAME",
      defaultValue = Walkthrough.DEFAULT_MODEL,
      description = "The deployment name sent as model (default: ${DEFAULT-VALUE}).")
  String model;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "walkthrough-out",
      description =
          "Where sinewave.png and dark_sine.png are written (default: ./${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--run-timeout",
      paramLabel = "SECONDS",
      defaultValue = "600",
      description = "How long to wait for each run to end, in seconds (default: ${DEFAULT-VALUE}).")
  long runTimeoutSeconds;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command with UTF-8 output, as {@link #main} runs it. */
  static CommandLine commandLine() {
    quietLogs();
    return new CommandLine(new WalkthroughCommand())
        .setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true))
        .setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
  }

  /**
   * The embedded emulator logs at INFO, and Grizzly warns that it is shutting down; only problems
   * matter here. (Held, or the JDK may forget the level with the logger.)
   */
  private static final Logger GRIZZLY = Logger.getLogger("org.glassfish.grizzly");

  private static void quietLogs() {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    Logger.getLogger("").setLevel(Level.WARNING);
    for (java.util.logging.Handler handler : Logger.getLogger("").getHandlers()) {
      handler.setLevel(Level.WARNING);
    }
    GRIZZLY.setLevel(Level.SEVERE);
  }

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter console = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (runTimeoutSeconds <= 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--run-timeout must be positive, got " + runTimeoutSeconds);
    }
    String key = key();
    EmulatorServer emulator = null;
    String url = endpoint;
    try {
      if (url == null) {
        emulator = EmulatorServer.start(EmulatorConfig.builder().port(0).apiKey(key).build());
        url = emulator.endpoint().toString();
        console.println("Started an emulator for the walkthrough at " + url);
      }
      AssistantsClient client = client(url, key);
      console.printf(
          "Walkthrough against %s (api-version %s, model %s)%n%n",
          client.endpoint(), apiVersion, model);
      Walkthrough.Result result =
          new Walkthrough(client, model, out, console, Duration.ofSeconds(runTimeoutSeconds)).run();
      console.printf(
          "Done. Images: %s, %s. Left in place: assistant %s, thread %s.%n",
          result.sinewave(), result.darkSine(), result.assistantId(), result.threadId());
      return 0;
    } catch (AuthenticationException e) {
      return fail(
          err,
          "The endpoint refused the key (HTTP 401): "
              + e.errorMessage()
              + (endpoint == null ? "" : " Check --api-key."));
    } catch (AssistantsException | WalkthroughException e) {
      return fail(err, e.getMessage());
    } catch (ApiException e) {
      if (e.getCause() instanceof IOException cause) {
        return fail(
            err,
            "Cannot reach "
                + url
                + ": "
                + describe(cause)
                + ". Check --endpoint (the resource endpoint, without /openai) and the network.");
      }
      return fail(err, "The endpoint's answer cannot be read: " + e.getMessage());
    } catch (UncheckedIOException e) {
      return fail(err, "Cannot start the embedded emulator: " + describe(e.getCause()));
    } catch (IOException e) {
      return fail(err, "Cannot write the images to " + out.toAbsolutePath() + ": " + describe(e));
    } finally {
      if (emulator != null) {
        emulator.close();
      }
    }
  }

  private AssistantsClient client(String url, String key) {
    try {
      return AssistantsClient.builder()
          .endpoint(url)
          .apiKey(key)
          .apiVersion(apiVersion)
          .connectTimeout(Duration.ofSeconds(10))
          .readTimeout(Duration.ofSeconds(60))
          .build();
    } catch (IllegalArgumentException e) { // an endpoint that is no http(s) URL, a blank version
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private String key() {
    if (apiKey != null && !apiKey.isBlank()) {
      return apiKey.strip();
    }
    if (endpoint == null) {
      byte[] random = new byte[16];
      new SecureRandom().nextBytes(random);
      return HexFormat.of().formatHex(random);
    }
    for (String variable : new String[] {API_KEY, AZURE_API_KEY}) {
      String value = System.getenv(variable);
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "--endpoint needs --api-key (or $" + API_KEY + ", or $" + AZURE_API_KEY + ")");
  }

  private static int fail(PrintWriter err, String message) {
    err.println("walkthrough failed: " + message);
    return 1;
  }

  /**
   * The exception and its root cause when that tells more (an unknown host, a TLS failure); the JDK
   * client reports a refused connection as a ConnectException caused by a closed channel.
   */
  private static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root == e || root instanceof ClosedChannelException
        ? oneLine(e)
        : oneLine(e) + " (caused by " + oneLine(root) + ")";
  }

  private static String oneLine(Throwable e) {
    String name = e.getClass().getSimpleName();
    return e.getMessage() == null || e.getMessage().isBlank() ? name : name + ": " + e.getMessage();
  }
}
