package dev.assistantskit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Processes on Linux: CPU time and memory from {@code /proc}, free ports, stopping a tree. */
final class Proc {
  /** Clock ticks per second of {@code /proc/<pid>/stat} times (USER_HZ, 100 on Linux). */
  static final double TICKS_PER_SECOND = 100.0;

  private Proc() {}

  /** What a finished command printed and how it exited. */
  record Result(int exitCode, String output, long nanos) {
    boolean ok() {
      return exitCode == 0;
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs a command to its end (stdout and stderr together), killing it after {@code timeout}. */
  static Result run(List<String> command, Path directory, long timeoutSeconds) {
    long start = System.nanoTime();
    try {
      Path log = Files.createTempFile("assistants-bench-", ".log");
      try {
        ProcessBuilder builder =
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        if (directory != null) {
          builder.directory(directory.toFile());
        }
        Process process = builder.start();
        boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!finished) {
          stopTree(process.toHandle());
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        return new Result(finished ? process.exitValue() : -1, output, System.nanoTime() - start);
      } finally {
        Files.deleteIfExists(log);
      }
    } catch (IOException e) {
      return new Result(-2, e.getMessage(), System.nanoTime() - start);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result(-3, "interrupted", System.nanoTime() - start);
    }
  }

  /** Whether a program is on the PATH (or at an absolute path). */
  static Optional<Path> which(String program, String... extraDirs) {
    List<Path> candidates = new ArrayList<>();
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(":")) {
      if (!dir.isEmpty()) {
        candidates.add(Path.of(dir, program));
      }
    }
    for (String dir : extraDirs) {
      candidates.add(Path.of(dir, program));
    }
    return candidates.stream().filter(Files::isExecutable).findFirst();
  }

  /** utime + stime of a process and all its descendants, in seconds. */
  static double cpuSeconds(ProcessHandle root) {
    long ticks = 0;
    List<ProcessHandle> all = new ArrayList<>();
    all.add(root);
    root.descendants().forEach(all::add);
    for (ProcessHandle handle : all) {
      ticks += statTicks(handle.pid(), 13) + statTicks(handle.pid(), 14);
    }
    return ticks / TICKS_PER_SECOND;
  }

  /** CPU seconds of the children this JVM has waited for (cutime + cstime of /proc/self/stat). */
  static double reapedChildrenCpuSeconds() {
    return (statTicks(ProcessHandle.current().pid(), 15)
            + statTicks(ProcessHandle.current().pid(), 16))
        / TICKS_PER_SECOND;
  }

  /** CPU seconds this JVM used (utime + stime). */
  static double selfCpuSeconds() {
    return (statTicks(ProcessHandle.current().pid(), 13)
            + statTicks(ProcessHandle.current().pid(), 14))
        / TICKS_PER_SECOND;
  }

  /** The 0-based field {@code index} of /proc/pid/stat (utime is 13, stime 14); 0 if unreadable. */
  private static long statTicks(long pid, int index) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // fields[0] is the state, 0-based field 2
      return Long.parseLong(fields[index - 2]);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /** A line of /proc/pid/status such as VmRSS, in kibibytes; -1 if unreadable. */
  static long statusKb(long pid, String field) {
    try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(pid), "status"))) {
      return lines
          .filter(l -> l.startsWith(field + ":"))
          .findFirst()
          .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")))
          .orElse(-1L);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** SIGTERM to a process and its descendants (children first), SIGKILL after a grace period. */
  static void stopTree(ProcessHandle root) {
    stopTree(root, 5);
  }

  static void stopTree(ProcessHandle root, int graceSeconds) {
    List<ProcessHandle> all = new ArrayList<>(root.descendants().toList());
    all.add(root);
    for (ProcessHandle handle : all) {
      handle.destroy();
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(graceSeconds);
    for (ProcessHandle handle : all) {
      try {
        long left = deadline - System.nanoTime();
        handle.onExit().get(Math.max(1, left), TimeUnit.NANOSECONDS);
      } catch (Exception e) {
        handle.destroyForcibly();
      }
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
