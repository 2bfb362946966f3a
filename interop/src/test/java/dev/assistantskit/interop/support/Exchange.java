package dev.assistantskit.interop.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One HTTP exchange as the emulator saw it: the request an SDK sent and the response it got, kept
 * so that a test can check a parsed model against the JSON it came from and so that a mismatch can
 * be reported with its exact request and response.
 */
public final class Exchange {
  /** Bodies are kept up to this size; the rest is counted, not stored. */
  static final int MAX_BODY = 256 * 1024;

  private static final Set<String> SHOWN_HEADERS =
      Set.of(
          "content-type",
          "accept",
          "openai-beta",
          "api-key",
          "authorization",
          "user-agent",
          "x-stainless-lang",
          "retry-after");

  private final long startedNanos = System.nanoTime();
  private final String method;
  private final String target;
  private final Map<String, List<String>> requestHeaders;
  private final byte[] requestBody;
  private volatile int status;
  private volatile Map<String, List<String>> responseHeaders = Map.of();
  private final ByteArrayOutputStream responseBody = new ByteArrayOutputStream();
  private long responseBytes;

  Exchange(
      String method, String target, Map<String, List<String>> requestHeaders, byte[] requestBody) {
    this.method = method;
    this.target = target;
    this.requestHeaders = requestHeaders;
    this.requestBody = requestBody;
  }

  /** When the request arrived ({@link System#nanoTime()}). */
  public long startedNanos() {
    return startedNanos;
  }

  public String method() {
    return method;
  }

  /** The path (from {@code /openai}) and query string. */
  public String target() {
    return target;
  }

  public String path() {
    int query = target.indexOf('?');
    return query < 0 ? target : target.substring(0, query);
  }

  public Map<String, List<String>> requestHeaders() {
    return requestHeaders;
  }

  public String requestHeader(String name) {
    return first(requestHeaders, name);
  }

  public String requestBody() {
    return new String(requestBody, StandardCharsets.UTF_8);
  }

  public int status() {
    return status;
  }

  public String responseHeader(String name) {
    return first(responseHeaders, name);
  }

  /** The first value of header {@code name} (any case), or null. */
  private static String first(Map<String, List<String>> headers, String name) {
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      if (header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
        return header.getValue().get(0);
      }
    }
    return null;
  }

  public synchronized byte[] responseBytes() {
    return responseBody.toByteArray();
  }

  public String responseBody() {
    return new String(responseBytes(), StandardCharsets.UTF_8);
  }

  void responded(int status, Map<String, List<String>> headers) {
    this.status = status;
    this.responseHeaders = new LinkedHashMap<>(headers);
  }

  synchronized void wrote(byte[] bytes, int offset, int length) {
    responseBytes += length;
    int room = (int) Math.max(0, MAX_BODY - responseBody.size());
    responseBody.write(bytes, offset, Math.min(room, length));
  }

  /** The exchange as a reader of a bug report wants it: request line, headers, bodies. */
  @Override
  public synchronized String toString() {
    StringBuilder out = new StringBuilder();
    out.append("> ").append(method).append(' ').append(target).append('\n');
    requestHeaders.forEach(
        (name, values) -> {
          if (SHOWN_HEADERS.contains(name.toLowerCase())) {
            boolean secret =
                name.equalsIgnoreCase("api-key") || name.equalsIgnoreCase("authorization");
            out.append("> ")
                .append(name)
                .append(": ")
                .append(secret ? "<redacted>" : String.join(", ", values))
                .append('\n');
          }
        });
    if (requestBody.length > 0) {
      out.append(printable(requestBody, requestHeader("content-type"))).append('\n');
    }
    out.append("< ").append(status).append('\n');
    responseHeaders.forEach(
        (name, values) -> {
          if (SHOWN_HEADERS.contains(name.toLowerCase())) {
            out.append("< ").append(name).append(": ").append(String.join(", ", values));
            out.append('\n');
          }
        });
    byte[] body = responseBody.toByteArray();
    if (body.length > 0) {
      out.append(printable(body, responseHeader("content-type")));
      if (responseBytes > body.length) {
        out.append("\n… (").append(responseBytes).append(" bytes in all)");
      }
    }
    return out.toString();
  }

  private static String printable(byte[] body, String contentType) {
    boolean text =
        contentType == null
            || contentType.startsWith("application/json")
            || contentType.startsWith("text/")
            || contentType.startsWith("multipart/form-data");
    if (!text) {
      return "<" + body.length + " bytes of " + contentType + ">";
    }
    String value = new String(body, StandardCharsets.UTF_8);
    if (contentType != null && contentType.startsWith("multipart/")) {
      // Keep the part headers and short text parts; elide binary file content.
      StringBuilder shown = new StringBuilder();
      for (String line : value.split("\r\n", -1)) {
        boolean binary = line.chars().anyMatch(c -> c < 0x09 || c == 0xFFFD);
        shown.append(
            binary ? "<binary>" : line.length() > 200 ? line.substring(0, 200) + "…" : line);
        shown.append("\\r\\n\n");
      }
      return shown.toString();
    }
    return value.length() > 20_000 ? value.substring(0, 20_000) + "…" : value;
  }
}
