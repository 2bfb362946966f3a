package dev.assistantskit.client.stream;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a {@code text/event-stream} into events as the WHATWG HTML "server-sent events" parsing
 * rules say: lines end in CRLF, LF or CR; {@code :} starts a comment; {@code data} lines are joined
 * with {@code \n}; {@code id}, {@code retry} and unknown fields are ignored; a blank line
 * dispatches; an event cut off by the end of the input is dropped.
 *
 * <p>It reads only what the input has delivered so far, so each event is returned as soon as its
 * blank line has arrived.
 */
final class ServerSentEventReader {
  /** One dispatched event: the name ({@code message} by default) and the joined data. */
  record Event(String name, String data) {}

  private final InputStream in;
  private final byte[] buffer = new byte[8192];
  private int position;
  private int limit;
  private byte[] line = new byte[256];
  private int lineLength;
  private boolean skipLineFeed;
  private boolean firstLine = true;

  ServerSentEventReader(InputStream in) {
    this.in = in;
  }

  /**
   * Reads up to the next dispatched event.
   *
   * @return the event, or {@code null} at the end of the input
   */
  Event next() throws IOException {
    String name = "";
    StringBuilder data = null;
    String text;
    while ((text = readLine()) != null) {
      if (text.isEmpty()) {
        if (data != null) {
          return new Event(name.isEmpty() ? "message" : name, data.toString());
        }
        name = "";
        continue;
      }
      if (text.charAt(0) == ':') {
        continue;
      }
      int colon = text.indexOf(':');
      String field = colon < 0 ? text : text.substring(0, colon);
      String value = colon < 0 ? "" : text.substring(colon + 1);
      if (value.startsWith(" ")) {
        value = value.substring(1);
      }
      if (field.equals("event")) {
        name = value;
      } else if (field.equals("data")) {
        data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
      }
    }
    return null;
  }

  private String readLine() throws IOException {
    lineLength = 0;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          return null; // a line not ended by CR or LF belongs to an incomplete event
        }
      }
      byte b = buffer[position++];
      if (skipLineFeed) {
        skipLineFeed = false;
        if (b == '\n') {
          continue;
        }
      }
      if (b == '\n' || b == '\r') {
        skipLineFeed = b == '\r';
        return decodeLine();
      }
      append(b);
    }
  }

  private void append(byte b) {
    if (lineLength == line.length) {
      line = Arrays.copyOf(line, line.length * 2);
    }
    line[lineLength++] = b;
  }

  /** UTF-8, as the format prescribes; CR and LF never occur inside a multi-byte sequence. */
  private String decodeLine() {
    String text = new String(line, 0, lineLength, StandardCharsets.UTF_8);
    if (firstLine) {
      firstLine = false;
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
    }
    return text;
  }
}
