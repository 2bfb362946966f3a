package dev.assistantskit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The benchmark: the emulator side by side with WireMock (static stubs of the same JSON), Prism (a
 * mock of our contract) and nginx (a static file, the HTTP ceiling of the machine), measured on
 * this machine over localhost. Each section catches its own failure so the others still report.
 */
final class Bench {
  static final String SERVE_MAIN = "dev.assistantskit.server.ServeCommand";

  /** The emulator on the default JVM, without the launcher's flags and archive. */
  static final String DEFAULT_JVM = "emulator, default JVM";

  static final String CONFORM_MAIN = "dev.assistantskit.conformance.ConformCommand";
  static final String API_VERSION = "2024-05-01-preview";
  static final String V = "?api-version=" + API_VERSION;
  static final String KEY = "bench-key";
  static final String MESSAGE = "{\"role\":\"user\",\"content\":\"Hello from the benchmark.\"}";
  static final Set<String> TERMINAL =
      Set.of("completed", "failed", "cancelled", "expired", "incomplete", "requires_action");

  /** How much of everything: the full benchmark or the seconds-long smoke run. */
  record Settings(
      boolean quick,
      int startupRuns,
      int connections,
      double warmupSeconds,
      double rewarmSeconds,
      double measureSeconds,
      int runs,
      int runWarmup,
      int scaleSmall,
      int scaleLarge,
      int listSamples,
      boolean fetch,
      boolean profile,
      Set<String> skip,
      List<String> emulatorOpts) {
    static Settings full(
        Set<String> skip, boolean fetch, boolean profile, List<String> emulatorOpts) {
      return new Settings(
          false,
          5,
          32,
          5,
          1,
          10,
          1000,
          200,
          100,
          100_000,
          2000,
          fetch,
          profile,
          skip,
          emulatorOpts);
    }

    static Settings quick(Set<String> skip, boolean profile, List<String> emulatorOpts) {
      return new Settings(
          true, 1, 4, 0.2, 0.1, 0.5, 20, 5, 100, 2_000, 100, false, profile, skip, emulatorOpts);
    }

    boolean skips(String part) {
      return skip.contains(part);
    }
  }

  /** The three requests measured under load, with their paths below the API prefix. */
  enum Kind {
    GET_ASSISTANT("GET one assistant", "GET"),
    POST_MESSAGE("POST one message", "POST"),
    LIST_MESSAGES("list 20 messages", "GET");

    final String label;
    final String method;

    Kind(String label, String method) {
      this.label = label;
      this.method = method;
    }
  }

  /** Ids and bodies captured from the emulator, served as they are by the static stubs. */
  record Fixture(
      String assistantId,
      String listThreadId,
      String postThreadId,
      String listAssistantsBody,
      String assistantBody,
      String messageBody,
      String listBody) {
    String path(Kind kind) {
      return switch (kind) {
        case GET_ASSISTANT -> "/assistants/" + assistantId + V;
        case POST_MESSAGE -> "/threads/" + postThreadId + "/messages" + V;
        case LIST_MESSAGES -> "/threads/" + listThreadId + "/messages" + V + "&limit=20";
      };
    }

    /** The path without its query: what a static stub or file answers. */
    String route(Kind kind) {
      String path = path(kind);
      return path.substring(0, path.indexOf('?'));
    }

    String body(Kind kind) {
      return switch (kind) {
        case GET_ASSISTANT -> assistantBody;
        case POST_MESSAGE -> messageBody;
        case LIST_MESSAGES -> listBody;
      };
    }
  }

  private final Settings settings;
  private final Path root;
  private final Path work;
  private final PrintStream log;
  private final Tools tools;
  private final ObjectMapper json = new ObjectMapper();
  private final List<String> classpath = Tools.emulatorClasspath();
  private final Results results = new Results();
  private Optional<Path> wiremockJar = Optional.empty();
  private Optional<List<String>> prism = Optional.empty();
  private Optional<Path> nginx = Optional.empty();
  private Optional<Path> wrk = Optional.empty();
  private Fixture fixture;

  /**
   * The java command {@code ./assistants serve} runs (its JVM flags and AppCDS archive), without
   * serve's own options; empty in a quick run or when the launcher cannot give it, and then the
   * "emulator" is the plain command.
   */
  private List<String> serveCommand = List.of();

  Bench(Settings settings, Path root, Path work, PrintStream log) {
    this.settings = settings;
    this.root = root;
    this.work = work;
    this.log = log;
    this.tools = new Tools(settings.fetch(), this::note, line -> say("  " + line));
  }

