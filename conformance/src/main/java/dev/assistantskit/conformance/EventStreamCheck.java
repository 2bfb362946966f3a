package dev.assistantskit.conformance;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a {@code text/event-stream} body into its events as the bytes arrive and checks each
 * event's {@code data} against the contract's stream event schema for its name ({@link
 * ContractCheck#verifyEvent}). {@link #feed} gives back the bytes of the events that are complete
 * and allowed, so a reader sees an event only once it has been checked, and as soon as it is
 * complete; and the first event that is not allowed.
 *
 * <p>Lines end with LF, CR LF or CR; a blank line ends an event; {@code event:} names it ({@code
 * message} if absent); its {@code data:} lines are joined with LF; comments ({@code :…}) and other
 * fields are ignored.
 */
final class EventStreamCheck {
  private final String method;
  private final String path;
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

  /**
   * @param method the request's method
   * @param path the request's path below the target, as {@link ContractCheck} names it
   */
  EventStreamCheck(String method, String path) {
    this.method = method;
    this.path = path;
  }

  /**
   * What the next bytes of a stream gave.
   *
   * @param checked the bytes of the events they completed that the contract allows, in order
   * @param violation the first event it does not allow, naming the event and the field; null if
   *     none. The stream is broken then: nothing after it is checked.
   */
  record Fed(byte[] checked, AssertionError violation) {}

  /** Takes the next bytes of the stream. */
  Fed feed(byte[] bytes) {
    pending.writeBytes(bytes);
    byte[] all = pending.toByteArray();
    int checkedUpTo = 0;
    int eventStart = 0;
    int lineStart = 0;
    int i = 0;
    while (i < all.length) {
      byte b = all[i];
      if (b != '\n' && b != '\r') {
        i++;
        continue;
      }
      if (b == '\r' && i + 1 == all.length) {
        break; // a CR LF may be split between two reads: wait for the next byte
      }
      int next = b == '\r' && all[i + 1] == '\n' ? i + 2 : i + 1;
      if (i == lineStart) {
        try {
          check(Arrays.copyOfRange(all, eventStart, i));
        } catch (AssertionError violation) {
          return new Fed(Arrays.copyOf(all, checkedUpTo), violation);
        }
        eventStart = next;
        checkedUpTo = next;
      }
      i = next;
      lineStart = next;
    }
    pending.reset();
    pending.write(all, checkedUpTo, all.length - checkedUpTo);
    return new Fed(Arrays.copyOf(all, checkedUpTo), null);
  }

  /**
   * The bytes after the last complete event, unchecked: a reader discards an event the stream does
   * not end (the server-sent events specification), so a scenario notices what is missing.
   */
  byte[] rest() {
    byte[] rest = pending.toByteArray();
    pending.reset();
    return rest;
  }

  private void check(byte[] block) {
    String name = null;
    StringBuilder data = null;
    for (String line : new String(block, StandardCharsets.UTF_8).split("\r\n|\r|\n")) {
      if (line.isEmpty() || line.startsWith(":")) {
        continue;
      }
      int colon = line.indexOf(':');
      String field = colon < 0 ? line : line.substring(0, colon);
      String value = colon < 0 ? "" : line.substring(colon + 1);
      value = value.startsWith(" ") ? value.substring(1) : value;
      if (field.equals("event")) {
        name = value;
      } else if (field.equals("data")) {
        data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
      }
    }
    if (name != null || data != null) {
      ContractCheck.verifyEvent(
          method, path, name == null ? "message" : name, data == null ? "" : data.toString());
    }
  }
}
