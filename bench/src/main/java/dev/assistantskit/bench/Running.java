package dev.assistantskit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A server process under measurement: its command line, the port it serves and the prefix of API
 * paths on it ({@code /openai} everywhere but Prism, which serves the contract's paths bare).
 */
final class Running implements AutoCloseable {
  final String name;
  final List<String> command;
  final int port;
  final String prefix;
  final Process process;
  final long startNanos;
  final Path log;

  private Running(
      String name,
      List<String> command,
      int port,
      String prefix,
      Process process,
      long startNanos,
      Path log) {
    this.name = name;
    this.command = command;
    this.port = port;
    this.prefix = prefix;
    this.process = process;
    this.startNanos = startNanos;
    this.log = log;
  }

  /** Starts {@code command}, its output going to {@code log}; the clock starts just before. */
  static Running start(
      String name,
      List<String> command,
      int port,
      String prefix,
      Path log,
      Path directory,
      Map<String, String> environment) {
    try {
      Files.createDirectories(log.getParent());
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      if (directory != null) {
        builder.directory(directory.toFile());
      }
      builder.environment().putAll(environment);
      long start = System.nanoTime();
      Process process = builder.start();
      return new Running(name, command, port, prefix, process, start, log);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + name + ": " + command, e);
    }
  }

  /**
   * Polls {@code GET path} (a fresh connection each time, no delay beyond 1 ms) until it answers
   * 200; returns the nanoseconds from process start to that answer.
   */
  long awaitOk(String path, String apiKey, long timeoutMillis) {
    long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            name + " exited with " + process.exitValue() + " before answering: " + tail());
      }
      try (Http http = new Http("127.0.0.1", port, apiKey)) {
        Http.Response response = http.get(path);
        if (response.status() == 200) {
          return System.nanoTime() - startNanos;
        }
        last = "HTTP " + response.status() + " " + Http.abbreviate(response.body());
      } catch (UncheckedIOException e) {
        last = e.getCause() == null ? e.getMessage() : e.getCause().toString();
      }
      Proc.sleep(1);
    }
    throw new IllegalStateException(
        name
            + " did not answer 200 to GET "
            + path
            + " within "
            + timeoutMillis
            + " ms ("
            + last
            + "); log: "
            + tail());
  }

  long pid() {
    return process.pid();
  }

  double cpuSeconds() {
    return Proc.cpuSeconds(process.toHandle());
  }

  String tail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    } catch (IOException | RuntimeException e) {
      return "(no log)";
    }
  }

  @Override
  public void close() {
    close(5);
  }

  /** SIGTERM, then SIGKILL after {@code graceSeconds}. */
  void close(int graceSeconds) {
    Proc.stopTree(process.toHandle(), graceSeconds);
  }
}
