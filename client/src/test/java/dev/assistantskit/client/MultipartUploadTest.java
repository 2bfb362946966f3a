package dev.assistantskit.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.findAll;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.assistantskit.client.invoker.ApiException;
import dev.assistantskit.client.model.FilePurpose;
import dev.assistantskit.client.model.OpenAIFile;
import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated-code defect 2: the generated {@code uploadFile} streamed the multipart body through a
 * {@code Pipe} fed by a new non-daemon thread, started before the request was sent. When the
 * request failed before its body was read (closed port, a request interceptor that throws), that
 * thread blocked forever on a full pipe and the JVM never exited; and the body went out chunked,
 * without a Content-Length. The template override writes the body to a temp file, sends it with
 * {@code BodyPublishers.ofFile} and deletes the file once the call is over.
 */
@WireMockTest
class MultipartUploadTest {
  /** Larger than a pipe's buffer (64 KiB on Linux): the old writer thread blocked on it. */
  private static final int FILE_SIZE = 1 << 20;

  private String baseUrl;
  private int closedPort;
  private byte[] content;
  private File file;

  @BeforeEach
  void setUp(WireMockRuntimeInfo wiremock, @TempDir Path dir) throws IOException {
    baseUrl = wiremock.getHttpBaseUrl();
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    content = new byte[FILE_SIZE];
    new Random(42).nextBytes(content);
    file = Files.write(dir.resolve("report.bin"), content).toFile();
  }

  @Test
  void anUploadToAClosedPortFailsPromptlyAndLeavesNoThreadBehind() throws Exception {
    AssistantsClient client =
        AssistantsClient.builder().endpoint("http://127.0.0.1:" + closedPort).apiKey("k").build();
    Set<Thread> before = liveNonDaemonThreads();

    long start = System.nanoTime();
    Throwable thrown =
        catchThrowable(
            () -> client.files().uploadFile(client.apiVersion(), file, FilePurpose.ASSISTANTS));
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(thrown).isExactlyInstanceOf(ApiException.class);
    assertThat(thrown).hasCauseInstanceOf(ConnectException.class);
    assertThat(took).isLessThan(Duration.ofSeconds(10));
    assertNoThreadLeftBehind(before);
  }

