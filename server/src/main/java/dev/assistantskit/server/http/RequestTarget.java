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
    String pathProblem = componentProblem(path, "/");
    if (pathProblem != null) {
      return Errors.invalid(null, "Invalid request path: " + pathProblem, null);
    }
    if (query == null || query.isEmpty()) {
      return null;
    }
    for (String pair : query.split("&", -1)) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String nameProblem = componentProblem(name, "/?");
      if (nameProblem != null) {
        return Errors.invalid(null, "Invalid query string: " + nameProblem, null);
      }
      String valueProblem = equals < 0 ? null : componentProblem(pair.substring(equals + 1), "/?");
      if (valueProblem != null) {
        String param = URLDecoder.decode(name, StandardCharsets.UTF_8);
        return Errors.invalidValue(
            param, "Invalid query parameter '" + param + "': " + valueProblem);
      }
    }
    return null;
  }

  /** What is wrong with one component, which may also hold {@code extra} characters; or null. */
  private static String componentProblem(String raw, String extra) {
    ByteArrayOutputStream decoded = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
        int low = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
        if (high < 0 || low < 0) {
          String escape = raw.substring(i, Math.min(i + 3, raw.length()));
          return "'"
              + escape
              + "' is not a percent-escape: escape each byte of UTF-8 text as %XX, with two"
              + " hexadecimal digits.";
        }
        int b = high * 16 + low;
        if (b < 0x20 || b == 0x7f) {
          return "'" + raw.substring(i, i + 3) + "' is a control character.";
        }
        decoded.write(b);
        i += 2;
      } else if (isLetterOrDigit(c) || PCHAR_SYMBOLS.indexOf(c) >= 0 || extra.indexOf(c) >= 0) {
        decoded.write(c);
      } else {
        return describe(c) + " must be percent-encoded.";
      }
    }
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(decoded.toByteArray()));
    } catch (CharacterCodingException e) {
      return "its percent-escapes are not UTF-8 text.";
    }
    return null;
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
