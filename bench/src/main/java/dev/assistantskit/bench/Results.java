package dev.assistantskit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Everything one benchmark run measured, and its rendering as Markdown. */
final class Results {
  Bench.Settings settings;
  Map<String, String> machine = new LinkedHashMap<>();
  final Map<String, String> toolVersions = new LinkedHashMap<>();
  final Map<String, String> commands = new LinkedHashMap<>();
  final Map<String, Double> sectionSeconds = new LinkedHashMap<>();
  final List<String> notes = new ArrayList<>();
  final List<String> failures = new ArrayList<>();
  final List<String> profiles = new ArrayList<>();
  List<String> emulatorClasspath = List.of();
  Path historyFile;
  double loadBefore;
  double loadAfter;
  double wallSeconds;
  final List<Startup> startups = new ArrayList<>();
  final List<Load> loads = new ArrayList<>();
  Runs runs;
  Scale scale;
  Conformance conformance;
  String commandLine = "./assistants bench";

  /** Cold starts of one server. */
  static final class Startup {
    final String name;
    final String detail;
    String command = "";
    final List<Long> nanos = new ArrayList<>();

    Startup(String name, String detail) {
      this.name = name;
      this.detail = detail;
    }

    void add(long value) {
      nanos.add(value);
    }

    double medianMillis() {
      List<Long> sorted = nanos.stream().sorted().toList();
      int n = sorted.size();
      if (n == 0) {
        return Double.NaN;
      }
      return (n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0)
          / 1e6;
    }

    double minMillis() {
      return nanos.stream().mapToLong(Long::longValue).min().orElse(0) / 1e6;
    }

    double maxMillis() {
      return nanos.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
    }
  }

  /** One measured load: a request kind against a server. */
  static final class Load {
    String target;
    Bench.Kind kind;
    double rps;
    double p50Millis;
    double p99Millis;
    double seconds;
    long errors;
    double serverCores;
    double generatorCores;
    String tool;
  }

  /** Scripted runs, create to terminal. */
  static final class Runs {
    int count;
    final Samples polling = new Samples();
    final Samples streaming = new Samples();
    final Samples firstEvent = new Samples();
    long polls;
    int notCompleted;
    final Map<String, Integer> odd = new LinkedHashMap<>();
  }

  /** A short and a long thread, and the emulator's memory. */
  static final class Scale {
    int small;
    int large;
    double fillPerSecond;
    final Samples smallList = new Samples();
    final Samples largeList = new Samples();
    Heap baseline;
    Heap after;
  }

  /** The conformance suite's wall time. */
  static final class Conformance {
    String command;
    double seconds = Double.NaN;
    int exitCode = -1;
    String summary = "";
    String note;
  }

  Optional<Load> load(String target, Bench.Kind kind) {
    return loads.stream().filter(l -> l.target.equals(target) && l.kind == kind).findFirst();
  }

  Optional<Startup> startup(String name) {
    return startups.stream().filter(s -> s.name.equals(name)).findFirst();
  }

  // ---------------------------------------------------------------- Markdown

