package dev.assistantskit.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * One keep-alive HTTP/1.1 connection to a localhost port: the smallest client that can measure a
 * server without measuring itself (no pooling, no async machinery, no TLS). Reads {@code
 * Content-Length} and chunked bodies, and server-sent events line by line.
 */
final class Http implements AutoCloseable {
  /** A response: status and body. */
  record Response(int status, String body) {
    Response expect(int wanted, String what) {
      if (status != wanted) {
        throw new IllegalStateException(
            what + ": expected HTTP " + wanted + ", got " + status + ": " + abbreviate(body));
      }
      return this;
    }
  }

  /** What a streamed request saw: nanoseconds to the first event and to the end. */
  record Streamed(int status, long firstEventNanos, long endNanos, int events, String lastEvent) {}

  private final String host;
  private final int port;
  private final String apiKey;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  Http(String host, int port, String apiKey) {
    this.host = host;
    this.port = port;
    this.apiKey = apiKey;
  }

  Response get(String path) {
    return send("GET", path, null);
  }

  Response post(String path, String json) {
    return send("POST", path, json);
  }

  Response delete(String path) {
    return send("DELETE", path, null);
  }

  /** Sends a request, retrying once on a fresh connection if a kept-alive one was closed. */
  Response send(String method, String path, String json) {
    try {
      return exchange(method, path, json);
    } catch (IOException first) {
      close();
      try {
        return exchange(method, path, json);
      } catch (IOException second) {
        close();
        throw new UncheckedIOException(method + " " + path + " failed", second);
      }
    }
  }

  /**
   * Sends a request whose answer is {@code text/event-stream} and reads events until one {@code
   * last} accepts (or the stream ends); times are measured from {@code startNanos}.
   */
  Streamed stream(String path, String json, long startNanos, Predicate<String> last) {
    try {
      connect();
      out.write(request("POST", path, json));
      out.flush();
      Head head = readHead();
      if (head.status != 200) {
        String body = new String(readBody(head), StandardCharsets.UTF_8);
        throw new IllegalStateException("stream: HTTP " + head.status + ": " + abbreviate(body));
      }
      InputStream body = head.chunked ? new ChunkedInput(in) : in;
      long first = -1;
      int events = 0;
      String event = null;
      while (true) {
        String line = readLine(body);
        if (line == null) {
          break;
        }
        if (line.startsWith("event:")) {
          if (first < 0) {
            first = System.nanoTime() - startNanos;
          }
          events++;
          event = line.substring(6).trim();
          if (last.test(event)) {
            break;
          }
        }
      }
      long end = System.nanoTime() - startNanos;
      if (head.chunked) {
        ((ChunkedInput) body).drain();
      } else {
        close();
      }
      if (head.close) {
        close();
      }
      return new Streamed(head.status, first, end, events, event);
    } catch (IOException e) {
      close();
      throw new UncheckedIOException("stream " + path + " failed", e);
    }
  }

  private Response exchange(String method, String path, String json) throws IOException {
    connect();
    out.write(request(method, path, json));
    out.flush();
    Head head = readHead();
    String body = new String(readBody(head), StandardCharsets.UTF_8);
    if (head.close) {
      close();
    }
    return new Response(head.status, body);
  }

  private void connect() throws IOException {
    if (socket == null) {
      Socket s = new Socket();
      s.setTcpNoDelay(true);
      s.connect(new InetSocketAddress(host, port), 2000);
      s.setSoTimeout(60_000);
      socket = s;
      in = new BufferedInputStream(s.getInputStream(), 64 * 1024);
      out = s.getOutputStream();
    }
  }

  byte[] request(String method, String path, String json) {
    return request(method, host, port, path, apiKey, json);
  }