  Results run() {
    results.settings = settings;
    results.machine = Machine.describe();
    results.machine.put("source", Machine.revision(root));
    results.loadBefore = Machine.loadAverage();
    results.emulatorClasspath = classpath;
    results.historyFile = root.resolve("bench/before-after.md");
    long start = System.nanoTime();
    say(
        "assistants-kit bench ("
            + (settings.quick() ? "quick" : "full")
            + ") on "
            + results.machine.get("CPU")
            + "; load average "
            + results.loadBefore);
    if (results.loadBefore > 0.5) {
      note(
          "the machine was busy when the run started (1-minute load average "
              + results.loadBefore
              + "); numbers are disturbed");
    }
    locateTools();
    if (!settings.quick()) {
      serveCommand = launcherServeCommand();
    }
    section("throughput", this::throughput);
    section("startup", this::startup);
    section("runs", this::runs);
    section("scale", this::scale);
    section("conformance", this::conformance);
    results.loadAfter = Machine.loadAverage();
    results.wallSeconds = (System.nanoTime() - start) / 1e9;
    say(String.format("done in %.1f s", results.wallSeconds));
    return results;
  }

  private void locateTools() {
    if (!settings.skips("wiremock")) {
      wiremockJar = tools.wiremockJar();
      wiremockJar.ifPresent(j -> results.commands.put("WireMock jar", j.toString()));
    }
    if (!settings.skips("nginx")) {
      nginx = tools.nginx();
    }
    if (!settings.quick() && !settings.skips("wrk")) {
      wrk = tools.wrk();
      if (wrk.isEmpty()) {
        note("wrk is absent: load is generated by the Java load generator instead");
      }
    }
    if (!settings.skips("prism")) {
      prism = tools.prism();
    }
    results.toolVersions.put("JDK", Machine.jdk());
    results.toolVersions.put(
        "WireMock",
        wiremockJar.map(j -> "wiremock-standalone " + Tools.WIREMOCK_VERSION).orElse("absent"));
    results.toolVersions.put(
        "Prism",
        prism.map(p -> Tools.PRISM_PACKAGE + " on Node " + Tools.nodeVersion()).orElse("absent"));
    results.toolVersions.put(
        "nginx",
        nginx
            .map(n -> Tools.firstLine(List.of(n.toString(), "-v")).replace("nginx version: ", ""))
            .orElse("absent"));
    results.toolVersions.put(
        "load generator",
        wrk.map(w -> Tools.firstLine(List.of(w.toString(), "--version")).replaceAll(" \\[.*", ""))
            .map(w -> w + " (2 threads)")
            .orElse("the harness's Java load generator (one thread per connection)"));
  }

  private void section(String name, Runnable body) {
    if (settings.skips(name)) {
      note("section " + name + " skipped (--skip)");
      return;
    }
    if (name.equals("conformance") && settings.quick()) {
      note("conformance suite not timed in a quick run");
      return;
    }
    long start = System.nanoTime();
    say("== " + name);
    try {
      body.run();
    } catch (RuntimeException e) {
      results.failures.add(name + ": " + e.getMessage());
      note("section " + name + " failed: " + e);
      e.printStackTrace(log);
    }
    results.sectionSeconds.put(name, (System.nanoTime() - start) / 1e9);
  }

  // ---------------------------------------------------------------- throughput and latency

  private void throughput() {
    try (Running emulator = startEmulator("throughput", profileFlags("throughput"))) {
      fixture = ready(emulator, "emulator");
      measureAll(emulator, "emulator", fixture);
    }
    if (!serveCommand.isEmpty()) {
      try (Running emulator = startPlainEmulator("throughput-default-jvm", List.of())) {
        measureAll(emulator, DEFAULT_JVM, ready(emulator, DEFAULT_JVM));
      }
    }
    Path stubs = writeWireMockStubs(fixture);
    Path www = writeStaticFiles(fixture);
    if (nginx.isPresent()) {
      measureOther("nginx", () -> startNginx(www), fixture.path(Kind.GET_ASSISTANT), 30_000);
    } else {
      note("nginx is absent: no HTTP ceiling measured");
    }
    if (wiremockJar.isPresent()) {
      measureOther("WireMock", () -> startWireMock(stubs), "/assistants" + V, 60_000);
    } else {
      note("WireMock is absent: not compared");
    }
    if (prism.isPresent()) {
      measureOther("Prism", this::startPrism, "/assistants" + V, 120_000);
    } else {
      note("Prism is absent: not compared");
    }
  }

  /** Waits for an emulator to answer and captures the data it is measured on. */
  private Fixture ready(Running emulator, String target) {
    emulator.awaitOk(emulator.prefix + "/assistants" + V, KEY, 60_000);
    Fixture captured = capture(emulator);
    results.commands.put(target, describe(emulator.command));
    return captured;
  }

  /** Measures a server compared with the emulator; a failure is a note, not the section's. */
  private void measureOther(
      String target, Supplier<Running> start, String readyPath, long timeoutMillis) {
    try (Running server = start.get()) {
      server.awaitOk(server.prefix + readyPath, keyOf(target), timeoutMillis);
      results.commands.put(target, describe(server.command));
      measureAll(server, target, fixture);
    } catch (RuntimeException e) {
      note(target + " could not be measured: " + e.getMessage());
    }
  }

  /** The api-key a target wants: the static servers want none. */
  private static String keyOf(String target) {
    return target.equals("WireMock") || target.equals("nginx") ? null : KEY;
  }