  String markdown() {
    StringBuilder md = new StringBuilder();
    String date =
        ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    boolean quick = settings != null && settings.quick();
    md.append("# Benchmarks\n\n");
    md.append("Measured by `")
        .append(commandLine)
        .append("` on ")
        .append(date)
        .append(" UTC")
        .append(quick ? " (**quick smoke run: tiny counts, not a measurement**)" : "")
        .append(String.format(Locale.ROOT, ", in %.0f s. ", wallSeconds))
        .append(
            "The emulator — as `./assistants serve` runs it (its JVM flags and AppCDS archive),"
                + " and on the default JVM for comparison — is compared, on the same machine and"
                + " over localhost only, with"
                + " [WireMock](https://wiremock.org/) standalone (static stubs returning the"
                + " emulator's own JSON), [Prism](https://stoplight.io/open-source/prism)"
                + " (a mock of our contract, `spec/src/main/resources/openapi/assistants.yaml`)"
                + " and nginx serving the same JSON as static files — the HTTP ceiling of the"
                + " machine. Regenerate this file with `./assistants bench` (under 10 minutes);"
                + " `./assistants bench --quick` is the seconds-long smoke version the test suite"
                + " runs.\n\n");

    md.append("## Machine\n\n| | |\n|---|---|\n");
    machine.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
    toolVersions.forEach(
        (k, v) -> {
          if (!k.equals("JDK")) {
            md.append("| ").append(k).append(" | ").append(v).append(" |\n");
          }
        });
    md.append(
        String.format(
            Locale.ROOT,
            "| load average (1 min) | %.2f at the start, %.2f at the end |\n\n",
            loadBefore,
            loadAfter));

    targets(md);
    startupTable(md);
    throughputTable(md);
    runsTable(md);
    scaleTable(md);
    conformanceTable(md);
    history(md);
    method(md);

    md.append("## Commands\n\n");
    md.append("- benchmark: `").append(commandLine).append("`\n");
    commands.forEach((k, v) -> md.append("- ").append(k).append(": `").append(v).append("`\n"));
    loads.stream()
        .filter(l -> l.tool != null && l.tool.startsWith("/"))
        .findFirst()
        .ifPresent(
            l ->
                md.append("- load (one per request and server, e.g.): `")
                    .append(l.tool)
                    .append("` (the Lua script sets method, `api-key`, body; prints p50/p99)\n"));
    md.append("- server runtime class path: ")
        .append(emulatorClasspath.size())
        .append(" jars (the server module's runtime dependencies)\n\n");
    if (!notes.isEmpty()) {
      md.append("## Notes from this run\n\n");
      notes.forEach(n -> md.append("- ").append(n).append('\n'));
      md.append('\n');
    }
    return md.toString();
  }

