package dev.assistantskit.server;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./assistants serve}: runs the emulator until SIGTERM or Ctrl-C. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Run the Azure OpenAI Assistants emulator (api-version 2024-05-01-preview).")
public final class ServeCommand implements Callable<Integer> {
  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Interface to listen on.")
  String host;

  @Option(names = "--port", defaultValue = "8080", description = "Port; 0 picks a free one.")
  int port;

  @Option(
      names = "--api-key",
      description = "Key clients must send (api-key header or Bearer); generated when absent.")
  String apiKey;

  @Option(
      names = "--data-dir",
      description = "Folder for uploaded file content; a temporary folder when absent.")
  Path dataDir;

  @Option(
      names = "--api-versions",
      split = ",",
      defaultValue = EmulatorConfig.API_VERSION,
      description = "Accepted api-version values, comma-separated (default: ${DEFAULT-VALUE}).")
  List<String> apiVersions;

  @Option(
      names = "--max-upload-bytes",
      defaultValue = "536870912",
      description = "Largest file upload accepted, in bytes (default: ${DEFAULT-VALUE} = 512 MiB).")
  long maxUploadBytes;

  @Option(
      names = "--run-expiry",
      defaultValue = "10m",
      converter = DurationConverter.class,
      description =
          "How long after creation a run expires: seconds, or with a unit (90s, 10m, 1h)."
              + " Default: ${DEFAULT-VALUE}.")
  Duration runExpiry;

  @Option(
      names = "--script",
      description = "JSON file of run scripts and faults to load at start (see the README).")
  Path script;

  @Option(
      names = "--https",
      description =
          "Serve HTTPS with a self-signed certificate for localhost (made once, kept under"
              + " --data-dir or ~/.assistants-kit/tls); prints how to trust it.")
  boolean https;

  @Option(
      names = "--training-run",
      hidden = true,
      description =
          "Start on a free port, answer a representative set of requests to itself and exit"
              + " (0 if every answer was as expected): the launcher's AppCDS training run.")
  boolean trainingRun;

  @Spec CommandSpec spec;

  /** "600", "90s", "10m", "1h". */
  static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("(\\d+)([smh]?)").matcher(value.trim());
      if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not a duration such as 600, 90s, 10m or 1h");
      }
      long amount = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "m" -> Duration.ofMinutes(amount);
        case "h" -> Duration.ofHours(amount);
        default -> Duration.ofSeconds(amount);
      };
    }
  }

  public static void main(String[] args) {
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
    System.exit(new CommandLine(new ServeCommand()).execute(args));
  }

  @Override
  public Integer call() throws InterruptedException {
    String key = apiKey != null ? apiKey : generatedKey();
    if (maxUploadBytes < 1 || maxUploadBytes > Integer.MAX_VALUE) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--max-upload-bytes must be between 1 and " + Integer.MAX_VALUE);
    }
    EmulatorConfig config =
        EmulatorConfig.builder()
            .host(host)
            .port(port)
            .apiKey(key)
            .apiVersions(Set.copyOf(apiVersions))
            .dataDir(dataDir)
            .maxUploadBytes(maxUploadBytes)
            .runExpiry(runExpiry)
            .scriptFile(script)
            .https(https)
            .build();
    if (trainingRun) {
      try (EmulatorServer server =
          EmulatorServer.start(config.toBuilder().port(0).https(false).build())) {
        TrainingRun.exercise(host, server.port(), key);
      }
      return 0;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    EmulatorServer server = EmulatorServer.start(config);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                },
                "assistants-kit-shutdown"));
    PrintWriter out = spec.commandLine().getOut();
    out.println("assistants-kit emulator, api-version " + String.join(", ", config.apiVersions()));
    out.println("  endpoint: " + server.endpoint());
    out.println(
        "  api-key:  " + key + (apiKey == null ? "  (generated; pass --api-key to choose)" : ""));
    out.println(
        "  files:    " + (dataDir == null ? "a temporary folder" : dataDir.toAbsolutePath()));
    out.println(
        "  control:  "
            + server.controlUri()
            + "  (runs expire "
            + runExpiry.toSeconds()
            + " s after creation)");
    server
        .certificate()
        .ifPresent(
            certificate -> {
              out.println("  tls:      self-signed certificate for localhost and 127.0.0.1");
              out.println("    curl, Node, Python: trust " + certificate.pem());
              out.println(
                  "    Java: -Djavax.net.ssl.trustStore="
                      + certificate.trustStore()
                      + " -Djavax.net.ssl.trustStorePassword="
                      + certificate.password());
            });
    out.println("Stop with Ctrl-C or SIGTERM.");
    out.flush();
    stopped.await();
    return 0;
  }

  private static String generatedKey() {
    byte[] bytes = new byte[16];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
