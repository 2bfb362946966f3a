package dev.assistantskit.interop.support;

import dev.assistantskit.server.EmulatorConfig;
import dev.assistantskit.server.EmulatorServer;
import dev.assistantskit.server.control.ScriptDefinition;
import dev.assistantskit.server.http.SelfSignedCertificate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The emulator an interop test class drives: started in-process on a free port (over HTTPS for the
 * Azure SDK, which refuses keys over plain http), with every API exchange recorded.
 */
public final class InteropEmulator implements AutoCloseable {
  public static final String API_KEY = "interop-key";

  /** The {@code message} of the {@code error} event that ends a stream broken by a fault. */
  public static final String STREAM_FAULT_MESSAGE =
      "The stream was interrupted by a fault injected through the emulator's control plane.";

  private final EmulatorServer server;
  private final WireRecorder wire;

  private InteropEmulator(EmulatorServer server, WireRecorder wire) {
    this.server = server;
    this.wire = wire;
  }

  /** Plain http. */
  public static InteropEmulator http(Path dataDir) {
    return start(false, dataDir);
  }

  /** HTTPS with the emulator's self-signed certificate, kept in {@code dataDir}. */
  public static InteropEmulator https(Path dataDir) {
    return start(true, dataDir);
  }

  private static InteropEmulator start(boolean https, Path dataDir) {
    WireRecorder wire = new WireRecorder();
    EmulatorConfig config =
        EmulatorConfig.builder().apiKey(API_KEY).dataDir(dataDir).https(https).build();
    EmulatorServer server = EmulatorServer.start(config, app -> app.register(wire));
    return new InteropEmulator(server, wire);
  }

  public EmulatorServer server() {
    return server;
  }

  /** The Azure "endpoint" ({@code scheme://127.0.0.1:port}, no {@code /openai}). */
  public String endpoint() {
    return server.endpoint().toString();
  }

  /** {@code endpoint + "/openai"}. */
  public String baseUrl() {
    return server.baseUri().toString();
  }

  public WireRecorder wire() {
    return wire;
  }

  /** Scripts the next run(s) in-process, as {@code POST /_emulator/scripts} would. */
  public void script(ScriptDefinition definition) {
    server.emulator().scripts().add(definition);
  }

  /** Keeps the next run of {@code threadId} in progress for {@code millis}. */
  public void holdNextRunInProgress(String threadId, long millis) {
    script(new ScriptDefinition(null, threadId, null, millis, null, 1, List.of()));
  }

  /**
   * Ends the next run of {@code threadId} incomplete, for {@code reason} ({@code max_…_tokens}).
   */
  public void endNextRunIncomplete(String threadId, String reason) {
    nextTurn(threadId, new ScriptDefinition.TurnDefinition(null, null, null, null, reason));
  }

  /** Fails the next run of {@code threadId} with {@code last_error} {@code {code, message}}. */
  public void failNextRun(String threadId, String code, String message) {
    nextTurn(
        threadId,
        new ScriptDefinition.TurnDefinition(
            null, null, null, new ScriptDefinition.FailDefinition(code, message), null));
  }

  private void nextTurn(String threadId, ScriptDefinition.TurnDefinition turn) {
    script(new ScriptDefinition(null, threadId, null, null, null, 1, List.of(turn)));
  }

  /**
   * Breaks the next streamed run created on {@code threadId} after {@code events} events, with an
   * {@code error} event carrying {@link #STREAM_FAULT_MESSAGE} (a fault set through {@code POST
   * /_emulator/faults}).
   */
  public void breakNextRunStream(String threadId, int events) {
    control(
        "faults",
        "{\"method\": \"POST\", \"path\": \"/threads/"
            + threadId
            + "/runs\", \"stream_error_after\": "
            + events
            + ", \"times\": 1}");
  }

  /** The certificate the HTTPS emulator serves. */
  public SelfSignedCertificate certificate() {
    return server
        .certificate()
        .orElseThrow(() -> new IllegalStateException("This emulator serves plain http"));
  }

  /** A TLS context that trusts exactly the emulator's certificate. */
  public SSLContext sslContext() {
    SelfSignedCertificate certificate = certificate();
    try (InputStream in = Files.newInputStream(certificate.trustStore())) {
      KeyStore trust = KeyStore.getInstance("PKCS12");
      trust.load(in, certificate.password().toCharArray());
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(trust);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, factory.getTrustManagers(), null);
      return context;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Sends {@code json} to the control plane ({@code POST /_emulator/<path>}) with the JDK's HTTP
   * client, as a test written in another language would; returns the response body.
   */
  public String control(String path, String json) {
    HttpClient.Builder client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1);
    if (server.certificate().isPresent()) {
      client.sslContext(sslContext());
    }
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.controlUri() + "/" + path))
            .header("api-key", API_KEY)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    try {
      HttpResponse<String> response =
          client.build().send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new AssertionError(
            "Control plane "
                + path
                + " answered "
                + response.statusCode()
                + ": "
                + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
