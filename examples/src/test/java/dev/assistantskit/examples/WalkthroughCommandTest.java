package dev.assistantskit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.assistantskit.server.EmulatorConfig;
import dev.assistantskit.server.EmulatorServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class WalkthroughCommandTest {
  static final String KEY = "the-right-key";

  @TempDir Path out;
  final List<EmulatorServer> emulators = new ArrayList<>();
  final StringWriter stdout = new StringWriter();
  final StringWriter stderr = new StringWriter();

  @AfterEach
  void stopEmulators() {
    emulators.forEach(EmulatorServer::close);
  }

  @Test
  void withoutAnEndpointItRunsAgainstAnEmbeddedEmulatorAndExitsZero() {
    int exit = run("--out", out.toString());

    assertThat(exit).as(stderr.toString()).isZero();
    assertThat(stderr.toString()).isEmpty();
    assertThat(stdout.toString())
        .startsWith("Started an emulator for the walkthrough at http://127.0.0.1:")
        .contains("(api-version 2024-05-01-preview, model gpt-4-1106-preview)")
        .contains("\"name\": \"Data Visualization\"")
        .contains("Saved " + out.resolve("sinewave.png"))
        .contains("Saved " + out.resolve("dark_sine.png"))
        .containsPattern("Done\\. Images: .*sinewave\\.png, .*dark_sine\\.png\\. Left in place:")
        .containsPattern("assistant asst_[A-Za-z0-9]{24}, thread thread_[A-Za-z0-9]{24}\\.");
    assertThat(out.resolve("sinewave.png")).isRegularFile();
    assertThat(out.resolve("dark_sine.png")).isRegularFile();
  }

  @Test
  void anEndpointAndModelAreUsedAsGiven() {
    EmulatorServer emulator = emulator();

    int exit =
        run(
            "--endpoint",
            emulator.endpoint() + "/openai/",
            "--api-key",
            KEY,
            "--model",
            "gpt-4o-deployment",
            "--out",
            out.toString());

    assertThat(exit).as(stderr.toString()).isZero();
    assertThat(stdout.toString())
        .startsWith("Walkthrough against " + emulator.endpoint() + " (")
        .contains("\"model\": \"gpt-4o-deployment\"")
        .doesNotContain("Started an emulator");
  }

  @Test
  void aWrongKeyExitsNonZeroWithThe401Message() {
    EmulatorServer emulator = emulator();

    int exit = runAgainst(emulator, "a-wrong-key");

    assertThat(exit).isEqualTo(1);
    assertThat(stderr.toString())
        .isEqualTo(
            "walkthrough failed: The endpoint refused the key (HTTP 401): Access denied due to"
                + " invalid subscription key or wrong API endpoint. Make sure to provide a valid"
                + " key for an active subscription and use a correct regional API endpoint for"
                + " your resource. Check --api-key.\n");
    assertThat(out).isEmptyDirectory();
  }

  @Test
  void anUnreachableEndpointExitsNonZeroSayingSo() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }

    int exit = run("--endpoint", "http://127.0.0.1:" + closedPort, "--api-key", "k");

    assertThat(exit).isEqualTo(1);
    assertThat(stderr.toString())
        .startsWith("walkthrough failed: Cannot reach http://127.0.0.1:" + closedPort + ": ")
        .contains("ConnectException")
        .endsWith(". Check --endpoint (the resource endpoint, without /openai) and the network.\n");
  }

  @Test
  void aRunThatFailsExitsNonZeroWithItsError() throws Exception {
    EmulatorServer emulator = emulator();
    control(
        emulator,
        "/scripts",
        """
        {"turns": [{"fail": {"code": "server_error", "message": "Sorry, something went wrong."}}]}
        """);

    int exit = runAgainst(emulator, KEY);

    assertThat(exit).isEqualTo(1);
    assertThat(stdout.toString()).contains("\"object\": \"thread\"");
    assertThat(stderr.toString())
        .matches(
            "walkthrough failed: Run run_[A-Za-z0-9]{24} ended failed: server_error: Sorry,"
                + " something went wrong\\.\n");
  }

  @Test
  void aRunThatOutlastsTheTimeoutExitsNonZero() throws Exception {
    EmulatorServer emulator = emulator();
    control(emulator, "/scripts", "{\"hold_in_progress_ms\": 5000}");

    int exit = runAgainst(emulator, KEY, "--run-timeout", "1");

    assertThat(exit).isEqualTo(1);
    assertThat(stderr.toString())
        .matches(
            "walkthrough failed: Run run_[A-Za-z0-9]{24} is still in_progress after 1 s; it is"
                + " left as it is\\.\n");
  }

  @Test
  void anAnswerWithoutAnImageExitsNonZeroSayingSo() throws Exception {
    EmulatorServer emulator = emulator();
    control(emulator, "/scripts", "{\"turns\": [{\"reply\": \"I cannot draw.\"}]}");

    int exit = runAgainst(emulator, KEY);

    assertThat(exit).isEqualTo(1);
    assertThat(stdout.toString()).contains("\"value\": \"I cannot draw.\"");
    assertThat(stderr.toString())
        .startsWith("walkthrough failed: Run run_")
        .contains("completed, but its answer has no image part");
  }

  @Test
  void anEndpointWithoutAKeyIsAUsageError() {
    assumeTrue(System.getenv(WalkthroughCommand.API_KEY) == null);
    assumeTrue(System.getenv(WalkthroughCommand.AZURE_API_KEY) == null);

    int exit = run("--endpoint", "https://myres.openai.azure.com");

    assertThat(exit).isEqualTo(2);
    assertThat(stderr.toString())
        .startsWith(
            "--endpoint needs --api-key (or $ASSISTANTS_API_KEY, or $AZURE_OPENAI_API_KEY)\n");
  }

  @Test
  void anEndpointThatIsNoUrlIsAUsageError() {
    int exit = run("--endpoint", "myres.openai.azure.com", "--api-key", "k");

    assertThat(exit).isEqualTo(2);
    assertThat(stderr.toString())
        .startsWith(
            "The endpoint must be an absolute http(s) URL such as https://myres.openai.azure.com,"
                + " got 'myres.openai.azure.com'\n");
  }

  @Test
  void helpListsTheOptionsAndExitCodes() {
    int exit = run("--help");

    assertThat(exit).isZero();
    String help = stdout.toString().replaceAll("\\s+", " ");
    assertThat(help)
        .startsWith("Usage: walkthrough ")
        .contains("--endpoint=URL", "--api-key=KEY", "--api-version=V", "--model=NAME")
        .contains("--out=DIR", "--run-timeout=SECONDS")
        .contains("(default: ./walkthrough-out)", "(default: gpt-4-1106-preview)")
        .contains("(default: 2024-05-01-preview)", "Exit codes:");
  }

  /** Runs the walkthrough against an emulator with a key, writing to {@code out}. */
  private int runAgainst(EmulatorServer emulator, String apiKey, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--endpoint",
                emulator.endpoint().toString(),
                "--api-key",
                apiKey,
                "--out",
                out.toString()));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  private int run(String... args) {
    return new CommandLine(new WalkthroughCommand())
        .setOut(new PrintWriter(stdout, true))
        .setErr(new PrintWriter(stderr, true))
        .execute(args);
  }

  private EmulatorServer emulator() {
    EmulatorServer emulator =
        EmulatorServer.start(EmulatorConfig.builder().port(0).apiKey(KEY).build());
    emulators.add(emulator);
    return emulator;
  }

  private static void control(EmulatorServer emulator, String path, String body)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(
                HttpRequest.newBuilder(URI.create(emulator.controlUri() + path))
                    .header("api-key", KEY)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
  }
}
