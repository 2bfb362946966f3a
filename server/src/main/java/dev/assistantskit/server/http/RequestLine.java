package dev.assistantskit.server.http;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.glassfish.grizzly.Buffer;

/**
 * The first line of a request, checked from its raw bytes before Grizzly parses it. Grizzly looks
 * for the space after the method for as long as the connection lives, so a line without one — a
 * word alone, or a TLS ClientHello sent to the plain-HTTP port — was answered by nothing but the
 * idle timeout; a line without a version was served as HTTP/0.9, and an unknown version got a 505
 * with an empty body.
 */
final class RequestLine {
  private static final Set<String> VERSIONS = Set.of("HTTP/1.1", "HTTP/1.0");

  /** The first byte of a TLS record carrying a handshake. */
  private static final byte TLS_HANDSHAKE = 0x16;

  private RequestLine() {}

  /**
   * What is wrong with the request line that starts at {@code start}; null when it is well formed
   * or not complete yet (Grizzly then waits for the rest, as long as its header size limit and idle
   * timeout allow).
   */
  static String problem(Buffer input, int start) {
    int end = input.limit();
    int at = start;
    if (at < end && input.get(at) == TLS_HANDSHAKE) {
      return "A TLS handshake was sent to this plain-HTTP port: use an http:// endpoint, or serve"
          + " with --https.";
    }
    int method = at;
    while (at < end && isTokenChar(input.get(at))) {
      at++;
    }
    if (at == end) {
      return null;
    }
    if (at == method || !isBlank(input.get(at))) {
      return "The request line is not 'METHOD target HTTP/1.1'.";
    }
    at = skipBlanks(input, at, end);
    while (at < end && !isBlank(input.get(at)) && !isLineBreak(input.get(at))) {
      at++;
    }
    if (at == end) {
      return null;
    }
    if (isLineBreak(input.get(at))) {
      return "The request line has no HTTP version: send 'METHOD target HTTP/1.1'.";
    }
    int version = skipBlanks(input, at, end);
    at = version;
    while (at < end && !isLineBreak(input.get(at))) {
      at++;
    }
    if (at == end) {
      return null;
    }
    if (isVersion(input, version, at, "HTTP/1.1") || isVersion(input, version, at, "HTTP/1.0")) {
      return null; // as sent by every client: no String made on the path of every request
    }
    String sent = input.toStringContent(StandardCharsets.ISO_8859_1, version, at).strip();
    return VERSIONS.contains(sent)
        ? null
        : "HTTP version '" + sent + "' is not supported: send HTTP/1.1.";
  }

  /** Whether the bytes {@code [from, to)} of {@code input} are exactly {@code version}. */
  private static boolean isVersion(Buffer input, int from, int to, String version) {
    if (to - from != version.length()) {
      return false;
    }
    for (int i = 0; i < version.length(); i++) {
      if (input.get(from + i) != version.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The request without the empty lines a client may send before its request line (RFC 9112 §2.2: a
   * server should ignore them); Grizzly would read them as the start of the method.
   */
  static Buffer withoutEmptyLines(Buffer input) {
    int at = input.position();
    while (at < input.limit() && isLineBreak(input.get(at))) {
      at++;
    }
    // Grizzly parses a new request from index 0 of its buffer, whatever the position
    return at == input.position() ? input : input.split(at);
  }

  private static int skipBlanks(Buffer input, int at, int end) {
    int next = at;
    while (next < end && isBlank(input.get(next))) {
      next++;
    }
    return next;
  }

  private static boolean isBlank(byte b) {
    return b == ' ' || b == '\t';
  }

  private static boolean isLineBreak(byte b) {
    return b == '\r' || b == '\n';
  }

  /** RFC 9110 §5.6.2: the characters of a method name. */
  private static boolean isTokenChar(byte b) {
    return (b >= 'a' && b <= 'z')
        || (b >= 'A' && b <= 'Z')
        || (b >= '0' && b <= '9')
        || "!#$%&'*+-.^_`|~".indexOf(b) >= 0;
  }
}
