package dev.assistantskit.server;

import dev.assistantskit.server.http.H2cUpgradeIgnoringAddOn;
import dev.assistantskit.server.http.HungUpClients;
import dev.assistantskit.server.http.JsonErrorPages;
import dev.assistantskit.server.http.JsonHttpCodecAddOn;
import dev.assistantskit.server.http.LazyContainer;
import dev.assistantskit.server.http.SelfSignedCertificate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.ssl.SSLContextConfigurator;
import org.glassfish.grizzly.ssl.SSLEngineConfigurator;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/** An emulator served over HTTP by Grizzly; {@link #close()} stops it. */
public final class EmulatorServer implements AutoCloseable {
  private final Emulator emulator;
  private final HttpServer http;
  private final URI endpoint;
  private final SelfSignedCertificate certificate;

  private EmulatorServer(
      Emulator emulator, HttpServer http, URI endpoint, SelfSignedCertificate certificate) {
    this.emulator = emulator;
    this.http = http;
    this.endpoint = endpoint;
    this.certificate = certificate;
  }

  public static EmulatorServer start(EmulatorConfig config) {
    return start(config, app -> {});
  }

  /**
   * Starts an emulator whose application {@code customizer} may extend first — tests register their
   * own filters this way.
   */
  public static EmulatorServer start(EmulatorConfig config, Consumer<ResourceConfig> customizer) {
    HungUpClients.install();
    Emulator emulator = new Emulator(config);
    String scheme = config.https() ? "https" : "http";
    URI base = URI.create(scheme + "://" + config.host() + ":" + config.port() + "/openai/");
    ResourceConfig app = EmulatorApp.api(emulator);
    customizer.accept(app);
    SelfSignedCertificate certificate = null;
    HttpServer http;
    if (config.https()) {
      certificate = SelfSignedCertificate.in(tlsFolder(config), config.host());
      SSLContextConfigurator tls = new SSLContextConfigurator();
      tls.setKeyStoreFile(certificate.keyStore().toString());
      tls.setKeyStorePass(certificate.password());
      tls.setKeyStoreType("PKCS12");
      SSLEngineConfigurator engine =
          new SSLEngineConfigurator(tls).setClientMode(false).setNeedClientAuth(false);
      http = GrizzlyHttpServerFactory.createHttpServer(base, app, true, engine, false);
    } else {
      http = GrizzlyHttpServerFactory.createHttpServer(base, app, false);
    }
    http.getServerConfiguration()
        .addHttpHandler(new LazyContainer(() -> EmulatorApp.control(emulator)), "/_emulator");
    http.getServerConfiguration().setDefaultErrorPageGenerator(new JsonErrorPages());
    NetworkListener listener = http.getListeners().iterator().next();
    listener.registerAddOn(new JsonHttpCodecAddOn());
    listener.registerAddOn(new H2cUpgradeIgnoringAddOn());
    try {
      http.start();
    } catch (IOException e) {
      emulator.close();
      throw new UncheckedIOException("Cannot listen on " + config.host() + ":" + config.port(), e);
    }
    URI endpoint = URI.create(scheme + "://" + config.host() + ":" + listener.getPort());
    return new EmulatorServer(emulator, http, endpoint, certificate);
  }

  /** Where the certificate lives: the data folder, or ~/.assistants-kit so it is trusted once. */
  private static Path tlsFolder(EmulatorConfig config) {
    return config
        .dataDirectory()
        .orElse(Path.of(System.getProperty("user.home"), ".assistants-kit"))
        .resolve("tls");
  }

  /** The certificate served with {@code --https}, to be trusted by clients. */
  public Optional<SelfSignedCertificate> certificate() {
    return Optional.ofNullable(certificate);
  }

  /** The Azure "endpoint": scheme, host and port, without the {@code /openai} prefix. */
  public URI endpoint() {
    return endpoint;
  }

  /** The control plane's base: {@code <endpoint>/_emulator}. */
  public URI controlUri() {
    return URI.create(endpoint + "/_emulator");
  }

  /** The base of every API path: {@code <endpoint>/openai}. */
  public URI baseUri() {
    return URI.create(endpoint + "/openai");
  }

  public int port() {
    return endpoint.getPort();
  }

  public Emulator emulator() {
    return emulator;
  }

  @Override
  public void close() {
    try {
      http.shutdown(2, TimeUnit.SECONDS).get(3, TimeUnit.SECONDS);
    } catch (Exception e) {
      http.shutdownNow();
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
    } finally {
      emulator.close();
    }
  }
}