  @Test
  void anUploadWhoseRequestInterceptorThrowsLeavesNoThreadBehind() throws Exception {
    AssistantsClient client =
        AssistantsClient.builder().endpoint(baseUrl).bearerTokenSupplier(() -> null).build();
    Set<Thread> before = liveNonDaemonThreads();

    Throwable thrown =
        catchThrowable(
            () -> client.files().uploadFile(client.apiVersion(), file, FilePurpose.ASSISTANTS));

    assertThat(thrown)
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("The bearer token supplier returned no token");
    assertNoThreadLeftBehind(before);
    assertThat(findAll(postRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void anUploadHasAContentLengthAndTheFileAndPurposeParts() throws Exception {
    stubFor(post(urlPathEqualTo("/openai/files")).willReturn(okJson(Fixtures.UPLOADED_FILE)));
    AssistantsClient client = AssistantsClient.builder().endpoint(baseUrl).apiKey("k").build();

    OpenAIFile uploaded =
        client.files().uploadFile(client.apiVersion(), file, FilePurpose.ASSISTANTS);

    assertThat(uploaded.getId()).isEqualTo("assistant-upload1");
    LoggedRequest request = findAll(postRequestedFor(urlPathEqualTo("/openai/files"))).get(0);
    assertThat(request.getHeader("Content-Length"))
        .isEqualTo(String.valueOf(request.getBody().length));
    assertThat(request.getBody().length).isGreaterThan(FILE_SIZE);
    assertThat(request.containsHeader("Transfer-Encoding")).isFalse();
    assertThat(request.getHeader("Content-Type")).startsWith("multipart/form-data; boundary=");
    assertThat(request.getParts())
        .extracting(Request.Part::getName)
        .containsExactly("file", "purpose");
    Request.Part filePart = request.getPart("file");
    assertThat(filePart.getHeader("Content-Disposition").firstValue())
        .isEqualTo("form-data; name=\"file\"; filename=\"report.bin\"");
    assertThat(filePart.getHeader("Content-Type").firstValue())
        .isEqualTo("application/octet-stream");
    assertThat(Arrays.equals(filePart.getBody().asBytes(), content)).isTrue();
    assertThat(request.getPart("purpose").getBody().asString()).isEqualTo("assistants");
  }

  /** The old writer thread hit the missing file after the request had started: a cut body. */
  @Test
  void aMissingFileFailsBeforeAnythingIsSent(@TempDir Path dir) {
    stubFor(post(urlPathEqualTo("/openai/files")).willReturn(okJson(Fixtures.UPLOADED_FILE)));
    AssistantsClient client = AssistantsClient.builder().endpoint(baseUrl).apiKey("k").build();
    File missing = dir.resolve("missing.csv").toFile();

    Throwable thrown =
        catchThrowable(
            () -> client.files().uploadFile(client.apiVersion(), missing, FilePurpose.ASSISTANTS));

    assertThat(thrown)
        .isExactlyInstanceOf(ApiException.class)
        .hasCauseInstanceOf(FileNotFoundException.class);
    assertThat(findAll(postRequestedFor(anyUrl()))).isEmpty();
  }

  /**
   * In a JVM of its own, with a private {@code java.io.tmpdir}: uploads that succeed, fail with 413
   * (still a typed exception: the response interceptor sees the response first), fail in the
   * request interceptor and fail to connect leave no temp file behind, and the JVM then exits by
   * itself.
   */
  @Test
  void theJvmExitsAndNoTempFileIsLeftWhateverTheOutcome(@TempDir Path tmp) throws Exception {
    stubFor(post(urlPathEqualTo("/openai/files")).willReturn(okJson(Fixtures.UPLOADED_FILE)));
    stubFor(
        post(urlPathEqualTo("/too-large/openai/files"))
            .willReturn(
                aResponse()
                    .withStatus(413)
                    .withBody(
                        "{\"error\":{\"message\":\"File exceeds the maximum allowed size of 512"
                            + " MB.\",\"type\":\"invalid_request_error\",\"param\":\"file\","
                            + "\"code\":null}}")));
    Path childTmp = Files.createDirectory(tmp.resolve("java.io.tmpdir"));

    ChildJvm.Result child =
        ChildJvm.run(
            List.of("-Djava.io.tmpdir=" + childTmp),
            Map.of(),
            60,
            "upload",
            baseUrl,
            String.valueOf(closedPort),
            file.getAbsolutePath());

    assertThat(child.exited()).as("the child JVM exits by itself: %s", child).isTrue();
    assertThat(child.exitCode()).as("%s", child).isZero();
    assertThat(child.value("ok")).as("%s", child).isEqualTo("returned OpenAIFile");
    assertThat(child.value("tooLarge")).as("%s", child).isEqualTo("threw PayloadTooLargeException");
    assertThat(child.value("noToken")).as("%s", child).isEqualTo("threw IllegalStateException");
    assertThat(child.value("closed"))
        .as("%s", child)
        .isEqualTo("threw ApiException caused by ConnectException");
    for (String call : List.of("ok", "tooLarge", "noToken", "closed")) {
      assertThat(child.value(call + ".tmpFiles")).as("%s: %s", call, child).isEqualTo("0");
    }
    assertThat(child.value("nonDaemonThreads")).as("%s", child).isEmpty();
    try (Stream<Path> left = Files.list(childTmp)) {
      assertThat(left).isEmpty();
    }
  }

  private static Set<Thread> liveNonDaemonThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && !t.isDaemon())
        .collect(Collectors.toSet());
  }

  /** Waits up to two seconds for every non-daemon thread started since {@code before} to end. */
  private static void assertNoThreadLeftBehind(Set<Thread> before) throws InterruptedException {
    Set<Thread> added = Set.of();
    for (int i = 0; i < 20; i++) {
      added = liveNonDaemonThreads();
      added.removeAll(before);
      if (added.isEmpty()) {
        break;
      }
      Thread.sleep(100);
    }
    assertThat(added)
        .as(
            "non-daemon threads left running: %s",
            added.stream()
                .map(t -> t.getName() + " " + Arrays.toString(t.getStackTrace()))
                .collect(Collectors.joining("\n")))
        .isEmpty();
    // Nor a daemon one stuck writing a request body into a pipe.
    assertThat(Thread.getAllStackTraces().values())
        .noneMatch(
            stack ->
                Arrays.stream(stack)
                    .anyMatch(
                        frame ->
                            frame.getClassName().startsWith("dev.assistantskit.client.api.")
                                && frame.getMethodName().startsWith("lambda$")));
  }
}
