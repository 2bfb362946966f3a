package dev.assistantskit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs wrk (2 threads, one per core, closed loop) with a Lua script that sets the method, headers
 * and body, and prints one parseable line of results.
 */
final class Wrk {
  private static final Pattern RESULT =
      Pattern.compile(
          "BENCH requests=(\\d+) duration_us=(\\d+) p50_us=(\\d+) p99_us=(\\d+)"
              + " non2xx=(\\d+) socket_errors=(\\d+)");

  /** One wrk run: its command line and what it measured. */
  record Outcome(
      String command,
      long requests,
      long durationMicros,
      double p50Micros,
      double p99Micros,
      long non2xx,
      long socketErrors,
      double generatorCpuSeconds) {
    double requestsPerSecond() {
      return requests / (durationMicros / 1e6);
    }
  }

  private final Path wrk;
  private final Path workDir;

  Wrk(Path wrk, Path workDir) {
    this.wrk = wrk;
    this.workDir = workDir;
  }

  Outcome run(
      int threads,
      int connections,
      int seconds,
      String method,
      String url,
      String apiKey,
      String json,
      String label) {
    Path script = workDir.resolve("wrk-" + label + ".lua");
    try {
      Files.writeString(script, lua(method, apiKey, json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> command =
        List.of(
            wrk.toString(),
            "-t" + threads,
            "-c" + connections,
            "-d" + seconds + "s",
            "--timeout",
            "5s",
            "-s",
            script.toString(),
            url);
    double cpuBefore = Proc.reapedChildrenCpuSeconds();
    Proc.Result result = Proc.run(command, workDir, seconds + 30L);
    double cpu = Proc.reapedChildrenCpuSeconds() - cpuBefore;
    Matcher m = RESULT.matcher(result.output());
    if (!result.ok() || !m.find()) {
      throw new IllegalStateException(
          "wrk failed (exit " + result.exitCode() + "): " + Http.abbreviate(result.output()));
    }
    return new Outcome(
        String.join(" ", command),
        Long.parseLong(m.group(1)),
        Long.parseLong(m.group(2)),
        Double.parseDouble(m.group(3)),
        Double.parseDouble(m.group(4)),
        Long.parseLong(m.group(5)),
        Long.parseLong(m.group(6)),
        cpu);
  }

  static String lua(String method, String apiKey, String json) {
    StringBuilder lua = new StringBuilder();
    lua.append("wrk.method = \"").append(method).append("\"\n");
    if (apiKey != null) {
      lua.append("wrk.headers[\"api-key\"] = \"").append(apiKey).append("\"\n");
    }
    lua.append("wrk.headers[\"Accept\"] = \"application/json\"\n");
    if (json != null) {
      lua.append("wrk.headers[\"Content-Type\"] = \"application/json\"\n");
      lua.append("wrk.body = [==[").append(json).append("]==]\n");
    }
    lua.append(
        """
        done = function(summary, latency, requests)
          local e = summary.errors
          io.write(string.format(
            "BENCH requests=%d duration_us=%d p50_us=%d p99_us=%d non2xx=%d socket_errors=%d\\n",
            summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
            e.status, e.connect + e.read + e.write + e.timeout))
        end
        """);
    return lua.toString();
  }
}
