package dev.assistantskit.conformance;

import dev.assistantskit.server.EmulatorConfig;
import dev.assistantskit.server.EmulatorServer;
import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The endpoint the suite runs against, from system properties or environment variables: {@code
 * ASSISTANTS_ENDPOINT}, {@code ASSISTANTS_API_KEY}, {@code ASSISTANTS_API_VERSION} (default
 * 2024-05-01-preview) and {@code ASSISTANTS_MODEL} (the deployment name). Without an endpoint, an
 * emulator is started in this JVM on a free port and used instead.
 *
 * @param endpoint the Azure "endpoint", without {@code /openai}
 * @param embedded whether it is the in-process emulator (then emulator-only scenarios can run)
 */
public record Target(
    URI endpoint, String apiKey, String apiVersion, String model, boolean embedded) {
  public static final String ENDPOINT = "ASSISTANTS_ENDPOINT";
  public static final String API_KEY = "ASSISTANTS_API_KEY";
  public static final String API_VERSION = "ASSISTANTS_API_VERSION";
  public static final String MODEL = "ASSISTANTS_MODEL";

  private static Target current;
  private static EmulatorServer emulator;

  /** The target of this JVM, starting the embedded emulator on first use when needed. */
  public static synchronized Target current() {
    if (current == null) {
      current = resolve();
    }
    return current;
  }

  private static Target resolve() {
    String version = setting(API_VERSION, EmulatorConfig.API_VERSION);
    String model = setting(MODEL, "gpt-4-1106-preview");
    String endpoint = setting(ENDPOINT, null);
    if (endpoint != null) {
      String key = setting(API_KEY, null);
      if (key == null) {
        throw new IllegalStateException(ENDPOINT + " is set but " + API_KEY + " is not");
      }
      return new Target(URI.create(endpoint.replaceAll("/+$", "")), key, version, model, false);
    }
    byte[] secret = new byte[16];
    new SecureRandom().nextBytes(secret);
    String key = HexFormat.of().formatHex(secret);
    emulator = EmulatorServer.start(EmulatorConfig.builder().port(0).apiKey(key).build());
    Runtime.getRuntime().addShutdownHook(new Thread(emulator::close, "conformance-emulator"));
    return new Target(emulator.endpoint(), key, version, model, true);
  }

  private static String setting(String name, String fallback) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      value = System.getenv(name);
    }
    return value == null || value.isBlank() ? fallback : value;
  }

  /** The base of every API path: {@code <endpoint>/openai}. */
  public URI baseUri() {
    return URI.create(endpoint + "/openai");
  }
}
