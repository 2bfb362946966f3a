package dev.assistantskit.server.testing;

import dev.assistantskit.spec.ContractValidator;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks every response the emulator sends against the contract, whatever client asked for it, and
 * keeps the violations for the test to assert on. Bodies are captured as they are written, byte for
 * byte.
 */
public final class ContractRecorder implements ContainerResponseFilter, WriterInterceptor {
  private static final String EXCHANGE = ContractRecorder.class.getName();

  private final ContractValidator validator;
  private final List<String> violations = new ArrayList<>();
  private int checked;

  public ContractRecorder(ContractValidator validator) {
    this.validator = validator;
  }

  private record Exchange(String method, String path, int status, MediaType type) {}

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Exchange exchange =
        new Exchange(
            request.getMethod(),
            request.getUriInfo().getRequestUri().getRawPath(),
            response.getStatus(),
            response.getMediaType());
    if (response.hasEntity() && isJson(exchange.type())) {
      request.setProperty(EXCHANGE, exchange);
    } else if (MediaType.SERVER_SENT_EVENTS_TYPE.isCompatible(exchange.type())) {
      // a stream is checked event by event where it is read (Sse), not as one body
      return;
    } else {
      // binary content: its presence and media type are what the contract can say about it
      check(exchange, response.hasEntity() ? "(binary)" : null);
    }
  }

  @Override
  public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
    Exchange exchange = (Exchange) context.getProperty(EXCHANGE);
    if (exchange == null) {
      context.proceed();
      return;
    }
    ByteArrayOutputStream copy = new ByteArrayOutputStream();
    OutputStream original = context.getOutputStream();
    context.setOutputStream(
        new FilterOutputStream(original) {
          @Override
          public void write(int b) throws IOException {
            copy.write(b);
            out.write(b);
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            copy.write(b, off, len);
            out.write(b, off, len);
          }
        });
    try {
      context.proceed();
    } finally {
      context.setOutputStream(original);
      check(exchange, copy.toString(StandardCharsets.UTF_8));
    }
  }

  private void check(Exchange exchange, String body) {
    String type = exchange.type() == null ? null : exchange.type().toString();
    List<String> problems =
        validator.validateResponse(
            exchange.method(), exchange.path(), exchange.status(), type, body);
    synchronized (this) {
      checked++;
      for (String problem : problems) {
        violations.add(
            exchange.method() + " " + exchange.path() + " → " + exchange.status() + ": " + problem);
      }
    }
  }

  /** The violations seen since the last call, which clears them. */
  public synchronized List<String> drain() {
    List<String> seen = List.copyOf(violations);
    violations.clear();
    return seen;
  }

  public synchronized int checked() {
    return checked;
  }

  private static boolean isJson(MediaType type) {
    return type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE);
  }
}
