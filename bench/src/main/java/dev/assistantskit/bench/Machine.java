package dev.assistantskit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Facts about the machine the numbers were measured on. */
final class Machine {
  private Machine() {}

  static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  static Map<String, String> describe() {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("CPU", cpuModel().orElse(System.getProperty("os.arch")));
    facts.put("cores", cores() + " (as the JVM sees them)");
    facts.put("memory", memory());
    facts.put("OS", osName() + ", Linux " + read("/proc/sys/kernel/osrelease").orElse("?").strip());
    facts.put("JDK", jdk());
    return facts;
  }

  /** The checkout's commit and whether it has local changes (read-only git commands). */
  static String revision(Path root) {
    Proc.Result head =
        Proc.run(List.of("git", "-C", root.toString(), "rev-parse", "--short", "HEAD"), null, 30);
    if (!head.ok()) {
      return "not a git checkout";
    }
    Proc.Result status =
        Proc.run(
            List.of(
                "git",
                "--no-optional-locks",
                "-C",
                root.toString(),
                "status",
                "--porcelain",
                "--untracked-files=no"),
            null,
            30);
    return "commit "
        + head.output().strip()
        + (status.ok() && !status.output().isBlank() ? " with local changes" : "");
  }

  static String jdk() {
    return System.getProperty("java.vm.name")
        + " "
        + System.getProperty("java.runtime.version")
        + " ("
        + System.getProperty("java.vendor")
        + ")";
  }

  static double loadAverage() {
    return read("/proc/loadavg")
        .map(s -> Double.parseDouble(s.strip().split("\\s+")[0]))
        .orElse(Double.NaN);
  }

  private static Optional<String> cpuModel() {
    return line("/proc/cpuinfo", "model name").map(l -> l.substring(l.indexOf(':') + 1).strip());
  }

  private static String memory() {
    return line("/proc/meminfo", "MemTotal:")
        .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")))
        .map(kb -> String.format("%.1f GiB", kb / 1024.0 / 1024.0))
        .orElse("?");
  }

  private static String osName() {
    return line("/etc/os-release", "PRETTY_NAME=")
        .map(l -> l.substring(12).replace("\"", ""))
        .orElse(System.getProperty("os.name"));
  }

  /** The first line of the file that starts with {@code prefix}. */
  private static Optional<String> line(String file, String prefix) {
    return read(file).flatMap(s -> s.lines().filter(l -> l.startsWith(prefix)).findFirst());
  }

  private static Optional<String> read(String file) {
    try {
      return Optional.of(Files.readString(Path.of(file)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
