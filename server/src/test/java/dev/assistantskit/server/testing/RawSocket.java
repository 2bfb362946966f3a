package dev.assistantskit.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Bytes written to the emulator's port as they are, for what no HTTP client will send: malformed
 * request lines, headers and bodies. The answer is read until the server closes the connection.
 */
public final class RawSocket {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RawSocket() {}

  /** The one response to a request, its status, headers and body, and how long it took. */
  public record Answer(int status, Map<String, String> headers, String body, Duration took) {
    public String contentType() {
      return headers.get("content-type");
    }

    public JsonNode error() {
      try {
        return JSON.readTree(body).get("error");
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body, e);
      }
    }
  }

  /**
   * Sends {@code request} and reads what comes back until the server closes the connection, or
   * {@code patience} has passed (then what came so far, which may be nothing: status 0).
   */
  public static Answer send(int port, byte[] request, Duration patience) {
    long start = System.nanoTime();
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout((int) patience.toMillis());
      socket.getOutputStream().write(request);
      socket.getOutputStream().flush();
      ByteArrayOutputStream received = new ByteArrayOutputStream();
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[8192];
      try {
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
          received.write(buffer, 0, read);
        }
      } catch (SocketTimeoutException e) {
        // kept open: answer with what was received
      }
      return parse(
          received.toString(StandardCharsets.UTF_8), Duration.ofNanos(System.nanoTime() - start));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Answer send(int port, String request, Duration patience) {
    return send(port, request.getBytes(StandardCharsets.ISO_8859_1), patience);
  }

  private static Answer parse(String response, Duration took) {
    int headEnd = response.indexOf("\r\n\r\n");
    if (!response.startsWith("HTTP/1.1 ") || headEnd < 0) {
      return new Answer(0, Map.of(), response, took);
    }
    String[] lines = response.substring(0, headEnd).split("\r\n");
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(
          lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).trim());
    }
    int status = Integer.parseInt(lines[0].substring(9, 12));
    return new Answer(status, headers, response.substring(headEnd + 4), took);
  }
}