  static byte[] request(
      String method, String host, int port, String path, String apiKey, String json) {
    byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
    StringBuilder head = new StringBuilder(256);
    head.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
    head.append("Host: ").append(host).append(':').append(port).append("\r\n");
    if (apiKey != null) {
      head.append("api-key: ").append(apiKey).append("\r\n");
    }
    head.append("Accept: application/json, text/event-stream\r\n");
    if (json != null) {
      head.append("Content-Type: application/json\r\n");
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("\r\n");
    byte[] start = head.toString().getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[start.length + body.length];
    System.arraycopy(start, 0, all, 0, start.length);
    System.arraycopy(body, 0, all, start.length, body.length);
    return all;
  }

  /** The status line and the headers that matter for framing. */
  static final class Head {
    int status;
    long length = -1;
    boolean chunked;
    boolean close;
  }

  private Head readHead() throws IOException {
    return readHead(in);
  }

  static Head readHead(InputStream in) throws IOException {
    String status = readLine(in);
    if (status == null) {
      throw new EOFException("connection closed before a response");
    }
    Head head = new Head();
    int space = status.indexOf(' ');
    head.status = Integer.parseInt(status.substring(space + 1, space + 4));
    head.close = status.startsWith("HTTP/1.0");
    for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).trim();
      switch (name) {
        case "content-length" -> head.length = Long.parseLong(value);
        case "transfer-encoding" ->
            head.chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
        case "connection" -> {
          String v = value.toLowerCase(Locale.ROOT);
          if (v.contains("close")) {
            head.close = true;
          } else if (v.contains("keep-alive")) {
            head.close = false;
          }
        }
        default -> {}
      }
    }
    return head;
  }

  private byte[] readBody(Head head) throws IOException {
    return readBody(in, head);
  }

  static byte[] readBody(InputStream in, Head head) throws IOException {
    if (head.status == 204 || head.status == 304 || (head.status >= 100 && head.status < 200)) {
      return new byte[0];
    }
    if (head.chunked) {
      return new ChunkedInput(in).readAllBytes();
    }
    if (head.length >= 0) {
      return in.readNBytes((int) head.length);
    }
    head.close = true;
    return in.readAllBytes();
  }

  /** Reads one CRLF- (or LF-) terminated line as ASCII/UTF-8; null at the end of input. */
  static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(128);
    int b;
    while ((b = in.read()) != -1) {
      if (b == '\n') {
        byte[] bytes = line.toByteArray();
        int n =
            bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, n, StandardCharsets.UTF_8);
      }
      line.write(b);
    }
    return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
  }

  /** A chunked body as a stream that ends at the last chunk (after reading the trailers). */
  static final class ChunkedInput extends InputStream {
    private final InputStream in;
    private long left;
    private boolean done;

    ChunkedInput(InputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      if (!ready()) {
        return -1;
      }
      int b = in.read();
      if (b < 0) {
        throw new EOFException("chunked body cut short");
      }
      left--;
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      if (!ready()) {
        return -1;
      }
      int n = in.read(buffer, offset, (int) Math.min(length, left));
      if (n < 0) {
        throw new EOFException("chunked body cut short");
      }
      left -= n;
      return n;
    }

    private boolean ready() throws IOException {
      if (done) {
        return false;
      }
      if (left == 0) {
        String size = readLine(in);
        if (size != null && size.isEmpty()) {
          size = readLine(in); // the CRLF closing the previous chunk
        }
        if (size == null) {
          throw new EOFException("chunked body cut short");
        }
        int semicolon = size.indexOf(';');
        left = Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
        if (left == 0) {
          for (String trailer = readLine(in);
              trailer != null && !trailer.isEmpty();
              trailer = readLine(in)) {
            // trailers are ignored
          }
          done = true;
          return false;
        }
      }
      return true;
    }

    /** Reads and discards the rest of the body, so the connection can be reused. */
    void drain() throws IOException {
      byte[] skip = new byte[8192];
      while (read(skip, 0, skip.length) >= 0) {
        // discard
      }
    }
  }

  static String abbreviate(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing
      }
      socket = null;
    }
  }
}
