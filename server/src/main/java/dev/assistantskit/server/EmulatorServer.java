package dev.assistantskit.server;

import dev.assistantskit.server.http.H2cUpgradeIgnoringAddOn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/** An emulator served over HTTP by Grizzly; {@link #close()} stops it. */
public final class EmulatorServer implements AutoCloseable {
  private final Emulator emulator;
  private final HttpServer http;
  private final URI endpoint;

  private EmulatorServer(Emulator emulator, HttpServer http, URI endpoint) {
    this.emulator = emulator;
    this.http = http;
    this.endpoint = endpoint;
  }

  public static EmulatorServer start(EmulatorConfig config) {
    return start(config, app -> {});
  }

  /**
   * Starts an emulator whose application {@code customizer} may extend first — tests register their
   * own filters this way.
   */
  public static EmulatorServer start(EmulatorConfig config, Consumer<ResourceConfig> customizer) {
    Emulator emulator = new Emulator(config);
    URI base = URI.create("http://" + config.host() + ":" + config.port() + "/openai/");
    ResourceConfig app = EmulatorApp.api(emulator);
    customizer.accept(app);
    HttpServer http = GrizzlyHttpServerFactory.createHttpServer(base, app, false);
    http.getServerConfiguration()
        .addHttpHandler(
            ContainerFactory.createContainer(
                GrizzlyHttpContainer.class, EmulatorApp.control(emulator)),
            "/_emulator");
    NetworkListener listener = http.getListeners().iterator().next();
    listener.registerAddOn(new H2cUpgradeIgnoringAddOn());
    try {
      http.start();
    } catch (IOException e) {
      emulator.close();
      throw new UncheckedIOException("Cannot listen on " + config.host() + ":" + config.port(), e);
    }
    URI endpoint = URI.create("http://" + config.host() + ":" + listener.getPort());
    return new EmulatorServer(emulator, http, endpoint);
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
