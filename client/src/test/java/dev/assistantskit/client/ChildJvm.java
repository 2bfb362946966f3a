package dev.assistantskit.client;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts {@link ChildMain} in a separate JVM on the test class path, for what one test JVM cannot
 * show: a default charset other than UTF-8, and whether the JVM exits by itself.
 */
final class ChildJvm {
  private ChildJvm() {}

  /** How a child JVM ended; {@code exited} is false if it was still running at the deadline. */
  record Result(boolean exited, int exitCode, List<String> stdout, String stderr) {
    /** The value of the first {@code key=value} line of stdout, or null. */
    String value(String key) {
      for (String line : stdout) {
        if (line.startsWith(key + "=")) {
          return line.substring(key.length() + 1);
        }
      }
      return null;
    }

    @Override
    public String toString() {
      return "exited="
          + exited
          + " exitCode="
          + exitCode
          + "\nstdout:\n"
          + String.join("\n", stdout)
          + "\nstderr:\n"
          + stderr;
    }
  }

  /**
   * Runs {@code ChildMain args} with the given JVM options and extra environment, and waits at most
   * {@code timeoutSeconds} for it to exit by itself; a child still running then is killed.
   */
  static Result run(
      List<String> jvmOptions, Map<String, String> env, long timeoutSeconds, String... args)
      throws IOException, InterruptedException {
    // Surefire runs the tests from a manifest-only jar; it publishes the real class path here.
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classPath);
    command.add(ChildMain.class.getName());
    command.addAll(List.of(args));
    File out = File.createTempFile("child-jvm-", ".out");
    File err = File.createTempFile("child-jvm-", ".err");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out).redirectError(err);
      builder.environment().putAll(env);
      Process process = builder.start();
      boolean exited = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
      if (!exited) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
      // The child prints ASCII only (it escapes everything else), so any decoding reads it back.
      return new Result(
          exited,
          exited ? process.exitValue() : -1,
          Files.readAllLines(out.toPath(), StandardCharsets.US_ASCII),
          Files.readString(err.toPath(), StandardCharsets.ISO_8859_1));
    } finally {
      Files.deleteIfExists(out.toPath());
      Files.deleteIfExists(err.toPath());
    }
  }

  /** {@code s} with every character outside printable ASCII written as {@code \}{@code uXXXX}. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c >= 0x20 && c < 0x7f && c != '\\') {
        b.append(c);
      } else {
        b.append(String.format("\\u%04x", (int) c));
      }
    }
    return b.toString();
  }
}
