package dev.assistantskit.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated-code defect 3: {@code downloadFile} created {@code tempDir.resolve(filename)} with the
 * file name of the response's Content-Disposition, so {@code filename="../x.txt"} wrote {@code
 * /tmp/x.txt}. The template override keeps only the last path segment and refuses an empty name,
 * {@code .} and {@code ..} (the download then gets a temp file name of its own).
 */
@WireMockTest
class DownloadFilenameTest {
  private static final String ID = UUID.randomUUID().toString();
  private static final byte[] BODY = "col\n1\n".getBytes(StandardCharsets.UTF_8);

  private final Path tmpDir = Path.of(System.getProperty("java.io.tmpdir"));
  private AssistantsClient client;
  private File downloaded;

  @BeforeEach
  void setUp(WireMockRuntimeInfo wiremock) {
    client = AssistantsClient.builder().endpoint(wiremock.getHttpBaseUrl()).apiKey("k").build();
  }

  @AfterEach
  void deleteDownload() throws IOException {
    if (downloaded != null) {
      Path file = downloaded.toPath();
      Files.deleteIfExists(file);
      if (!file.getParent().equals(tmpDir)) {
        Files.deleteIfExists(file.getParent());
      }
    }
  }

  /** Content-Disposition filename, and the name the download should get (null: a temp name). */
  static Stream<Arguments> dispositions() {
    return Stream.of(
        Arguments.of("attachment; filename=\"report.csv\"", "report.csv"),
        Arguments.of("attachment; filename=\"../evil-" + ID + ".txt\"", "evil-" + ID + ".txt"),
        Arguments.of(
            "attachment; filename=\"../../../../../../../../../../tmp/evil-" + ID + ".txt\"",
            "evil-" + ID + ".txt"),
        Arguments.of(
            "attachment; filename=\"" + outside().resolve("abs-" + ID + ".txt") + "\"",
            "abs-" + ID + ".txt"),
        Arguments.of("attachment; filename=..\\evil-" + ID + ".txt", "evil-" + ID + ".txt"),
        Arguments.of("attachment; filename=\"sub/dir/report.csv\"", "report.csv"),
        Arguments.of("attachment; filename=\"..\"", null),
        Arguments.of("attachment; filename=\".\"", null),
        Arguments.of("attachment; filename=\"a/..\"", null),
        Arguments.of("attachment; filename=\"/\"", null));
  }

  /** A directory outside the download directories, where an absolute file name points. */
  private static Path outside() {
    return Path.of(System.getProperty("java.io.tmpdir"), "download-filename-test-" + ID);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dispositions")
  void aDownloadStaysInsideItsTempDirectory(String disposition, String expectedName)
      throws Exception {
    Files.createDirectories(outside());
    stubFor(
        get(urlPathEqualTo("/openai/files/assistant-x/content"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/octet-stream")
                    .withHeader("Content-Disposition", disposition)
                    .withBody(BODY)));
    try {
      downloaded = client.files().downloadFile("assistant-x", client.apiVersion());

      Path file = downloaded.toPath();
      assertThat(Files.readAllBytes(file)).isEqualTo(BODY);
      assertThat(file.normalize()).isEqualTo(file);
      assertThat(file.toRealPath()).startsWith(tmpDir.toRealPath());
      if (expectedName != null) {
        assertThat(file.getFileName()).hasToString(expectedName);
        // In a directory of its own, created for this download, directly in java.io.tmpdir.
        assertThat(file.getParent().getParent()).isEqualTo(tmpDir);
        try (Stream<Path> siblings = Files.list(file.getParent())) {
          assertThat(siblings).containsExactly(file);
        }
      } else {
        assertThat(file.getParent()).isEqualTo(tmpDir);
        assertThat(file.getFileName().toString()).startsWith("download-");
      }
      // Nothing was written where the name pointed.
      assertThat(tmpDir.resolve("evil-" + ID + ".txt")).doesNotExist();
      assertThat(Path.of("/tmp", "evil-" + ID + ".txt")).doesNotExist();
      try (Stream<Path> inOutside = Files.list(outside())) {
        assertThat(inOutside).isEmpty();
      }
    } finally {
      Files.deleteIfExists(tmpDir.resolve("evil-" + ID + ".txt"));
      Files.deleteIfExists(Path.of("/tmp", "evil-" + ID + ".txt"));
      Files.deleteIfExists(outside().resolve("abs-" + ID + ".txt"));
      Files.deleteIfExists(outside());
    }
  }
}
