package dev.assistantskit.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds (and, in a full run, fetches) what the comparison needs besides the emulator: the WireMock
 * standalone jar from Maven, Prism through npx, nginx and wrk from the system's packages. Whatever
 * cannot be had is reported with the command that would get it, and its part is skipped.
 */
final class Tools {
  static final String WIREMOCK_VERSION = "3.13.2";
  static final String WIREMOCK_ARTIFACT = "org.wiremock:wiremock-standalone:" + WIREMOCK_VERSION;
  static final String PRISM_PACKAGE = "@stoplight/prism-cli@5.14.2";

  /** prism-cli 5.14.2's {@code engines.node}. */
  static final int[] PRISM_MIN_NODE = {18, 20, 1};

  private final boolean fetch;
  private final Consumer<String> say;
  private final Consumer<String> progress;

  /**
   * @param say where a problem goes (it ends up in the report's notes)
   * @param progress where "doing this now" goes (the console only)
   */
  Tools(boolean fetch, Consumer<String> say, Consumer<String> progress) {
    this.fetch = fetch;
    this.say = say;
    this.progress = progress;
  }

  static Path javaHome() {
    return Path.of(System.getProperty("java.home"));
  }

  static Path java() {
    return javaHome().resolve("bin/java");
  }

  static Path jcmd() {
    return javaHome().resolve("bin/jcmd");
  }

  /**
   * The emulator's class path: this JVM's, without the harness's own classes, the client and test
   * libraries (all of them jars when built by Maven, which AppCDS needs).
   */
  static List<String> emulatorClasspath() {
    String classpath = System.getProperty("surefire.test.class.path");
    if (classpath == null || classpath.isBlank()) {
      classpath = System.getProperty("java.class.path");
    }
    List<String> kept = new ArrayList<>();
    for (String entry : classpath.split(File.pathSeparator)) {
      if (entry.isBlank()) {
        continue;
      }
      Path path = Path.of(entry).toAbsolutePath().normalize();
      String name = path.getFileName() == null ? "" : path.getFileName().toString();
      String parent =
          path.getParent() == null ? "" : path.getParent().toString().replace('\\', '/');
      boolean harness =
          (name.equals("classes") || name.equals("test-classes"))
              && parent.endsWith("/bench/target");
      if (harness
          || name.startsWith("assistants-kit-bench")
          || name.startsWith("assistants-kit-client")
          || name.startsWith("surefire")
          || name.matches("(junit|opentest4j|apiguardian|assertj).*")) {
        continue;
      }
      kept.add(entry);
    }
    return kept;
  }

  /** The WireMock standalone jar in the local Maven repository, fetched with Maven if allowed. */
  Optional<Path> wiremockJar() {
    Path jar =
        localRepository()
            .resolve(
                "org/wiremock/wiremock-standalone/"
                    + WIREMOCK_VERSION
                    + "/wiremock-standalone-"
                    + WIREMOCK_VERSION
                    + ".jar");
    if (Files.isRegularFile(jar)) {
      return Optional.of(jar);
    }
    Optional<Path> mvn = Proc.which("mvn");
    if (!fetch || mvn.isEmpty()) {
      say.accept(
          "WireMock "
              + WIREMOCK_VERSION
              + " is not in "
              + localRepository()
              + (fetch
                  ? " and mvn is not on the PATH"
                  : "; fetch it with: mvn dependency:get -Dartifact=" + WIREMOCK_ARTIFACT));
      return Optional.empty();
    }
    progress.accept("fetching " + WIREMOCK_ARTIFACT + " with Maven...");
    Proc.Result got =
        Proc.run(
            List.of(
                mvn.get().toString(),
                "-B",
                "-q",
                "dependency:get",
                "-Dartifact=" + WIREMOCK_ARTIFACT,
                "-Dtransitive=false"),
            null,
            300);
    if (got.ok() && Files.isRegularFile(jar)) {
      return Optional.of(jar);
    }
    say.accept(
        "could not fetch "
            + WIREMOCK_ARTIFACT
            + " (mvn exit "
            + got.exitCode()
            + "): "
            + Http.abbreviate(got.output().strip()));
    return Optional.empty();
  }

  static Path localRepository() {
    String configured = System.getProperty("maven.repo.local");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    return Path.of(System.getProperty("user.home"), ".m2", "repository");
  }

