package dev.assistantskit.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./assistants bench}: measures the emulator on this machine side by side with WireMock,
 * Prism and nginx, and writes the table to BENCHMARKS.md.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Measures the emulator against WireMock (static stubs), Prism (a mock of the contract) and"
          + " nginx (static files) on this machine, over localhost: startup, throughput and"
          + " latency, scripted runs, scale, and the conformance suite's wall time.",
      "Writes the table to BENCHMARKS.md (full run, under 10 minutes). --quick is a"
          + " seconds-long smoke run that needs no external tool.",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every section ran (a missing external tool is a note, not a failure)",
      "1:a section failed",
      "2:the command line is wrong"
    })
public final class BenchCommand implements Callable<Integer> {
  static final List<String> PARTS =
      List.of(
          "throughput",
          "startup",
          "runs",
          "scale",
          "conformance",
          "cds",
          "wiremock",
          "prism",
          "nginx",
          "wrk");

  @Option(
      names = "--quick",
      description =
          "Smoke run: tiny counts, the Java load generator, nothing fetched; external tools"
              + " are used only if already present. Writes no file unless --output is given.")
  boolean quick;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description =
          "Where the Markdown goes (default: BENCHMARKS.md at the root; none for --quick).")
  Path output;

  @Option(
      names = "--root",
      paramLabel = "DIR",
      description = "The assistants-kit checkout (default: found from the current directory).")
  Path root;

  @Option(
      names = "--work-dir",
      paramLabel = "DIR",
      description = "Scratch space for logs, stubs, archives (default: <root>/bench/target/bench).")
  Path workDir;

  @Option(
      names = "--skip",
      split = ",",
      paramLabel = "PART",
      description =
          "Parts to leave out: throughput, startup, runs, scale, conformance, cds, wiremock,"
              + " prism, nginx, wrk.")
  List<String> skip = List.of();

  @Option(
      names = "--no-fetch",
      description = "Do not fetch missing tools (WireMock with Maven, Prism with npx, apt-get).")
  boolean noFetch;

  @Option(
      names = "--profile",
      description =
          "Record the emulator with JFR (settings=profile) in the throughput, runs and scale"
              + " sections; the .jfr files are listed at the end.")
  boolean profile;

  @Option(
      names = "--emulator-opts",
      paramLabel = "FLAGS",
      description =
          "Extra JVM flags for every emulator started, space-separated (e.g."
              + " \"-XX:TieredStopAtLevel=1\"), to measure a tuning.")
  String emulatorOpts = "";

  @Option(
      names = "--wait-for-quiet",
      paramLabel = "SECONDS",
      defaultValue = "0",
      description =
          "Wait up to this long for the 1-minute load average to fall below 0.5 before starting.")
  int waitForQuiet;

  public static void main(String[] args) {
    System.exit(execute(args, System.out, System.err));
  }

  /** Runs the command with its output on {@code out} and progress on {@code err}. */
  public static int execute(String[] args, PrintStream out, PrintStream err) {
    CommandLine line = new CommandLine(new BenchCommand());
    line.setOut(new java.io.PrintWriter(out, true, StandardCharsets.UTF_8));
    line.setErr(new java.io.PrintWriter(err, true, StandardCharsets.UTF_8));
    BenchCommand command = line.getCommand();
    command.progress = err;
    command.stdout = out;
    return line.execute(args);
  }

  private PrintStream progress = System.err;
  private PrintStream stdout = System.out;

  @Override
  public Integer call() {
    Set<String> parts = new HashSet<>();
    for (String part : skip) {
      if (!PARTS.contains(part.strip())) {
        throw new CommandLine.ParameterException(
            new CommandLine(this), "unknown part '" + part + "'; one of " + PARTS);
      }
      parts.add(part.strip());
    }
    Path checkout = root != null ? root.toAbsolutePath() : findRoot();
    Path work = workDir != null ? workDir.toAbsolutePath() : checkout.resolve("bench/target/bench");
    try {
      Files.createDirectories(work);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    waitForQuiet();
    Bench.Settings settings =
        quick
            ? Bench.Settings.quick(parts, profile, opts())
            : Bench.Settings.full(parts, !noFetch, profile, opts());
    Results results = new Bench(settings, checkout, work, progress).run();
    results.commandLine = commandLine();
    String markdown = results.markdown();
    stdout.println(markdown);
    Path target = output != null ? output : quick ? null : checkout.resolve("BENCHMARKS.md");
    if (target != null) {
      try {
        Files.writeString(target, markdown, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      progress.println("bench: wrote " + target.toAbsolutePath());
    }
    if (!results.profiles.isEmpty()) {
      progress.println("bench: JFR recordings: " + String.join(", ", results.profiles));
    }
    if (!results.failures.isEmpty()) {
      progress.println("bench: failed sections: " + results.failures);
      return 1;
    }
    return 0;
  }

  private List<String> opts() {
    return emulatorOpts.isBlank() ? List.of() : List.of(emulatorOpts.strip().split("\\s+"));
  }

  private String commandLine() {
    StringBuilder line = new StringBuilder("./assistants bench");
    if (quick) {
      line.append(" --quick");
    }
    if (!skip.isEmpty()) {
      line.append(" --skip ").append(String.join(",", skip));
    }
    if (noFetch) {
      line.append(" --no-fetch");
    }
    if (profile) {
      line.append(" --profile");
    }
    if (!emulatorOpts.isBlank()) {
      line.append(" --emulator-opts \"").append(emulatorOpts.strip()).append('"');
    }
    return line.toString();
  }

  private void waitForQuiet() {
    long deadline = System.nanoTime() + waitForQuiet * 1_000_000_000L;
    boolean told = false;
    while (Machine.loadAverage() >= 0.5 && System.nanoTime() < deadline) {
      if (!told) {
        progress.printf(
            "bench: waiting up to %d s for the load average (%.2f) to fall below 0.5...%n",
            waitForQuiet, Machine.loadAverage());
        told = true;
      }
      Proc.sleep(5000);
    }
  }

  /** The nearest folder up from here, or from where this class was loaded, holding the contract. */
  static Path findRoot() {
    List<Path> starts = new java.util.ArrayList<>();
    starts.add(Path.of("").toAbsolutePath());
    try {
      starts.add(
          Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    } catch (java.net.URISyntaxException | RuntimeException e) {
      // only the working directory then
    }
    for (Path start : starts) {
      for (Path dir = start; dir != null; dir = dir.getParent()) {
        if (Files.isRegularFile(dir.resolve("spec/src/main/resources/openapi/assistants.yaml"))) {
          return dir;
        }
      }
    }
    throw new IllegalStateException(
        "cannot find the assistants-kit checkout from " + starts + "; pass --root");
  }
}
