package dev.assistantskit.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assistantskit.server.testing.EmulatorExtension;
import dev.assistantskit.server.testing.RawSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Requests no HTTP client would send, written to the socket as they are: each gets a prompt 4xx in
 * Azure's JSON naming the problem — never a 5xx, an HTML page, an empty body or silence.
 */
class MalformedRequestsTest {
  @RegisterExtension static final EmulatorExtension EMULATOR = new EmulatorExtension();

  private static final String V = "api-version=" + EmulatorExtension.VERSION;
  private static final String HEADERS =
      "Host: localhost\r\napi-key: " + EmulatorExtension.KEY + "\r\nConnection: close\r\n";
  private static final Duration PATIENCE = Duration.ofSeconds(10);

  /** Far below Grizzly's 30-second idle timeout, which used to be the only answer to some. */
  private static final Duration PROMPT = Duration.ofSeconds(3);

  /** A request and what its 400 must say: the param it names, a phrase of its message. */
  record Case(String name, String request, String param, String says) {}

  static List<Case> cases() {
    String post = "POST /openai/assistants?" + V + " HTTP/1.1\r\n" + HEADERS;
    return List.of(
        new Case("a request line without spaces", "GARBAGE\r\n\r\n", null, "request line"),
        new Case(
            "a request line without a version (HTTP/0.9)",
            "GET /openai/assistants?" + V + "\r\n\r\n",
            null,
            "no HTTP version"),
        new Case(
            "an unknown HTTP version",
            "GET /openai/assistants?" + V + " HTTP/2.0\r\n" + HEADERS + "\r\n",
            null,
            "'HTTP/2.0'"),
        new Case(
            "a Content-Length that is not a number",
            post + "Content-Type: application/json\r\nContent-Length: abc\r\n\r\n{}",
            null,
            "Content-Length"),
        new Case(
            "Content-Lengths that disagree",
            post + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}",
            null,
            "Content-Length headers that disagree"),
        new Case(
            "a chunk size that is not hexadecimal",
            post
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "ZZ\r\n{}\r\n0\r\n\r\n",
            null,
            "chunked request body"),
        new Case(
            "headers over the size limit",
            "GET /openai/assistants?"
                + V
                + " HTTP/1.1\r\n"
                + HEADERS
                + "X-Big: "
                + "b".repeat(9000)
                + "\r\n\r\n",
            null,
            "longer than"),
        new Case(
            "an HTTP/1.1 request without Host",
            "GET /openai/assistants?" + V + " HTTP/1.1\r\nConnection: close\r\n\r\n",
            null,
            "Host header"),
        new Case(
            "a GET with a body",
            "GET /openai/assistants?"
                + V
                + " HTTP/1.1\r\n"
                + HEADERS
                + "Content-Length: 2\r\n\r\n{}",
            null,
            "GET request must not have a body"),
        get(
            "a malformed escape in api-version",
            "/openai/assistants?api-version=%ZZ",
            "api-version"),
        get("a malformed escape in limit", "/openai/assistants?" + V + "&limit=%ZZ", "limit"),
        get("a truncated escape in order", "/openai/assistants?" + V + "&order=%E0%A4%A", "order"),
        get("a malformed escape in purpose", "/openai/files?" + V + "&purpose=%ZZ", "purpose"),
        get(
            "escapes that are not UTF-8 in order",
            "/openai/assistants?" + V + "&order=%C0",
            "order"),
        get("a raw '|' in a query value", "/openai/assistants?" + V + "&order=a|b", "order"),
        get("a malformed escape in a query name", "/openai/assistants?" + V + "&%ZZ=1", null),
        get("a malformed escape in an id", "/openai/assistants/%ZZ?" + V, null),
        get("an id that is not UTF-8", "/openai/files/%C0/content?" + V, null),
        get("a raw '|' in an id", "/openai/assistants/a|b?" + V, null),
        get("a NUL in an id", "/openai/assistants/a%00b?" + V, null));
  }

  /** A GET of a malformed target: the query parameter it names, or the path or query string. */
  private static Case get(String name, String target, String param) {
    String says =
        param != null
            ? "query parameter '" + param + "'"
            : target.contains("%ZZ=") ? "query string" : "request path";
    return new Case(name, "GET " + target + " HTTP/1.1\r\n" + HEADERS + "\r\n", param, says);
  }

  @TestFactory
  Stream<DynamicTest> eachMalformedRequestGetsAPromptJson400NamingTheProblem() {
    return Stream.concat(
        cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c))),
        Stream.of(
            DynamicTest.dynamicTest(
                "the emulator is healthy afterwards", MalformedRequestsTest::healthy)));
  }

  private static void check(Case c) {
    RawSocket.Answer answer = send(c.request());

    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.took()).as("answered promptly").isLessThan(PROMPT);
    assertJson(answer);
    JsonNode error = answer.error();
    assertThat(error.path("type").asText()).isEqualTo("invalid_request_error");
    assertThat(error.path("param").isNull() ? null : error.path("param").asText())
        .as(answer.body())
        .isEqualTo(c.param());
    assertThat(error.path("message").asText()).isNotBlank();
    assertThat(error.path("message").asText()).contains(c.says());
    assertThat(error.has("code")).isTrue();
  }

  @Test
  void aTlsHandshakeOnThePlainPortFailsPromptly() throws Exception {
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(null, null, null);
    long start = System.nanoTime();
    try (Socket plain = new Socket("127.0.0.1", EMULATOR.server().port());
        SSLSocket socket =
            (SSLSocket)
                tls.getSocketFactory().createSocket(plain, "localhost", plain.getPort(), true)) {
      socket.setSoTimeout((int) PATIENCE.toMillis());

      assertThatThrownBy(socket::startHandshake).isInstanceOf(SSLException.class);
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(PROMPT);
  }

  @Test
  void aTlsClientHelloIsAnsweredWithA400NamingIt() {
    byte[] hello = {0x16, 0x03, 0x01, 0x00, 0x05, 0x01, 0x00, 0x00, 0x01, 0x03};

    RawSocket.Answer answer = RawSocket.send(EMULATOR.server().port(), hello, PATIENCE);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.took()).isLessThan(PROMPT);
    assertJson(answer);
    assertThat(answer.error().path("message").asText()).contains("TLS handshake", "--https");
  }

  @Test
  void anEscapedSlashIsPartOfTheIdWhichNamesNothing() {
    RawSocket.Answer answer =
        send("GET /openai/assistants/a%2Fb?" + V + " HTTP/1.1\r\n" + HEADERS + "\r\n");

    assertThat(answer.status()).isEqualTo(404);
    assertJson(answer);
    assertThat(answer.error().path("message").asText())
        .isEqualTo("No assistant found with id 'a/b'.");
  }

  @Test
  void pathsOutsideTheApiGetTheGateways404() {
    for (String path : List.of("/assistants?" + V, "/", "/openai", "/deployments/x?" + V)) {
      RawSocket.Answer answer = send("GET " + path + " HTTP/1.1\r\n" + HEADERS + "\r\n");

      assertThat(answer.status()).as(path).isEqualTo(404);
      assertJson(answer);
      assertThat(answer.body())
          .as(path)
          .isEqualTo("{\"error\":{\"code\":\"404\",\"message\":\"Resource not found\"}}");
    }
  }

  @Test
  void theControlPlaneIsStillServed() {
    RawSocket.Answer answer = send("GET /_emulator/clock HTTP/1.1\r\n" + HEADERS + "\r\n");

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
  }

  @Test
  void emptyLinesBeforeARequestLineAreIgnored() {
    RawSocket.Answer answer =
        send("\r\n\r\nGET /openai/assistants?" + V + " HTTP/1.1\r\n" + HEADERS + "\r\n");

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
  }

  private static RawSocket.Answer send(String request) {
    return RawSocket.send(EMULATOR.server().port(), request, PATIENCE);
  }

  private static void assertJson(RawSocket.Answer answer) {
    assertThat(answer.contentType()).as(answer.body()).matches("application/json(;.*)?");
  }

  private static void healthy() {
    RawSocket.Answer answer =
        send("GET /openai/assistants?" + V + "&limit=1 HTTP/1.1\r\n" + HEADERS + "\r\n");
    assertThat(answer.status()).isEqualTo(200);
  }
}