  /** nginx and wrk (Debian packages), installed with apt-get when allowed and running as root. */
  Optional<Path> nginx() {
    return systemTool("nginx", "/usr/sbin", "/usr/local/sbin", "/usr/local/nginx/sbin");
  }

  Optional<Path> wrk() {
    return systemTool("wrk");
  }

  private boolean aptTried;

  private Optional<Path> systemTool(String name, String... extraDirs) {
    Optional<Path> found = Proc.which(name, extraDirs);
    if (found.isPresent()) {
      return found;
    }
    Optional<Path> apt = Proc.which("apt-get");
    boolean root = "root".equals(System.getProperty("user.name"));
    if (fetch && !aptTried && apt.isPresent() && root) {
      aptTried = true;
      progress.accept("installing nginx and wrk with apt-get (Debian packages)...");
      Proc.Result installed = aptInstall(apt.get());
      if (!installed.ok()) {
        Proc.run(List.of(apt.get().toString(), "update"), null, 300);
        installed = aptInstall(apt.get());
      }
      if (!installed.ok()) {
        say.accept("apt-get install failed: " + Http.abbreviate(installed.output().strip()));
      }
      found = Proc.which(name, extraDirs);
      if (found.isPresent()) {
        return found;
      }
    }
    say.accept(
        name
            + " is not installed"
            + (root || apt.isEmpty() ? "" : " (not root, so not installing it)")
            + "; on Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y nginx wrk");
    return Optional.empty();
  }

  private static Proc.Result aptInstall(Path apt) {
    return Proc.run(
        List.of(
            "env",
            "DEBIAN_FRONTEND=noninteractive",
            apt.toString(),
            "install",
            "-y",
            "--no-install-recommends",
            "nginx",
            "wrk"),
        null,
        600);
  }

  /**
   * The command that starts Prism: {@code npx --yes @stoplight/prism-cli@5.14.2}, once npx has it
   * in its cache (fetched now in a full run; in a quick run only if already there).
   */
  Optional<List<String>> prism() {
    Optional<Path> npx = Proc.which("npx");
    Optional<Path> node = Proc.which("node");
    if (npx.isEmpty() || node.isEmpty()) {
      say.accept("Node.js (npx) is not installed; Prism needs Node >= 18.20.1");
      return Optional.empty();
    }
    Proc.Result version = Proc.run(List.of(node.get().toString(), "--version"), null, 30);
    Matcher m = Pattern.compile("v(\\d+)\\.(\\d+)\\.(\\d+)").matcher(version.output());
    if (!m.find()) {
      say.accept("cannot tell Node's version: " + version.output().strip());
      return Optional.empty();
    }
    int[] have = {
      Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))
    };
    if (Arrays.compare(have, PRISM_MIN_NODE) < 0) {
      say.accept(
          "Node "
              + m.group()
              + " is too old for "
              + PRISM_PACKAGE
              + " (needs >= 18.20.1; the newest Prism needs Node >= 24)");
      return Optional.empty();
    }
    List<String> command =
        List.of(npx.get().toString(), fetch ? "--yes" : "--yes=false", PRISM_PACKAGE);
    if (fetch) {
      progress.accept("making sure npx has " + PRISM_PACKAGE + " (fetched on first use)...");
    }
    List<String> probe = new ArrayList<>(command);
    probe.add("--version");
    Proc.Result probed = Proc.run(probe, null, fetch ? 600 : 60);
    if (!probed.ok() || !probed.output().contains("5.14.2")) {
      say.accept(
          PRISM_PACKAGE
              + " is not available through npx"
              + (fetch ? "" : " without fetching it (run the full benchmark once to fetch it)")
              + ": "
              + Http.abbreviate(probed.output().strip()));
      return Optional.empty();
    }
    return Optional.of(List.of(npx.get().toString(), "--yes", PRISM_PACKAGE));
  }

  static String nodeVersion() {
    return Proc.which("node")
        .map(n -> Proc.run(List.of(n.toString(), "--version"), null, 30).output().strip())
        .orElse("absent");
  }

  static String firstLine(List<String> command) {
    Proc.Result r = Proc.run(command, null, 30);
    String out = r.output().strip();
    int nl = out.indexOf('\n');
    return nl < 0 ? out : out.substring(0, nl);
  }

  static Map<String, String> noEnvironment() {
    return Map.of();
  }
}
