package dev.assistantskit.conformance;

import dev.assistantskit.server.EmulatorConfig;
import dev.assistantskit.server.EmulatorServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The endpoint the suite runs against, from system properties or environment variables: {@code
 * ASSISTANTS_ENDPOINT}, {@code ASSISTANTS_API_KEY}, {@code ASSISTANTS_API_VERSION} (default
 * 2024-05-01-preview), {@code ASSISTANTS_MODEL} (the deployment name) and {@code
 * ASSISTANTS_BEARER_TOKEN} (an Entra ID token, to check bearer authentication). Without an
 * endpoint, an emulator is started in this JVM on a free port and used instead.
 *
 * @param endpoint the Azure "endpoint", without {@code /openai}
 * @param apiKey the key sent as {@code api-key}
 * @param apiVersion the {@code api-version} every request carries
 * @param model the deployment name sent as {@code model}
 * @param bearerToken a token accepted as {@code Authorization: Bearer}, or null if unknown
 * @param embedded whether it is the in-process emulator (then emulator-only scenarios can run)
 */
public record Target(
    URI endpoint,
    String apiKey,
    String apiVersion,
    String model,
    String bearerToken,
    boolean embedded) {
  public static final String ENDPOINT = "ASSISTANTS_ENDPOINT";
  public static final String API_KEY = "ASSISTANTS_API_KEY";
  public static final String API_VERSION = "ASSISTANTS_API_VERSION";
  public static final String MODEL = "ASSISTANTS_MODEL";
  public static final String BEARER_TOKEN = "ASSISTANTS_BEARER_TOKEN";
  public static final String DEFAULT_MODEL = "gpt-4-1106-preview";

  /** How soon runs expire on the emulator {@code conform} starts, so {@code @slow} is quick. */
  public static final Duration SHORT_RUN_EXPIRY = Duration.ofSeconds(5);

  /** Where an emulator serves its control plane, below the endpoint. */
  public static final String CONTROL_PLANE = "/_emulator";

  private static final Map<URI, Boolean> CONTROL_PLANES = new ConcurrentHashMap<>();
  private static Target configured;
  private static Target active;

  public Target {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(apiVersion, "apiVersion");
    Objects.requireNonNull(model, "model");
    endpoint = URI.create(endpoint.toString().replaceAll("/+$", "").replaceAll("/openai$", ""));
  }

  /** A foreign endpoint: another emulator, a replacement service or Azure itself. */
  public static Target remote(
      String endpoint, String apiKey, String apiVersion, String model, String bearerToken) {
    return new Target(
        URI.create(endpoint),
        apiKey,
        apiVersion == null ? EmulatorConfig.API_VERSION : apiVersion,
        model == null ? DEFAULT_MODEL : model,
        bearerToken,
        false);
  }

  /**
   * The target scenarios run against now: the one a run {@linkplain #activate activated}, else the
   * one the environment describes (starting the embedded emulator on first use).
   */
  public static synchronized Target current() {
    if (active != null) {
      return active;
    }
    if (configured == null) {
      configured = fromEnvironment();
    }
    return configured;
  }

  /** Makes {@code target} current until the returned handle is closed (one run at a time). */
  public static synchronized Activation activate(Target target) {
    Target previous = active;
    active = Objects.requireNonNull(target, "target");
    return () -> {
      synchronized (Target.class) {
        active = previous;
      }
    };
  }

  /** Restores the previously current target. */
  public interface Activation extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * The target the settings describe ({@link #setting}): a remote one when {@value #ENDPOINT} is
   * set (then {@value #API_KEY} must be too), else an emulator started in this JVM.
   */
  static Target fromEnvironment() {
    String endpoint = setting(ENDPOINT);
    if (endpoint == null) {
      return embedded(setting(API_VERSION), setting(MODEL));
    }
    String key = setting(API_KEY);
    if (key == null) {
      throw new IllegalStateException(ENDPOINT + " is set but " + API_KEY + " is not");
    }
    return remote(endpoint, key, setting(API_VERSION), setting(MODEL), setting(BEARER_TOKEN));
  }

  /** Starts an emulator in this JVM, on a free port with a random key, stopped when it exits. */
  public static Target embedded(String apiVersion, String model) {
    return embedded(apiVersion, model, EmulatorConfig.defaults().runExpiry());
  }

  /**
   * As {@link #embedded(String, String)}, with runs that expire {@code runExpiry} after they are
   * created (Azure: 10 minutes), so that the {@code @slow} scenarios, which wait for a run's own
   * {@code expires_at}, finish quickly.
   */
  public static Target embedded(String apiVersion, String model, Duration runExpiry) {
    byte[] secret = new byte[16];
    new SecureRandom().nextBytes(secret);
    String key = HexFormat.of().formatHex(secret);
    EmulatorServer emulator =
        EmulatorServer.start(
            EmulatorConfig.builder().port(0).apiKey(key).runExpiry(runExpiry).build());
    Runtime.getRuntime().addShutdownHook(new Thread(emulator::close, "conformance-emulator"));
    return new Target(
        emulator.endpoint(),
        key,
        apiVersion == null ? EmulatorConfig.API_VERSION : apiVersion,
        model == null ? DEFAULT_MODEL : model,
        // the emulator takes its keys as bearer tokens too
        key,
        true);
  }

  /** A setting from a system property, else from the environment; null when blank. */
  public static String setting(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      value = System.getenv(name);
    }
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** The base of every API path: {@code <endpoint>/openai}. */
  public URI baseUri() {
    return URI.create(endpoint + "/openai");
  }

  /**
   * Whether the emulator's control plane (scripted runs, faults, the clock) answers, at {@code
   * <endpoint>/_emulator}: always for the embedded emulator; for another endpoint (an emulator
   * started with {@code ./assistants serve}, say) when its health check answers, asked once.
   */
  public boolean hasControlPlane() {
    return embedded || CONTROL_PLANES.computeIfAbsent(endpoint, e -> probeControlPlane());
  }

  private boolean probeControlPlane() {
    HttpRequest health =
        HttpRequest.newBuilder(URI.create(endpoint + CONTROL_PLANE + "/health"))
            .header("api-key", apiKey)
            .timeout(Duration.ofSeconds(10))
            .GET()
            .build();
    try {
      HttpResponse<String> answer =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(10))
              .build()
              .send(health, HttpResponse.BodyHandlers.ofString());
      return answer.statusCode() == 200 && answer.body().contains("\"ok\"");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public String toString() {
    return (embedded ? "the embedded emulator at " : "")
        + endpoint
        + " (api-version "
        + apiVersion
        + ", model "
        + model
        + ")";
  }
}