  private void measureAll(Running server, String target, Fixture fixture) {
    String key = keyOf(target);
    // every request warms up before any is measured: the JIT compiles the shared path once
    for (Kind kind : Kind.values()) {
      String body = kind == Kind.POST_MESSAGE ? MESSAGE : null;
      load(
          server,
          kind,
          server.prefix + fixture.path(kind),
          key,
          body,
          settings.warmupSeconds(),
          "warm-" + target);
    }
    for (Kind kind : Kind.values()) {
      String path = server.prefix + fixture.path(kind);
      String body = kind == Kind.POST_MESSAGE ? MESSAGE : null;
      load(server, kind, path, key, body, settings.rewarmSeconds(), "rewarm-" + target);
      double cpuBefore = server.cpuSeconds();
      Results.Load measured =
          load(server, kind, path, key, body, settings.measureSeconds(), target);
      measured.serverCores = (server.cpuSeconds() - cpuBefore) / measured.seconds;
      measured.target = target;
      measured.kind = kind;
      results.loads.add(measured);
      say(
          String.format(
              "  %-9s %-18s %9.0f req/s  p50 %6.2f ms  p99 %6.2f ms  server %.2f cores,"
                  + " load generator %.2f cores%s",
              target,
              kind.label,
              measured.rps,
              measured.p50Millis,
              measured.p99Millis,
              measured.serverCores,
              measured.generatorCores,
              measured.errors > 0 ? "  (" + measured.errors + " errors)" : ""));
    }
  }

  private Results.Load load(
      Running server,
      Kind kind,
      String path,
      String apiKey,
      String body,
      double seconds,
      String label) {
    Results.Load load = new Results.Load();
    if (wrk.isPresent()) {
      int whole = (int) Math.max(1, Math.round(seconds));
      Wrk.Outcome o =
          new Wrk(wrk.get(), work)
              .run(
                  Math.min(settings.connections(), Machine.cores()),
                  settings.connections(),
                  whole,
                  kind.method,
                  "http://127.0.0.1:" + server.port + path,
                  apiKey,
                  body,
                  label + "-" + kind.name().toLowerCase());
      load.rps = o.requestsPerSecond();
      load.p50Millis = o.p50Micros() / 1000;
      load.p99Millis = o.p99Micros() / 1000;
      load.errors = o.non2xx() + o.socketErrors();
      load.seconds = o.durationMicros() / 1e6;
      load.generatorCores = o.generatorCpuSeconds() / load.seconds;
      load.tool = o.command().replace(work.toString(), "$WORK");
    } else {
      LoadGenerator.Outcome o =
          LoadGenerator.forDuration(
              "127.0.0.1",
              server.port,
              settings.connections(),
              (long) (seconds * 1000),
              kind.method,
              path,
              apiKey,
              body);
      load.rps = o.requestsPerSecond();
      load.p50Millis = o.latencies().p50Millis();
      load.p99Millis = o.latencies().p99Millis();
      load.errors = o.errors();
      load.seconds = o.nanos() / 1e9;
      load.generatorCores = o.generatorCpuSeconds() / load.seconds;
      load.tool =
          "Java load generator, "
              + settings.connections()
              + " connections, "
              + seconds
              + " s, "
              + kind.method
              + " "
              + path;
    }
    return load;
  }

  private Fixture capture(Running emulator) {
    String p = emulator.prefix;
    try (Http http = new Http("127.0.0.1", emulator.port, KEY)) {
      String assistant =
          id(
              http.post(
                      p + "/assistants" + V,
                      "{\"model\":\"gpt-4o\",\"name\":\"bench\","
                          + "\"instructions\":\"You answer briefly.\"}")
                  .expect(200, "create assistant"));
      String listThread = id(http.post(p + "/threads" + V, "{}").expect(200, "create thread"));
      for (int i = 0; i < settings.scaleSmall(); i++) {
        http.post(p + "/threads/" + listThread + "/messages" + V, message(i))
            .expect(200, "create message");
      }
      String postThread = id(http.post(p + "/threads" + V, "{}").expect(200, "create thread"));
      String listAssistants = http.get(p + "/assistants" + V).expect(200, "list").body();
      String assistantBody = http.get(p + "/assistants/" + assistant + V).expect(200, "get").body();
      String messageBody =
          http.post(p + "/threads/" + postThread + "/messages" + V, MESSAGE)
              .expect(200, "post")
              .body();
      String listBody =
          http.get(p + "/threads/" + listThread + "/messages" + V + "&limit=20")
              .expect(200, "list messages")
              .body();
      return new Fixture(
          assistant, listThread, postThread, listAssistants, assistantBody, messageBody, listBody);
    }
  }

  static String message(int i) {
    return "{\"role\":\"user\",\"content\":\"Message "
        + i
        + " of the benchmark: what is the weather like today?\"}";
  }

  private String id(Http.Response response) {
    return field(response.body(), "id");
  }

