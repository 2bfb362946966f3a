package dev.assistantskit.server.http;

import dev.assistantskit.server.errors.ApiException;
import dev.assistantskit.server.errors.Errors;
import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * The path and query of a request, checked before anything decodes them: Grizzly's mapper and
 * Jersey fail on a malformed percent-escape, on escapes that are not UTF-8 and on characters that
 * must be escaped, with a 500 and an HTML or empty body. Each is a 400 naming the path or the query
 * parameter instead.
 *
 * <p>A well-formed escape is data, whatever it decodes to: {@code /assistants/a%2Fb} asks for the
 * assistant {@code a/b}, which names nothing (404), as an id with any other character would.
 */
final class RequestTarget {
  /**
   * RFC 3986 unreserved and sub-delims characters, with ':' and '@': a pchar apart from escapes.
   */
  private static final String PCHAR_SYMBOLS = "-._~!$&'()*+,;=:@";

  private RequestTarget() {}

  /** The error for a raw path and query (bytes as ISO-8859-1 characters), or null. */
  static ApiException problem(String path, String query) {
    String pathProblem = componentProblem(path, 0, path.length(), "/");
    if (pathProblem != null) {
      return Errors.invalid(null, "Invalid request path: " + pathProblem, null);
    }
    if (query == null) {
      return null;
    }
    // each name=value pair in place: this runs on every request
    for (int start = 0; start < query.length(); ) {
      int end = query.indexOf('&', start);
      if (end < 0) {
        end = query.length();
      }
      int nameEnd = start;
      while (nameEnd < end && query.charAt(nameEnd) != '=') {
        nameEnd++;
      }
      String nameProblem = componentProblem(query, start, nameEnd, "/?");
      if (nameProblem != null) {
        return Errors.invalid(null, "Invalid query string: " + nameProblem, null);
      }
      String valueProblem = nameEnd == end ? null : componentProblem(query, nameEnd + 1, end, "/?");
      if (valueProblem != null) {
        String param = URLDecoder.decode(query.substring(start, nameEnd), StandardCharsets.UTF_8);
        return Errors.invalidValue(
            param, "Invalid query parameter '" + param + "': " + valueProblem);
      }
      start = end + 1;
    }
    return null;
  }

  /**
   * What is wrong with the component {@code raw[from, to)}, which may also hold {@code extra}
   * characters; or null.
   */
  private static String componentProblem(String raw, int from, int to, String extra) {
    boolean nonAscii = false;
    for (int i = from; i < to; i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        int high = i + 2 < to ? Character.digit(raw.charAt(i + 1), 16) : -1;
        int low = i + 2 < to ? Character.digit(raw.charAt(i + 2), 16) : -1;
        if (high < 0 || low < 0) {
          String escape = raw.substring(i, Math.min(i + 3, to));
          return "'"
              + escape
              + "' is not a percent-escape: escape each byte of UTF-8 text as %XX, with two"
              + " hexadecimal digits.";
        }
        int b = high * 16 + low;
        if (b < 0x20 || b == 0x7f) {
          return "'" + raw.substring(i, i + 3) + "' is a control character.";
        }
        nonAscii |= b >= 0x80;
        i += 2;
      } else if (!isLetterOrDigit(c) && PCHAR_SYMBOLS.indexOf(c) < 0 && extra.indexOf(c) < 0) {
        return describe(c) + " must be percent-encoded.";
      }
    }
    // every byte is ASCII, so UTF-8, unless an escape said otherwise
    return nonAscii && !isUtf8(raw, from, to) ? "its percent-escapes are not UTF-8 text." : null;
  }

  /** Whether the bytes of a component whose escapes are all well formed are UTF-8. */
  private static boolean isUtf8(String raw, int from, int to) {
    ByteArrayOutputStream decoded = new ByteArrayOutputStream(to - from);
    for (int i = from; i < to; i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        decoded.write(
            Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
        i += 2;
      } else {
        decoded.write(c);
      }
    }
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(decoded.toByteArray()));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean isLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static String describe(char c) {
    return c > ' ' && c < 0x7f
        ? "the character '" + c + "'"
        : String.format("the byte 0x%02X", (int) c);
  }
}
