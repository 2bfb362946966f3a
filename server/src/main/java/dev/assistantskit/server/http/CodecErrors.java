package dev.assistantskit.server.http;

import dev.assistantskit.server.errors.ApiException;
import dev.assistantskit.server.errors.Errors;
import java.util.LinkedHashSet;
import java.util.Set;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.Protocol;
import org.glassfish.grizzly.http.util.Header;

/**
 * Why Grizzly's codec refused a request, in words: its exceptions say little ("Bad HTTP headers"),
 * so the request is looked at again for the rule it broke.
 */
final class CodecErrors {
  private CodecErrors() {}

  static ApiException header(HttpRequestPacket request, Throwable failure, int maxHeaderBytes) {
    if (failure instanceof ApiException error) {
      return error;
    }
    return Errors.invalid(null, headerProblem(request, failure, maxHeaderBytes), null);
  }

  static ApiException content(HttpRequestPacket request, Throwable failure) {
    String body = request.isChunked() ? "The chunked request body" : "The request body";
    return Errors.invalid(null, body + " is malformed: " + failure.getMessage(), null);
  }

  private static String headerProblem(
      HttpRequestPacket request, Throwable failure, int maxHeaderBytes) {
    if (failure instanceof NumberFormatException) {
      // the parser drops the value it failed on: only the header's name is left to quote
      return "The Content-Length header is not a number of bytes.";
    }
    Set<String> lengths = new LinkedHashSet<>();
    request.getHeaders().values(Header.ContentLength).forEach(lengths::add);
    if (lengths.size() > 1) {
      return "The request has Content-Length headers that disagree: " + lengths + ".";
    }
    if (String.valueOf(failure.getMessage()).contains("too large")) {
      return "The request line and headers are longer than " + maxHeaderBytes + " bytes.";
    }
    if (request.getProtocol() == Protocol.HTTP_1_1 && request.getHeader(Header.Host) == null) {
      return "An HTTP/1.1 request needs a Host header.";
    }
    Method method = request.getMethod();
    if (method.getPayloadExpectation() == Method.PayloadExpectation.UNDEFINED
        && (request.getContentLength() > 0 || request.isChunked())) {
      return "A " + method.getMethodString() + " request must not have a body.";
    }
    return "The HTTP request is malformed: " + failure.getMessage();
  }
}