  private String field(String body, String name) {
    try {
      JsonNode node = json.readTree(body).get(name);
      if (node == null) {
        throw new IllegalStateException("no '" + name + "' in " + Http.abbreviate(body));
      }
      return node.asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- the processes

  /**
   * The emulator as users run it: {@code ./assistants serve}'s command when the launcher gave one,
   * else the plain command.
   */
  private Running startEmulator(String label, List<String> jvmFlags) {
    if (serveCommand.isEmpty()) {
      return startPlainEmulator(label, jvmFlags);
    }
    List<String> command = new ArrayList<>();
    command.add(serveCommand.get(0));
    command.addAll(settings.emulatorOpts());
    command.addAll(jvmFlags);
    command.addAll(serveCommand.subList(1, serveCommand.size()));
    return startEmulatorProcess(label, command);
  }

  /** The emulator on the default JVM: {@code java -cp <class path> ServeCommand}. */
  private Running startPlainEmulator(String label, List<String> jvmFlags) {
    List<String> command = new ArrayList<>();
    command.add(Tools.java().toString());
    command.add("-Djava.awt.headless=true");
    command.addAll(settings.emulatorOpts());
    command.addAll(jvmFlags);
    command.add("-cp");
    command.add(String.join(":", classpath));
    command.add(SERVE_MAIN);
    return startEmulatorProcess(label, command);
  }

  private Running startEmulatorProcess(String label, List<String> javaCommand) {
    int port = Proc.freePort();
    List<String> command = new ArrayList<>(javaCommand);
    command.addAll(
        List.of("--host", "127.0.0.1", "--port", Integer.toString(port), "--api-key", KEY));
    return Running.start(
        "emulator",
        command,
        port,
        "/openai",
        work.resolve("logs/emulator-" + label + ".log"),
        null,
        Map.of());
  }

  /**
   * Asks the launcher for serve's java command ({@code ./assistants --print-command serve}), which
   * builds the server and makes its AppCDS archive first when they are stale.
   */
  private List<String> launcherServeCommand() {
    Path launcher = root.resolve("assistants");
    if (!Files.isRegularFile(launcher)) {
      note("no launcher at " + launcher + ": the emulator runs on the default JVM");
      return List.of();
    }
    say("asking the launcher for serve's command (it may build and train first)...");
    Proc.Result printed =
        Proc.run(
            List.of("env", "JAVA_OPTS=", "bash", launcher.toString(), "--print-command", "serve"),
            root,
            600);
    List<String> lines = printed.output().lines().toList();
    int java = lines.indexOf("java");
    if (!printed.ok() || java < 0 || !lines.contains(SERVE_MAIN)) {
      note(
          "the launcher gave no serve command (exit "
              + printed.exitCode()
              + "): the emulator runs on the default JVM; "
              + Http.abbreviate(printed.output()));
      return List.of();
    }
    List<String> command = lines.subList(java, lines.size());
    if (command.stream().noneMatch(a -> a.startsWith("-XX:SharedArchiveFile="))) {
      note("the launcher's serve command has no AppCDS archive: " + String.join(" ", command));
    }
    results.commands.put("`./assistants serve`", describe(command));
    return List.copyOf(command);
  }

  private List<String> profileFlags(String label) {
    if (!settings.profile()) {
      return List.of();
    }
    Path jfr = work.resolve("profile-" + label + ".jfr");
    results.profiles.add(jfr.toString());
    return List.of(
        "-XX:FlightRecorderOptions:stackdepth=256",
        "-XX:StartFlightRecording=filename=" + jfr + ",settings=profile,dumponexit=true");
  }

  private Running startWireMock(Path stubs) {
    int port = Proc.freePort();
    List<String> command =
        List.of(
            Tools.java().toString(),
            "-jar",
            wiremockJar.orElseThrow().toString(),
            "--bind-address",
            "127.0.0.1",
            "--port",
            Integer.toString(port),
            "--root-dir",
            stubs.toString(),
            "--disable-banner",
            "--no-request-journal");
    return Running.start(
        "WireMock", command, port, "/openai", work.resolve("logs/wiremock.log"), null, Map.of());
  }

  private Running startPrism() {
    int port = Proc.freePort();
    List<String> command = new ArrayList<>(prism.orElseThrow());
    command.addAll(
        List.of(
            "mock",
            "-h",
            "127.0.0.1",
            "-p",
            Integer.toString(port),
            root.resolve("spec/src/main/resources/openapi/assistants.yaml").toString()));
    return Running.start(
        "Prism", command, port, "", work.resolve("logs/prism.log"), root, Map.of());
  }

  private Running startNginx(Path www) {
    int port = Proc.freePort();
    Path dir = work.resolve("nginx");
    try {
      Files.createDirectories(dir.resolve("tmp"));
      Files.writeString(
          dir.resolve("nginx.conf"),
          """
          worker_processes auto;
          daemon off;
          master_process on;
          pid %1$s/nginx.pid;
          error_log %1$s/error.log warn;
          events { worker_connections 1024; }
          http {
            access_log off;
            client_body_temp_path %1$s/tmp/body;
            proxy_temp_path %1$s/tmp/proxy;
            fastcgi_temp_path %1$s/tmp/fastcgi;
            uwsgi_temp_path %1$s/tmp/uwsgi;
            scgi_temp_path %1$s/tmp/scgi;
            sendfile on;
            tcp_nopush on;
            tcp_nodelay on;
            keepalive_requests 1000000;
            keepalive_timeout 65;
            types { }
            default_type application/json;
            server {
              listen 127.0.0.1:%2$d;
              root %3$s;
              # POST answers the same static file (an error_page redirect is a GET)
              location / { error_page 405 =200 $uri; }
            }
          }
          """
              .formatted(dir, port, www));
      openUp(work);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> command =
        List.of(
            nginx.orElseThrow().toString(),
            "-p",
            dir.toString(),
            "-e",
            dir.resolve("error.log").toString(),
            "-c",
            dir.resolve("nginx.conf").toString());
    return Running.start(
        "nginx", command, port, "/openai", work.resolve("logs/nginx.log"), null, Map.of());
  }

  /** nginx's workers run as another user when started by root: let them read the files. */
  private static void openUp(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        try {
          Files.setPosixFilePermissions(
              p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
        } catch (UnsupportedOperationException | IOException ignored) {
          // best effort
        }
      }
    }
  }

  private Path writeWireMockStubs(Fixture f) {
    Path dir = work.resolve("wiremock");
    Path mappings = dir.resolve("mappings");
    try {
      Files.createDirectories(mappings);
      Files.createDirectories(dir.resolve("__files"));
      stub(mappings, "list-assistants", "GET", "/openai/assistants", f.listAssistantsBody());
      for (Kind kind : Kind.values()) {
        stub(
            mappings,
            kind.name().toLowerCase(),
            kind.method,
            "/openai" + f.route(kind),
            f.body(kind));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }

  private void stub(Path mappings, String name, String method, String urlPath, String body)
      throws IOException {
    ObjectNode mapping = json.createObjectNode();
    ObjectNode request = mapping.putObject("request");
    request.put("method", method);
    request.put("urlPath", urlPath);
    ObjectNode response = mapping.putObject("response");
    response.put("status", 200);
    response.putObject("headers").put("Content-Type", "application/json");
    response.put("body", body);
    Files.writeString(
        mappings.resolve(name + ".json"),
        json.writerWithDefaultPrettyPrinter().writeValueAsString(mapping));
  }

  private Path writeStaticFiles(Fixture f) {
    Path www = work.resolve("www");
    try {
      for (Kind kind : Kind.values()) {
        Path file = www.resolve("openai" + f.route(kind));
        Files.createDirectories(file.getParent());
        Files.writeString(file, f.body(kind));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return www;
  }

  private static String describe(List<String> command) {
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < command.size(); i++) {
      String arg = command.get(i);
      if (i > 0 && command.get(i - 1).equals("-cp")) {
        shown.add("<server runtime class path>");
      } else {
        shown.add(arg);
      }
    }
    return String.join(" ", shown);
  }

  // ---------------------------------------------------------------- startup

  private void startup() {
    String readyPath = "/openai/assistants" + V;
    if (!serveCommand.isEmpty()) {
      timeStarts(
          "emulator",
          "`./assistants serve`: Serial GC, the AppCDS archive its training run made after the"
              + " build",
          readyPath,
          i -> startEmulator("startup-serve-" + i, List.of()));
    }
    timeStarts(
        serveCommand.isEmpty() ? "emulator" : DEFAULT_JVM,
        "`java -cp … ServeCommand`",
        readyPath,
        i -> startPlainEmulator("startup-" + i, List.of()));
    if (!settings.skips("cds")) {
      appCds(readyPath);
    }
    if (wiremockJar.isPresent() && fixture != null) {
      Path stubs = work.resolve("wiremock");
      timeStarts("WireMock", "", readyPath, i -> startWireMock(stubs));
    }
    if (prism.isPresent()) {
      timeStarts("Prism", "", "/assistants" + V, i -> startPrism());
    }
  }

  /** Starts a server {@code startupRuns} times, each to its first 200 of {@code readyPath}. */
  private Results.Startup timeStarts(
      String name, String detail, String readyPath, IntFunction<Running> start) {
    Results.Startup startup = new Results.Startup(name, detail);
    for (int i = 0; i < settings.startupRuns(); i++) {
      try (Running server = start.apply(i)) {
        startup.add(
            server.awaitOk(readyPath, keyOf(name), name.equals("Prism") ? 120_000 : 60_000));
        startup.command = describe(server.command);
        if (server.tail().contains("Unable to use shared archive")) {
          note(name + ": the JVM could not map the archive: " + server.tail());
        }
      }
    }
    results.startups.add(startup);
    report(startup);
    return startup;
  }

  /**
   * AppCDS: one training run writes a dynamic archive of every class the emulator loaded
   * (-XX:ArchiveClassesAtExit, at its exit), the measured runs map it (-XX:SharedArchiveFile).
   */
  private void appCds(String readyPath) {
    List<String> directories =
        classpath.stream().filter(e -> Files.isDirectory(Path.of(e))).toList();
    if (!directories.isEmpty()) {
      note(
          "AppCDS skipped: the emulator's class path has directories (CDS archives only jars): "
              + directories);
      return;
    }
    Path archive = work.resolve("emulator.jsa");
    long trainStart = System.nanoTime();
    try {
      Files.deleteIfExists(archive);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Running training =
        startPlainEmulator("cds-training", List.of("-XX:ArchiveClassesAtExit=" + archive));
    try {
      training.awaitOk(readyPath, KEY, 60_000);
      exercise(training);
    } finally {
      training.close(60); // the archive is written at exit: give it time
    }
    double trainSeconds = (System.nanoTime() - trainStart) / 1e9;
    if (!Files.isRegularFile(archive)) {
      note("AppCDS skipped: the training run wrote no archive: " + training.tail());
      return;
    }
    long size;
    try {
      size = Files.size(archive);
    } catch (IOException e) {
      size = -1;
    }
    String made =
        String.format(
            Locale.ROOT,
            "archive %.0f MB, made once in %.1f s by a training run",
            size / 1e6,
            trainSeconds);
    List<List<String>> variants =
        List.of(
            List.of("-XX:SharedArchiveFile=" + archive),
            List.of(
                "-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    List<String> names =
        List.of(
            DEFAULT_JVM + " + AppCDS",
            DEFAULT_JVM + " + AppCDS + `-XX:TieredStopAtLevel=1 -XX:+UseSerialGC`");
    for (int v = 0; v < variants.size(); v++) {
      List<String> flags = variants.get(v);
      String label = "startup-cds" + v + "-";
      timeStarts(
          names.get(v),
          v == 0 ? made : "the same archive; C1 only, Serial GC",
          readyPath,
          i -> startPlainEmulator(label + i, flags));
    }
    results.commands.put(
        "AppCDS training",
        "(the emulator's command) with -XX:ArchiveClassesAtExit="
            + archive
            + ", then a few requests of every kind, then SIGTERM");
  }

  /** A little of everything, so the training run loads the classes requests need. */
  private void exercise(Running emulator) {
    String p = emulator.prefix;
    try (Http http = new Http("127.0.0.1", emulator.port, KEY)) {
      http.post("/_emulator/scripts", "{\"times\": 2, \"turns\": [{\"reply\": \"ok\"}]}")
          .expect(200, "script");
      String assistant =
          id(http.post(p + "/assistants" + V, "{\"model\":\"gpt-4o\"}").expect(200, "assistant"));
      http.get(p + "/assistants/" + assistant + V).expect(200, "get assistant");
      String thread = id(http.post(p + "/threads" + V, "{}").expect(200, "thread"));
      http.post(p + "/threads/" + thread + "/messages" + V, MESSAGE).expect(200, "message");
      http.get(p + "/threads/" + thread + "/messages" + V + "&limit=20").expect(200, "list");
      pollRun(http, p, thread, assistant);
      http.stream(
          p + "/threads/" + thread + "/runs" + V,
          "{\"assistant_id\":\"" + assistant + "\",\"stream\":true}",
          System.nanoTime(),
          "done"::equals);
      http.get(p + "/threads/" + thread + "/messages/nonexistent" + V);
    }
  }

  private void report(Results.Startup s) {
    say(
        String.format(
            "  %-18s median %6.0f ms  (min %.0f, max %.0f, %d runs)",
            s.name, s.medianMillis(), s.minMillis(), s.maxMillis(), s.nanos.size()));
  }

  // ---------------------------------------------------------------- runs

  private void runs() {
    try (Running emulator = startEmulator("runs", profileFlags("runs"))) {
      emulator.awaitOk("/openai/assistants" + V, KEY, 60_000);
      String p = emulator.prefix;
      try (Http http = new Http("127.0.0.1", emulator.port, KEY)) {
        String assistant =
            id(
                http.post(p + "/assistants" + V, "{\"model\":\"gpt-4o\"}")
                    .expect(200, "create assistant"));
        Results.Runs runs = new Results.Runs();
        runs.count = settings.runs();
        // warm up both ways, then measure
        polling(http, p, assistant, settings.runWarmup(), new Results.Runs());
        streaming(http, p, assistant, settings.runWarmup(), new Results.Runs());
        polling(http, p, assistant, settings.runs(), runs);
        streaming(http, p, assistant, settings.runs(), runs);
        results.runs = runs;
        say(
            String.format(
                "  polling:   p50 %.2f ms  p99 %.2f ms  (%.1f GETs per run)",
                runs.polling.p50Millis(),
                runs.polling.p99Millis(),
                runs.polls / (double) runs.count));
        say(
            String.format(
                "  streaming: p50 %.2f ms  p99 %.2f ms; first event p50 %.2f ms  p99 %.2f ms",
                runs.streaming.p50Millis(),
                runs.streaming.p99Millis(),
                runs.firstEvent.p50Millis(),
                runs.firstEvent.p99Millis()));
        if (runs.notCompleted > 0) {
          note(runs.notCompleted + " measured runs did not end completed: " + runs.odd);
        }
      }
    }
  }

  private void script(Http http, int times) {
    while (times > 0) {
      int batch = Math.min(1000, times);
      http.post(
              "/_emulator/scripts", "{\"times\": " + batch + ", \"turns\": [{\"reply\": \"ok\"}]}")
          .expect(200, "script runs");
      times -= batch;
    }
  }

  private String newThread(Http http, String p) {
    return id(
        http.post(
                p + "/threads" + V,
                "{\"messages\":[{\"role\":\"user\",\"content\":\"Say ok, please.\"}]}")
            .expect(200, "create thread"));
  }

  private void polling(Http http, String p, String assistant, int count, Results.Runs into) {
    script(http, count);
    for (int i = 0; i < count; i++) {
      String thread = newThread(http, p);
      long start = System.nanoTime();
      PollOutcome outcome = pollRun(http, p, thread, assistant);
      into.polling.add(System.nanoTime() - start);
      into.polls += outcome.polls;
      if (!"completed".equals(outcome.status)) {
        into.notCompleted++;
        into.odd.merge("polling: " + outcome.status, 1, Integer::sum);
      }
    }
  }

  private record PollOutcome(String status, int polls) {}

  private PollOutcome pollRun(Http http, String p, String thread, String assistant) {
    String created =
        http.post(
                p + "/threads/" + thread + "/runs" + V, "{\"assistant_id\":\"" + assistant + "\"}")
            .expect(200, "create run")
            .body();
    String run = field(created, "id");
    String status = field(created, "status");
    int polls = 0;
    while (!TERMINAL.contains(status)) {
      status =
          field(
              http.get(p + "/threads/" + thread + "/runs/" + run + V).expect(200, "get run").body(),
              "status");
      polls++;
      if (polls > 1_000_000) {
        throw new IllegalStateException("run " + run + " never ended: " + status);
      }
    }
    return new PollOutcome(status, polls);
  }

  private void streaming(Http http, String p, String assistant, int count, Results.Runs into) {
    script(http, count);
    for (int i = 0; i < count; i++) {
      String thread = newThread(http, p);
      String[] terminal = new String[1];
      long start = System.nanoTime();
      Http.Streamed s =
          http.stream(
              p + "/threads/" + thread + "/runs" + V,
              "{\"assistant_id\":\"" + assistant + "\",\"stream\":true}",
              start,
              event -> {
                if (event.startsWith("thread.run.") && !event.startsWith("thread.run.step")) {
                  terminal[0] = event;
                }
                return event.equals("done");
              });
      into.streaming.add(s.endNanos());
      into.firstEvent.add(s.firstEventNanos());
      if (!"done".equals(s.lastEvent()) || !"thread.run.completed".equals(terminal[0])) {
        into.notCompleted++;
        into.odd.merge(
            "streaming: last run event " + terminal[0] + ", last event " + s.lastEvent(),
            1,
            Integer::sum);
      }
    }
  }

  // ---------------------------------------------------------------- scale

  private void scale() {
    try (Running emulator = startEmulator("scale", profileFlags("scale"))) {
      emulator.awaitOk("/openai/assistants" + V, KEY, 60_000);
      String p = emulator.prefix;
      Results.Scale scale = new Results.Scale();
      scale.small = settings.scaleSmall();
      scale.large = settings.scaleLarge();
      try (Http http = new Http("127.0.0.1", emulator.port, KEY)) {
        // a little traffic first, so the baseline has loaded what serving needs
        String warm = id(http.post(p + "/threads" + V, "{}").expect(200, "thread"));
        http.post(p + "/threads/" + warm + "/messages" + V, MESSAGE).expect(200, "message");
        http.get(p + "/threads/" + warm + "/messages" + V).expect(200, "list");
        scale.baseline = Heap.measure(emulator.pid());
        String small = id(http.post(p + "/threads" + V, "{}").expect(200, "thread"));
        String large = id(http.post(p + "/threads" + V, "{}").expect(200, "thread"));
        for (int i = 0; i < scale.small; i++) {
          http.post(p + "/threads/" + small + "/messages" + V, message(i)).expect(200, "message");
        }
        LoadGenerator.Outcome fill =
            LoadGenerator.forCount(
                "127.0.0.1",
                emulator.port,
                4,
                scale.large,
                "POST",
                p + "/threads/" + large + "/messages" + V,
                KEY,
                message(7));
        if (fill.errors() > 0) {
          throw new IllegalStateException(fill.errors() + " messages could not be created");
        }
        scale.fillPerSecond = fill.requestsPerSecond();
        say(
            String.format(
                "  %,d messages created at %.0f/s (4 connections)",
                scale.large, scale.fillPerSecond));
        String smallPath = p + "/threads/" + small + "/messages" + V + "&limit=20";
        String largePath = p + "/threads/" + large + "/messages" + V + "&limit=20";
        int warmups = Math.max(10, settings.listSamples() / 4);
        for (int i = 0; i < warmups; i++) {
          http.get(smallPath).expect(200, "list");
          http.get(largePath).expect(200, "list");
        }
        // interleaved, so drift (JIT, GC, neighbours) hits both alike
        for (int i = 0; i < settings.listSamples(); i++) {
          long t0 = System.nanoTime();
          http.get(smallPath).expect(200, "list");
          long t1 = System.nanoTime();
          http.get(largePath).expect(200, "list");
          long t2 = System.nanoTime();
          scale.smallList.add(t1 - t0);
          scale.largeList.add(t2 - t1);
        }
      }
      scale.after = Heap.measure(emulator.pid());
      results.scale = scale;
      say(
          String.format(
              "  list 20 of %,d: p50 %.3f ms p99 %.3f ms; of %,d: p50 %.3f ms p99 %.3f ms",
              scale.small,
              scale.smallList.p50Millis(),
              scale.smallList.p99Millis(),
              scale.large,
              scale.largeList.p50Millis(),
              scale.largeList.p99Millis()));
      say(
          String.format(
              "  heap after GC %.1f MB (baseline %.1f MB); RSS %.1f MB (peak %.1f MB)",
              scale.after.liveBytes / 1e6,
              scale.baseline.liveBytes / 1e6,
              scale.after.rssKb / 1024.0,
              scale.after.hwmKb / 1024.0));
    }
  }

  // ---------------------------------------------------------------- conformance

  private void conformance() {
    Path launcher = root.resolve("assistants");
    Results.Conformance c = new Results.Conformance();
    results.conformance = c;
    if (!Files.isExecutable(launcher)) {
      c.note = "no launcher at " + launcher;
      return;
    }
    Path reports = work.resolve("conformance-reports");
    say("  building the conformance module if needed (not timed)...");
    Proc.Result built = Proc.run(List.of(launcher.toString(), "conform", "--help"), root, 900);
    List<String> command =
        List.of(launcher.toString(), "conform", "--report-dir", reports.toString());
    c.command = "./assistants conform";
    if (!built.ok() && built.output().contains("ClassNotFoundException")) {
      // the launcher ran another module's class path; run the module's own, as it would
      Path module = root.resolve("conformance/target");
      if (!Files.isDirectory(module.resolve("classes"))
          || !Files.isDirectory(module.resolve("lib"))) {
        c.note = "the launcher could not start the suite and conformance/target is not built";
        note("conformance: " + c.note + ": " + Http.abbreviate(built.output().strip()));
        return;
      }
      note(
          "./assistants conform could not find its main class (the launcher started another"
              + " module's class path); timed the same command on conformance/target/classes"
              + " and conformance/target/lib instead");
      command =
          List.of(
              Tools.java().toString(),
              "-Djava.awt.headless=true",
              "-cp",
              module.resolve("classes") + ":" + module.resolve("lib") + "/*",
              CONFORM_MAIN,
              "--report-dir",
              reports.toString());
      c.command = "java -cp conformance/target/classes:conformance/target/lib/* " + CONFORM_MAIN;
    } else if (!built.ok()) {
      c.note =
          "the conformance module did not build (exit "
              + built.exitCode()
              + "; it may be mid-change): "
              + Http.abbreviate(built.output().strip());
      note(c.note);
      return;
    }
    Proc.Result ran = Proc.run(command, root, 900);
    c.seconds = ran.nanos() / 1e9;
    c.exitCode = ran.exitCode();
    c.summary = summaryOf(ran.output());
    if (!ran.ok()) {
      c.note =
          "exit "
              + ran.exitCode()
              + " (a scenario failed; the module may be mid-change by someone else)";
      note("conformance: " + c.note);
    }
    say(String.format("  %.1f s, exit %d: %s", c.seconds, c.exitCode, c.summary));
  }

  private static String summaryOf(String output) {
    String text = output.replace("\r", "");
    Matcher verdict = Pattern.compile("(?m)^(CONFORMS|DOES NOT CONFORM)\\b.*$").matcher(text);
    String last = null;
    while (verdict.find()) {
      last = verdict.group().strip();
    }
    if (last == null) {
      Matcher m = Pattern.compile("(?m)^.*\\b\\d+ (passed|failed)\\b.*$").matcher(text);
      while (m.find()) {
        last = m.group().strip();
      }
    }
    if (last != null) {
      return last;
    }
    String[] lines = text.strip().split("\n");
    return lines.length == 0 ? "" : lines[lines.length - 1].strip();
  }

  // ---------------------------------------------------------------- output

  private void say(String line) {
    log.println(line);
    log.flush();
  }

  private void note(String line) {
    results.notes.add(line);
    say("  note: " + line);
  }
}
