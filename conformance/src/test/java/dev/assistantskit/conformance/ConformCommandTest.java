package dev.assistantskit.conformance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code ./assistants conform} as its launcher runs it ({@link ConformCommand#commandLine()}, in
 * this JVM), on a few scenarios: its exit code, what it prints and the reports it writes.
 */
class ConformCommandTest {
  /** Three scenarios, one of which ("A deleted assistant is gone") deletes an assistant. */
  private static final String FEW = "@op:deleteAssistant and not @slow";

  private static final List<String> REPORTS =
      List.of("cucumber.html", "cucumber.json", "cucumber-junit.xml", "coverage.md");

  @TempDir Path reports;
  private WireMockServer proxy;

  /** What one execution returned and printed. */
  private record Execution(int exitCode, String out, String err) {}

  @AfterEach
  void stopProxy() {
    if (proxy != null) {
      proxy.stop();
    }
  }

  private static Execution conform(String... args) {
    PrintStream systemOut = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      CommandLine command = ConformCommand.commandLine();
      command.setErr(new PrintWriter(err, true));
      int exitCode = command.execute(args);
      return new Execution(exitCode, out.toString(StandardCharsets.UTF_8), err.toString());
    } finally {
      System.setOut(systemOut);
    }
  }

  @Test
  void againstTheEmbeddedEmulatorItConformsAndWritesEveryReport() throws IOException {
    Execution run = conform("--tags", FEW, "--report-dir", reports.toString());

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out())
        .contains("Checking the embedded emulator at http://")
        .contains("Running 3 scenarios")
        .contains("passed  Assistants › A deleted assistant is gone")
        .contains("CONFORMS: 3 passed, 0 failed, 0 skipped");
    for (String report : REPORTS) {
      Path file = reports.resolve(report);
      assertThat(file).as(report).isRegularFile();
      assertThat(Files.size(file)).as(report + " size").isPositive();
    }
    assertThat(Files.readString(reports.resolve("cucumber.json")))
        .contains("A deleted assistant is gone");
    assertThat(Files.readString(reports.resolve("cucumber-junit.xml")))
        .contains("tests=\"3\"")
        .contains("failures=\"0\"");
    assertThat(Files.readString(reports.resolve("coverage.md")))
        .contains("# Operation coverage")
        .contains("- A deleted assistant is gone (assistants.feature)");
  }

  @Test
  void againstABrokenTargetItDoesNotConformAndExits1() {
    Target emulator = Target.embedded(null, null);
    proxy =
        new WireMockServer(
            options().dynamicPort().extensions(new BrokenTargetTest.ResurrectsDeletedAssistants()));
    proxy.start();
    proxy.stubFor(
        any(anyUrl()).willReturn(aResponse().proxiedFrom(emulator.endpoint().toString())));

    Execution run =
        conform(
            "--endpoint",
            proxy.baseUrl(),
            "--api-key",
            emulator.apiKey(),
            "--tags",
            FEW,
            "--report-dir",
            reports.toString());

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.out())
        .contains("Checking " + proxy.baseUrl() + " (api-version 2024-05-01-preview")
        .contains("failed  Assistants › A deleted assistant is gone")
        .contains("Failures (1):")
        .contains("the request was expected to be refused, but it was answered 200:")
        .contains("DOES NOT CONFORM: 2 passed, 1 failed, 0 skipped");
    assertThat(reports.resolve("cucumber-junit.xml")).isNotEmptyFile();
  }

  @Test
  void anEndpointThatAnswersNothingExits1BeforeAnyScenario() {
    Execution run =
        conform(
            "--endpoint",
            "http://127.0.0.1:1",
            "--api-key",
            "k",
            "--report-dir",
            reports.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("Cannot reach http://127.0.0.1:1/openai: ");
    assertThat(reports.resolve("cucumber.json")).doesNotExist();
  }

  @Test
  void anEndpointWithoutAKeyIsAWrongCommandLine() {
    assumeTrue(Target.setting(Target.API_KEY) == null, Target.API_KEY + " is set here");

    Execution run = conform("--endpoint", "http://127.0.0.1:1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo("conform: --endpoint needs --api-key (or ASSISTANTS_API_KEY) (see --help)");
    assertThat(run.out()).doesNotContain("Checking");
  }

  @Test
  void aTagExpressionThatDoesNotParseIsAWrongCommandLineNamingIt() {
    Execution run = conform("--tags", "bad ((", "--report-dir", reports.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo(
            "conform: --tags \"bad ((\" is not a Cucumber tag expression: syntax error: Expected"
                + " operator. (see --help)")
        .doesNotContain("\n")
        .doesNotContain("Exception");
    assertThat(run.out()).doesNotContain("Checking");
    assertThat(reports).isEmptyDirectory();
  }

  @Test
  void anUnknownOptionIsAWrongCommandLine() {
    Execution run = conform("--no-such-option");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip())
        .startsWith("conform: Unknown option: '--no-such-option'")
        .doesNotContain("\n");
  }

  @Test
  void coverageListsTheScenariosOfEachOperationAndExits0() {
    Execution run = conform("--coverage");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("| `deleteAssistant` | 3 | covered |")
        .contains("### `deleteAssistant` (3)")
        .contains("- A deleted assistant is gone (assistants.feature)");
  }
}
