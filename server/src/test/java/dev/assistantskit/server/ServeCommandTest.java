package dev.assistantskit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./assistants serve} as a user runs it: in a JVM of its own, started with its command line,
 * talked to through the endpoint and key it prints, and stopped with SIGTERM.
 */
class ServeCommandTest {
  private static final String OTHER_VERSION = "2024-07-01-preview";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @TempDir Path folder;

  /** A running {@code serve}, and what its banner said. */
  private record Served(Process process, URI endpoint, String key, List<String> banner) {}

  @Test
  void withoutAKeyServePrintsAGeneratedOneThatWorks() throws Exception {
    Served served = serve("--port", "0");
    try {
      assertThat(served.key()).matches("[0-9a-f]{32}");
      assertThat(String.join("\n", served.banner())).contains("(generated; pass --api-key");
      assertThat(list(served, EmulatorConfig.API_VERSION, served.key()).statusCode())
          .isEqualTo(200);
      assertThat(list(served, EmulatorConfig.API_VERSION, "not-the-key").statusCode())
          .isEqualTo(401);
    } finally {
      stop(served);
    }
  }

  @Test
  void apiVersionsAcceptsEachVersionGivenAndNoOther() throws Exception {
    Served served =
        serve(
            "--port",
            "0",
            "--api-key",
            "k",
            "--api-versions",
            EmulatorConfig.API_VERSION + "," + OTHER_VERSION);
    try {
      HttpResponse<String> older = list(served, "2024-02-15-preview", "k");

      assertThat(list(served, EmulatorConfig.API_VERSION, "k").statusCode()).isEqualTo(200);
      assertThat(list(served, OTHER_VERSION, "k").statusCode()).isEqualTo(200);
      assertThat(older.statusCode()).isEqualTo(400);
      assertThat(older.body())
          .isEqualTo(
              "{\"error\":{\"code\":\"BadRequest\",\"message\":\"API version not supported\"}}");
    } finally {
      stop(served);
    }
  }

  @Test
  void sigtermStopsIt() throws Exception {
    Served served = serve("--port", "0", "--api-key", "k");
    int port = served.endpoint().getPort();

    served.process().destroy(); // SIGTERM

    assertThat(served.process().waitFor(15, TimeUnit.SECONDS)).as("stopped in time").isTrue();
    assertThat(served.process().exitValue()).as("the exit status of SIGTERM").isEqualTo(143);
    assertThatThrownBy(() -> new Socket("127.0.0.1", port).close())
        .as("the port is closed")
        .isInstanceOf(ConnectException.class);
  }

  private Served serve(String... arguments) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ServeCommand.class.getName());
    command.addAll(List.of(arguments));
    Path log = folder.resolve("serve.log");
    Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    List<String> banner = new ArrayList<>();
    CompletableFuture<Void> ready =
        CompletableFuture.runAsync(
            () -> {
              try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                  banner.add(line);
                  if (line.startsWith("Stop with")) {
                    return;
                  }
                }
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    try {
      ready.get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      process.destroyForcibly();
      throw new AssertionError("serve did not start: " + banner + "\n" + Files.readString(log), e);
    }
    return new Served(
        process,
        URI.create(field(banner, "endpoint")),
        field(banner, "api-key"),
        List.copyOf(banner));
  }

  /** SIGTERM, so that it removes its temporary folder; SIGKILL if that did not stop it. */
  private static void stop(Served served) throws InterruptedException {
    served.process().destroy();
    if (!served.process().waitFor(15, TimeUnit.SECONDS)) {
      served.process().destroyForcibly();
    }
  }

  /** The first word after {@code name:} in the banner. */
  private static String field(List<String> banner, String name) {
    Pattern pattern = Pattern.compile("^\\s*" + name + ":\\s+(\\S+)");
    for (String line : banner) {
      Matcher match = pattern.matcher(line);
      if (match.find()) {
        return match.group(1);
      }
    }
    throw new AssertionError("no " + name + " in " + banner);
  }

  private static HttpResponse<String> list(Served served, String version, String key)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(served.endpoint() + "/openai/assistants?api-version=" + version))
            .timeout(Duration.ofSeconds(10))
            .header("api-key", key)
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
