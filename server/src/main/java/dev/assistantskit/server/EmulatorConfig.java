package dev.assistantskit.server;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the emulator can be told at start.
 *
 * @param host the interface to listen on
 * @param port the port, 0 for a free one
 * @param apiKeys the keys callers may present
 * @param apiVersions the {@code api-version} values accepted
 * @param dataDir where uploaded file content lives; null means a temporary folder
 * @param maxUploadBytes the largest file upload accepted
 * @param runExpiry how long after creation a run expires
 * @param clock the source of every timestamp
 * @param scriptFile scripts and faults to load at start, or null
 * @param https whether to serve HTTPS with a self-signed certificate (kept in the data folder)
 */
public record EmulatorConfig(
    String host,
    int port,
    List<String> apiKeys,
    Set<String> apiVersions,
    Path dataDir,
    long maxUploadBytes,
    Duration runExpiry,
    Clock clock,
    Path scriptFile,
    boolean https) {
  public static final String API_VERSION = "2024-05-01-preview";

  public EmulatorConfig {
    apiKeys = List.copyOf(apiKeys);
    apiVersions = Set.copyOf(apiVersions);
  }

  /** What `./assistants serve` uses when no flag is given (with a random port). */
  public static EmulatorConfig defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .host(host)
        .port(port)
        .apiKeys(apiKeys)
        .apiVersions(apiVersions)
        .dataDir(dataDir)
        .maxUploadBytes(maxUploadBytes)
        .runExpiry(runExpiry)
        .clock(clock)
        .scriptFile(scriptFile)
        .https(https);
  }

  public Optional<Path> dataDirectory() {
    return Optional.ofNullable(dataDir);
  }

  /** Collects the settings; every one has a default. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port;
    private List<String> apiKeys = List.of("assistants-kit-dev-key");
    private Set<String> apiVersions = Set.of(API_VERSION);
    private Path dataDir;
    private long maxUploadBytes = 512L * 1024 * 1024;
    private Duration runExpiry = Duration.ofMinutes(10);
    private Clock clock = Clock.systemUTC();
    private Path scriptFile;
    private boolean https;

    private Builder() {}

    public Builder host(String value) {
      host = value;
      return this;
    }

    public Builder port(int value) {
      port = value;
      return this;
    }

    public Builder apiKeys(List<String> value) {
      apiKeys = value;
      return this;
    }

    public Builder apiKey(String value) {
      return apiKeys(List.of(value));
    }

    public Builder apiVersions(Set<String> value) {
      apiVersions = value;
      return this;
    }

    public Builder dataDir(Path value) {
      dataDir = value;
      return this;
    }

    public Builder maxUploadBytes(long value) {
      maxUploadBytes = value;
      return this;
    }

    public Builder runExpiry(Duration value) {
      runExpiry = value;
      return this;
    }

    public Builder clock(Clock value) {
      clock = value;
      return this;
    }

    public Builder scriptFile(Path value) {
      scriptFile = value;
      return this;
    }

    public Builder https(boolean value) {
      https = value;
      return this;
    }

    public EmulatorConfig build() {
      return new EmulatorConfig(
          host,
          port,
          apiKeys,
          apiVersions,
          dataDir,
          maxUploadBytes,
          runExpiry,
          clock,
          scriptFile,
          https);
    }
  }
}
