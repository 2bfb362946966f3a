package dev.assistantskit.interop.support;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * Records every API exchange the emulator serves (registered through {@code
 * EmulatorServer.start(config, customizer)}): the request as the SDK sent it, the status, headers
 * and the body as written — for a stream, every frame in order.
 */
@PreMatching
@Priority(1)
public final class WireRecorder
    implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {
  private static final String KEY = WireRecorder.class.getName();
  private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    byte[] body = new byte[0];
    if (request.hasEntity()) {
      try (InputStream in = request.getEntityStream()) {
        body = in.readAllBytes();
      }
      request.setEntityStream(new ByteArrayInputStream(body));
    }
    String target = request.getUriInfo().getRequestUri().getRawPath();
    String query = request.getUriInfo().getRequestUri().getRawQuery();
    if (query != null) {
      target += "?" + query;
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    request.getHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
    Exchange exchange = new Exchange(request.getMethod(), target, headers, body);
    request.setProperty(KEY, exchange);
    exchanges.add(exchange);
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Exchange exchange = (Exchange) request.getProperty(KEY);
    if (exchange != null) {
      exchange.responded(response.getStatus(), response.getStringHeaders());
    }
  }

  @Override
  public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
    Exchange exchange = (Exchange) context.getProperty(KEY);
    if (exchange != null) {
      context.setOutputStream(new Tee(context.getOutputStream(), exchange));
    }
    context.proceed();
  }

  /** Every exchange so far, oldest first. */
  public List<Exchange> exchanges() {
    return new ArrayList<>(exchanges);
  }

  /** The newest exchange that matches, or an error naming what was recorded. */
  public Exchange last(Predicate<Exchange> which) {
    List<Exchange> all = exchanges();
    for (int i = all.size() - 1; i >= 0; i--) {
      if (which.test(all.get(i))) {
        return all.get(i);
      }
    }
    throw new AssertionError("No such exchange among " + all.size() + " recorded");
  }

  public Exchange last() {
    return last(exchange -> true);
  }

  /** The newest exchange answered with an event stream. */
  public Exchange lastEventStream() {
    return last(
        e -> String.valueOf(e.responseHeader("content-type")).startsWith("text/event-stream"));
  }

  /** Everything recorded since {@code mark} (a value of {@link #mark()}). */
  public List<Exchange> since(int mark) {
    List<Exchange> all = exchanges();
    return all.subList(Math.min(mark, all.size()), all.size());
  }

  public int mark() {
    return exchanges.size();
  }

  public void clear() {
    exchanges.clear();
  }

  private static final class Tee extends FilterOutputStream {
    private final Exchange exchange;

    Tee(OutputStream out, Exchange exchange) {
      super(out);
      this.exchange = exchange;
    }

    @Override
    public void write(int b) throws IOException {
      exchange.wrote(new byte[] {(byte) b}, 0, 1);
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      // recorded first, so that a client never sees bytes the record lacks
      exchange.wrote(b, off, len);
      out.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
