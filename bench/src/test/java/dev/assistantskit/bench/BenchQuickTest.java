package dev.assistantskit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs {@code ./assistants bench --quick} so the harness cannot rot. It checks that every section
 * ran and the report was written — never the numbers, which depend on the machine.
 */
class BenchQuickTest {
  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void theQuickBenchmarkRunsEverySectionAndWritesItsReport() throws Exception {
    Path output = Path.of("target/bench-quick.md").toAbsolutePath();
    Files.deleteIfExists(output);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit =
        BenchCommand.execute(
            new String[] {
              "--quick", "--output", output.toString(), "--work-dir", "target/bench-quick"
            },
            new PrintStream(out, true, StandardCharsets.UTF_8),
            System.err);

    assertThat(exit).as("exit code (progress is on stderr)").isZero();
    String report = Files.readString(output);
    assertThat(report)
        .contains("quick smoke run")
        .contains("## Machine")
        .contains("## Targets")
        .contains("## Startup")
        .contains("## Throughput and latency")
        .contains("| GET one assistant | emulator |")
        .contains("| POST one message | emulator |")
        .contains("| list 20 messages | emulator |")
        .contains("## Runs")
        .contains("## Scale");
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("# Benchmarks");
  }
}