  /**
   * What was changed to reach the targets, with the numbers before and after: a committed,
   * hand-written record ({@code bench/before-after.md}), since a run measures only its own source.
   */
  private void history(StringBuilder md) {
    if (historyFile == null || !Files.isRegularFile(historyFile)) {
      return;
    }
    try {
      md.append(Files.readString(historyFile, StandardCharsets.UTF_8).strip()).append("\n\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void targets(StringBuilder md) {
    md.append("## Targets\n\n| Target | Measured | Met |\n|---|---|---|\n");
    for (Bench.Kind kind : List.of(Bench.Kind.GET_ASSISTANT, Bench.Kind.POST_MESSAGE)) {
      Optional<Load> emulator = load("emulator", kind);
      Optional<Load> wiremock = load("WireMock", kind);
      Optional<Load> nginx = load("nginx", kind);
      target(
          md,
          kind.label + " throughput ≥ 2× WireMock's",
          emulator.flatMap(e -> wiremock.map(w -> e.rps / w.rps)),
          r -> String.format(Locale.ROOT, "%.2f×", r),
          r -> r >= 2);
      target(
          md,
          kind.label + " throughput ≥ 0.25× nginx's",
          emulator.flatMap(e -> nginx.map(n -> e.rps / n.rps)),
          r -> String.format(Locale.ROOT, "%.2f×", r),
          r -> r >= 0.25);
    }
    double worstP99 =
        loads.stream()
            .filter(l -> l.target.equals("emulator"))
            .mapToDouble(l -> l.p99Millis)
            .max()
            .orElse(Double.NaN);
    target(
        md,
        "p99 ≤ 10 ms (emulator, worst of the three requests, 32 connections)",
        Double.isNaN(worstP99) ? Optional.empty() : Optional.of(worstP99),
        r -> String.format(Locale.ROOT, "%.2f ms", r),
        r -> r <= 10);
    for (Startup s : startups) {
      if (s.name.startsWith("emulator")) {
        target(
            md,
            "startup ≤ 0.5 s (" + s.name + ")",
            Optional.of(s.medianMillis()),
            r -> String.format(Locale.ROOT, "%.0f ms", r),
            r -> r <= 500);
      }
    }
    if (startups.isEmpty()) {
      target(md, "startup ≤ 0.5 s", Optional.empty(), r -> "", r -> false);
    }
    Optional<Runs> r = Optional.ofNullable(runs);
    target(
        md,
        "scripted run p50 ≤ 10 ms (polling)",
        r.map(x -> x.polling.p50Millis()),
        v -> String.format(Locale.ROOT, "%.2f ms", v),
        v -> v <= 10);
    target(
        md,
        "scripted run p50 ≤ 10 ms (streaming, to `done`)",
        r.map(x -> x.streaming.p50Millis()),
        v -> String.format(Locale.ROOT, "%.2f ms", v),
        v -> v <= 10);
    Optional<Scale> s = Optional.ofNullable(scale);
    target(
        md,
        "list of a "
            + (s.map(x -> String.format("%,d", x.large)).orElse("100,000"))
            + "-message thread ≤ 2× that of a 100-message thread (p50)",
        s.map(x -> x.largeList.p50Millis() / x.smallList.p50Millis()),
        v -> String.format(Locale.ROOT, "%.2f×", v),
        v -> v <= 2);
    target(
        md,
        (s.map(x -> String.format("%,d", x.large)).orElse("100,000"))
            + " messages in ≤ 256 MB of heap (live heap after GC)",
        s.filter(x -> x.after != null && x.after.liveBytes > 0).map(x -> x.after.liveBytes / 1e6),
        v -> String.format(Locale.ROOT, "%.0f MB", v),
        v -> v <= 256);
    md.append('\n');
  }

  private static void target(
      StringBuilder md,
      String name,
      Optional<Double> value,
      java.util.function.Function<Double, String> format,
      java.util.function.Predicate<Double> met) {
    md.append("| ").append(name).append(" | ");
    if (value.isEmpty() || value.get().isNaN()) {
      md.append("not measured | — |\n");
      return;
    }
    md.append(format.apply(value.get()))
        .append(" | ")
        .append(met.test(value.get()) ? "yes" : "**no**")
        .append(" |\n");
  }

  private void startupTable(StringBuilder md) {
    if (startups.isEmpty()) {
      return;
    }
    int n = startups.get(0).nanos.size();
    md.append("## Startup\n\nProcess start to the first 200 of `GET /openai/assistants`")
        .append(" (Prism: `GET /assistants`), a cold JVM or Node each time (the OS page cache is")
        .append(" warm), polled on a fresh connection every millisecond; ")
        .append(n)
        .append(n == 1 ? " start" : " starts")
        .append(" each.\n\n");
    md.append("| Server | median | min | max | × the emulator's median | |\n");
    md.append("|---|---:|---:|---:|---:|---|\n");
    double base = startup("emulator").map(Startup::medianMillis).orElse(Double.NaN);
    for (Startup s : startups) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %.0f ms | %.0f ms | %.0f ms | %.2f× | %s |\n",
              s.name,
              s.medianMillis(),
              s.minMillis(),
              s.maxMillis(),
              s.medianMillis() / base,
              s.detail));
    }
    md.append('\n');
  }

  private void throughputTable(StringBuilder md) {
    if (loads.isEmpty()) {
      return;
    }
    Bench.Settings s = settings;
    md.append("## Throughput and latency\n\n")
        .append(s.connections())
        .append(" connections, closed loop (each sends its next request when the answer")
        .append(" arrives), ")
        .append(fmt(s.measureSeconds()))
        .append(" s measured per request and server, after ")
        .append(fmt(s.warmupSeconds()))
        .append(" s of warm-up of each of the three requests and ")
        .append(fmt(s.rewarmSeconds()))
        .append(" s more of the one measured. The same ids and paths everywhere")
        .append(" (Prism answers any id with the contract's examples). CPU is what the server's")
        .append(" processes and the load generator used during the measured seconds, from")
        .append(" `/proc` (2 cores = 2.00).\n\n");
    md.append(
        "| Request | Server | req/s | p50 | p99 | server CPU | load generator CPU |"
            + " req per server CPU-second | emulator ÷ this (req/s) |\n");
    md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Bench.Kind kind : Bench.Kind.values()) {
      Optional<Load> emulator = load("emulator", kind);
      for (String target : List.of("emulator", Bench.DEFAULT_JVM, "WireMock", "Prism", "nginx")) {
        load(target, kind)
            .ifPresent(
                l ->
                    md.append(
                        String.format(
                            Locale.ROOT,
                            "| %s | %s | %,.0f | %.2f ms | %.2f ms | %.2f | %.2f | %,.0f | %s |%s\n",
                            kind.label,
                            target,
                            l.rps,
                            l.p50Millis,
                            l.p99Millis,
                            l.serverCores,
                            l.generatorCores,
                            l.rps / Math.max(0.01, l.serverCores),
                            emulator
                                .map(
                                    e ->
                                        target.equals("emulator")
                                            ? "—"
                                            : String.format(Locale.ROOT, "%.2f×", e.rps / l.rps))
                                .orElse(""),
                            l.errors > 0 ? " " + l.errors + " errors" : "")));
      }
    }
    md.append('\n');
  }

  private void runsTable(StringBuilder md) {
    if (runs == null) {
      return;
    }
    md.append("## Runs\n\n")
        .append(String.format("%,d", runs.count))
        .append(" scripted runs each way (`POST /_emulator/scripts` with `{\"times\": N,")
        .append(" \"turns\": [{\"reply\": \"ok\"}]}`), one at a time on one keep-alive")
        .append(" connection, each on a new thread holding one user message (made untimed).")
        .append(" Timed from sending create-run to seeing the run terminal.\n\n");
    md.append("| Mode | p50 | p99 | |\n|---|---:|---:|---|\n");
    md.append(
        String.format(
            Locale.ROOT,
            "| polling (`GET` the run again at once until terminal) | %.2f ms | %.2f ms |"
                + " %.1f GETs per run |\n",
            runs.polling.p50Millis(),
            runs.polling.p99Millis(),
            runs.polls / (double) Math.max(1, runs.count)));
    md.append(
        String.format(
            Locale.ROOT,
            "| streaming (`stream: true`), to the `done` event | %.2f ms | %.2f ms | |\n",
            runs.streaming.p50Millis(),
            runs.streaming.p99Millis()));
    md.append(
        String.format(
            Locale.ROOT,
            "| streaming, time to the first event | %.2f ms | %.2f ms | |\n",
            runs.firstEvent.p50Millis(),
            runs.firstEvent.p99Millis()));
    if (runs.notCompleted > 0) {
      md.append("\n**")
          .append(runs.notCompleted)
          .append(" of the measured runs did not end as expected** (a stream that ends before the")
          .append(" run's terminal event and `done` is a bug):\n\n");
      runs.odd.forEach(
          (what, n) -> md.append("- ").append(n).append(" × ").append(what).append('\n'));
    }
    md.append('\n');
  }

  private void scaleTable(StringBuilder md) {
    if (scale == null) {
      return;
    }
    md.append("## Scale\n\nA fresh emulator; one thread of ")
        .append(String.format("%,d", scale.small))
        .append(" messages and one of ")
        .append(String.format("%,d", scale.large))
        .append(
            String.format(
                Locale.ROOT,
                " (created at %,.0f messages/s over 4 connections).",
                scale.fillPerSecond))
        .append(" `GET …/messages?limit=20` on each, alternately, one connection, ")
        .append(scale.smallList.count())
        .append(" times each after a warm-up.\n\n");
    md.append(
        String.format(
            "| List 20 messages | %,d messages | %,d messages | ratio |\n",
            scale.small, scale.large));
    md.append("|---|---:|---:|---:|\n");
    md.append(
        String.format(
            Locale.ROOT,
            "| p50 | %.3f ms | %.3f ms | %.2f× |\n| p99 | %.3f ms | %.3f ms | %.2f× |\n\n",
            scale.smallList.p50Millis(),
            scale.largeList.p50Millis(),
            scale.largeList.p50Millis() / scale.smallList.p50Millis(),
            scale.smallList.p99Millis(),
            scale.largeList.p99Millis(),
            scale.largeList.p99Millis() / scale.smallList.p99Millis()));
    if (scale.after != null && scale.baseline != null) {
      Heap b = scale.baseline;
      Heap a = scale.after;
      md.append("| Emulator memory | at start | with the threads above | difference |\n");
      md.append("|---|---:|---:|---:|\n");
      md.append(
          String.format(
              Locale.ROOT,
              "| live heap after a full GC (`jcmd GC.class_histogram`) | %.1f MB | %.1f MB |"
                  + " %.1f MB (%,.0f bytes per message) |\n",
              b.liveBytes / 1e6,
              a.liveBytes / 1e6,
              (a.liveBytes - b.liveBytes) / 1e6,
              (a.liveBytes - b.liveBytes) / (double) (scale.large + scale.small)));
      md.append(
          String.format(
              Locale.ROOT,
              "| RSS (`VmRSS`) | %.1f MB | %.1f MB | %.1f MB |\n",
              b.rssKb / 1024.0,
              a.rssKb / 1024.0,
              (a.rssKb - b.rssKb) / 1024.0));
      md.append(
          String.format(
              Locale.ROOT,
              "| peak RSS (`VmHWM`) | %.1f MB | %.1f MB | |\n\n",
              b.hwmKb / 1024.0,
              a.hwmKb / 1024.0));
      if (!a.top.isEmpty()) {
        md.append("Largest classes on the heap with the threads above:\n\n");
        md.append("| Class | instances | MB |\n|---|---:|---:|\n");
        for (Heap.Row row : a.top) {
          md.append(
              String.format(
                  Locale.ROOT,
                  "| `%s` | %,d | %.1f |\n",
                  row.className(),
                  row.instances(),
                  row.bytes() / 1e6));
        }
        md.append('\n');
      }
    }
  }

  private void conformanceTable(StringBuilder md) {
    if (conformance == null) {
      return;
    }
    md.append("## Conformance suite\n\n");
    if (Double.isNaN(conformance.seconds)) {
      md.append("Not timed: ").append(conformance.note).append("\n\n");
      return;
    }
    md.append(
        String.format(
            Locale.ROOT,
            "`%s` (against an emulator it embeds; the build before it is not timed): **%.1f s**,"
                + " exit %d — %s%s\n\n",
            conformance.command,
            conformance.seconds,
            conformance.exitCode,
            conformance.summary,
            conformance.note == null ? "" : " (" + conformance.note + ")"));
  }

  private void method(StringBuilder md) {
    md.append("## How the numbers are made\n\n");
    md.append(
        "- **Two cores, shared.** The load generator runs on the same 2 cores as the server, so"
            + " every req/s figure is what the server manages while the generator takes its share;"
            + " the CPU columns show the split. *req per server CPU-second* divides out the"
            + " generator and is the fairest comparison of the servers' own cost per request."
            + " wrk (C, 2 threads, one per core) is used when present because it costs several"
            + " times less CPU per request than a Java generator.\n");
    md.append(
        "- **Closed loop.** Latency is per request under saturation: with 32 connections it is"
            + " mostly queueing (p50 ≈ 32 ÷ req/s), so p99 says how evenly a server shares its"
            + " cores.\n");
    md.append(
        "- **Same answers.** WireMock and nginx serve, byte for byte, the JSON the emulator"
            + " answered for the same request; Prism answers its examples (its bodies differ in"
            + " size). nginx answers `POST` with the static file through `error_page 405 =200"
            + " $uri`; WireMock runs with `--no-request-journal` (its best case).\n");
    md.append(
        "- **Startup** is measured to the first successful answer, not to a log line; Prism is"
            + " started through `npx` with its package already in npx's cache.\n");
    md.append(
        "- **Runs** are scripted through the control plane, so the model's cost is nil and what is"
            + " measured is the emulator's run machinery (executor hand-offs, state machine,"
            + " events).\n");
    md.append(
        "- **Profiling.** `./assistants bench --profile` records the emulator with JFR in the"
            + " throughput, runs and scale sections (`jfr print --events jdk.ExecutionSample`);"
            + " `--emulator-opts \"FLAGS\"` measures a JVM tuning, `--wait-for-quiet SECONDS`"
            + " waits for the machine to settle first.\n\n");
  }

  private static String fmt(double seconds) {
    return seconds == Math.rint(seconds)
        ? Long.toString((long) seconds)
        : String.format(Locale.ROOT, "%.1f", seconds);
  }
}
