package dev.assistantskit.server.http;

import java.util.function.Supplier;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * A Jersey application served by Grizzly that is set up on its first request rather than at start:
 * for the control plane, which many sessions never call, and whose setup would add tens of
 * milliseconds to every start.
 */
public final class LazyContainer extends HttpHandler {
  private final Supplier<ResourceConfig> application;
  private volatile GrizzlyHttpContainer container;
  private boolean destroyed;

  public LazyContainer(Supplier<ResourceConfig> application) {
    this.application = application;
  }

  @Override
  public void service(Request request, Response response) throws Exception {
    GrizzlyHttpContainer started = container;
    if (started == null) {
      started = container();
    }
    started.service(request, response);
  }

  private synchronized GrizzlyHttpContainer container() {
    if (container == null) {
      if (destroyed) {
        throw new IllegalStateException("the server is stopping");
      }
      GrizzlyHttpContainer made =
          ContainerFactory.createContainer(GrizzlyHttpContainer.class, application.get());
      made.start();
      container = made;
    }
    return container;
  }

  @Override
  public synchronized void destroy() {
    destroyed = true;
    if (container != null) {
      container.destroy();
    }
  }
}
