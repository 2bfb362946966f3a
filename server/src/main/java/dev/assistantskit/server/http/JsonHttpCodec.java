package dev.assistantskit.server.http;

import dev.assistantskit.server.errors.ApiException;
import dev.assistantskit.server.errors.Errors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.Grizzly;
import org.glassfish.grizzly.attributes.Attribute;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.ContentEncoding;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpPacketParsing;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.memory.Buffers;
import org.glassfish.grizzly.memory.MemoryManager;

/**
 * Grizzly's HTTP/1.1 codec, answering what it rejects in Azure's JSON, naming the problem. The
 * stock codec answers a Content-Length that is not a number, a broken chunk or oversized headers
 * with a 400 and an empty body; waits out the idle timeout on a request line it cannot split
 * ({@link RequestLine}); and passes on request targets that fail later with a 500 ({@link
 * RequestTarget}).
 */
final class JsonHttpCodec extends HttpServerFilter {
  private static final String REJECTION = JsonHttpCodec.class.getName() + ".rejection";

  /** The stock codec's own record of the request being parsed on a connection, found by name. */
  private final Attribute<HttpRequestPacket> requestInProcess =
      Grizzly.DEFAULT_ATTRIBUTE_BUILDER.createAttribute(HTTP_SERVER_REQUEST_ATTR_NAME);

  /** Made as Grizzly's {@code HttpServer} makes the stock codec it replaces, with its settings. */
  JsonHttpCodec(NetworkListener listener, HttpServerFilter stock) {
    super(
        listener.isChunkingEnabled(),
        listener.getMaxHttpHeaderSize() == -1
            ? DEFAULT_MAX_HTTP_PACKET_HEADER_SIZE
            : listener.getMaxHttpHeaderSize(),
        null,
        listener.getKeepAlive(),
        null,
        listener.getMaxRequestHeaders(),
        listener.getMaxResponseHeaders());
    for (ContentEncoding encoding : stock.getContentEncodings()) {
      addContentEncoding(encoding);
    }
    setAllowPayloadForUndefinedHttpMethods(stock.isAllowPayloadForUndefinedHttpMethods());
    setMaxPayloadRemainderToSkip(stock.getMaxPayloadRemainderToSkip());
    getMonitoringConfig().addProbes(stock.getMonitoringConfig().getProbes());
  }

  @Override
  public NextAction handleRead(FilterChainContext ctx) throws IOException {
    Buffer input = ctx.getMessage();
    HttpRequestPacket request = requestInProcess.get(ctx.getConnection());
    if (request == null) {
      input = RequestLine.withoutEmptyLines(input);
      if (!input.hasRemaining()) {
        return ctx.getStopAction();
      }
      ctx.setMessage(input);
    }
    int start = requestLineStart(request, input);
    String problem = start < 0 ? null : RequestLine.problem(input, start);
    if (problem != null) {
      return refuse(ctx, problem);
    }
    return super.handleRead(ctx);
  }

  /** Where the request line in {@code input} starts; -1 once it has been parsed. */
  private int requestLineStart(HttpRequestPacket request, Buffer input) {
    if (request == null) {
      return input.position();
    }
    HttpPacketParsing parsing = (HttpPacketParsing) request;
    if (parsing.isHeaderParsed() || parsing.getHeaderParsingState().state != 0) {
      return -1;
    }
    // the codec started its header limit where the request started
    return parsing.getHeaderParsingState().packetLimit - maxHeadersSize;
  }

  /** Answers before there is a request to answer, and hangs up: the stream cannot be resynced. */
  private static NextAction refuse(FilterChainContext ctx, String problem) {
    byte[] body = ErrorResponses.json(Errors.invalid(null, problem, null));
    byte[] head =
        ("HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length
                + "\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    Buffer answer = ctx.getMemoryManager().allocate(head.length + body.length);
    answer.put(head).put(body).flip();
    ctx.write(answer);
    ctx.getConnection().closeSilently();
    return ctx.getStopAction();
  }

  @Override
  protected boolean onHttpHeaderParsed(HttpHeader header, Buffer buffer, FilterChainContext ctx) {
    boolean failed = super.onHttpHeaderParsed(header, buffer, ctx);
    if (!failed) {
      HttpRequestPacket request = (HttpRequestPacket) header;
      ApiException problem =
          RequestTarget.problem(
              request.getRequestURIRef().getRequestURIBC().toString(StandardCharsets.ISO_8859_1),
              request.getQueryStringDC().toString(StandardCharsets.ISO_8859_1));
      if (problem != null) {
        // handled as the codec handles its own header errors: onHttpHeaderError below
        throw problem;
      }
    }
    return failed;
  }

  @Override
  protected void onHttpHeaderError(HttpHeader header, FilterChainContext ctx, Throwable failure)
      throws IOException {
    HttpRequestPacket request = (HttpRequestPacket) header;
    request.setAttribute(REJECTION, CodecErrors.header(request, failure, maxHeadersSize));
    super.onHttpHeaderError(header, ctx, failure);
  }

  @Override
  protected void onHttpContentError(HttpHeader header, FilterChainContext ctx, Throwable failure)
      throws IOException {
    HttpRequestPacket request = (HttpRequestPacket) header;
    request.setAttribute(REJECTION, CodecErrors.content(request, failure));
    super.onHttpContentError(header, ctx, failure);
  }

  /** The body of the 400 the stock codec sends after either error above. */
  @Override
  protected HttpContent customizeErrorResponse(HttpResponsePacket response) {
    ApiException error = (ApiException) response.getRequest().getAttribute(REJECTION);
    byte[] body = ErrorResponses.json(error);
    response.setStatus(error.status());
    response.setContentType("application/json");
    response.setContentLength(body.length);
    return HttpContent.builder(response)
        .content(Buffers.wrap(MemoryManager.DEFAULT_MEMORY_MANAGER, body))
        .last(true)
        .build();
  }
}
