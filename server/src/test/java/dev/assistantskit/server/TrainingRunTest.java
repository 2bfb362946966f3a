package dev.assistantskit.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code serve --training-run}, the launcher's AppCDS training: every answer as expected. */
class TrainingRunTest {
  @Test
  void theTrainingRunIsAnsweredAsExpectedAndExits() {
    StringWriter err = new StringWriter();
    CommandLine serve = new CommandLine(new ServeCommand()).setErr(new PrintWriter(err));

    int exit = serve.execute("--training-run", "--port", "1", "--https");

    assertThat(exit).as("exit code; stderr: %s", err).isZero();
  }

  @Test
  void itIsHiddenFromTheHelp() {
    StringWriter out = new StringWriter();
    new CommandLine(new ServeCommand()).setOut(new PrintWriter(out)).execute("--help");

    assertThat(out.toString()).contains("--api-key").doesNotContain("--training-run");
  }
}
