package dev.assistantskit.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.findAll;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.assistantskit.client.Fixtures.API_VERSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.assistantskit.client.invoker.ApiException;
import dev.assistantskit.client.model.CreateMessageRequest;
import dev.assistantskit.client.model.CreateThreadAndRunRequest;
import dev.assistantskit.client.model.FilePurpose;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@WireMockTest
class ErrorMappingTest {
  private AssistantsClient client;

  @BeforeEach
  void setUp(WireMockRuntimeInfo wiremock) {
    client = AssistantsClient.builder().endpoint(wiremock.getHttpBaseUrl()).apiKey("k").build();
  }

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(400, BadRequestException.class),
        Arguments.of(401, AuthenticationException.class),
        Arguments.of(403, PermissionDeniedException.class),
        Arguments.of(404, NotFoundException.class),
        Arguments.of(409, ConflictException.class),
        Arguments.of(413, PayloadTooLargeException.class),
        Arguments.of(415, UnsupportedMediaTypeException.class),
        Arguments.of(422, UnprocessableEntityException.class),
        Arguments.of(429, RateLimitException.class),
        Arguments.of(500, InternalServerException.class),
        Arguments.of(501, NotImplementedException.class),
        Arguments.of(502, InternalServerException.class),
        Arguments.of(503, InternalServerException.class),
        Arguments.of(504, InternalServerException.class),
        Arguments.of(599, InternalServerException.class),
        Arguments.of(302, UnexpectedStatusException.class),
        Arguments.of(405, UnexpectedStatusException.class),
        Arguments.of(408, UnexpectedStatusException.class),
        Arguments.of(418, UnexpectedStatusException.class));
  }

  @ParameterizedTest(name = "{0} OpenAI shape -> {1}")
  @MethodSource("statuses")
  void mapsTheOpenAiErrorShape(int status, Class<? extends AssistantsException> expected) {
    String body =
        """
        {"error":{"message":"Thread thread_abc already has an active run run_abc.",
                  "type":"invalid_request_error","param":"thread_id","code":"thread_locked"}}
        """;
    stubFor(
        get(urlPathEqualTo("/openai/threads/thread_abc"))
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("apim-request-id", "req-" + status)
                    .withBody(body)));

    AssistantsException e =
        catchThrowableOfType(
            AssistantsException.class,
            () -> client.threads().getThread("thread_abc", client.apiVersion()));

    assertThat(e).isExactlyInstanceOf(expected);
    assertThat(e.status()).isEqualTo(status);
    assertThat(e.errorMessage()).isEqualTo("Thread thread_abc already has an active run run_abc.");
    assertThat(e.type()).isEqualTo("invalid_request_error");
    assertThat(e.param()).isEqualTo("thread_id");
    assertThat(e.code()).isEqualTo("thread_locked");
    assertThat(e.innerErrorCode()).isNull();
    assertThat(e.body()).isEqualTo(body);
    assertThat(e.headers().get("APIM-Request-Id")).containsExactly("req-" + status);
    assertThat(e.details().header("apim-request-id")).contains("req-" + status);
    assertThat(e.requestMethod()).isEqualTo("GET");
    assertThat(e.requestUri().getPath()).isEqualTo("/openai/threads/thread_abc");
    assertThat(e.getMessage())
        .isEqualTo(
            "HTTP "
                + status
                + " [thread_locked]: Thread thread_abc already has an active run run_abc. (GET "
                + e.requestUri()
                + ")");
  }

  @ParameterizedTest(name = "{0} gateway shape -> {1}")
  @MethodSource("statuses")
  void mapsTheGatewayErrorShape(int status, Class<? extends AssistantsException> expected) {
    stubFor(
        post(urlPathEqualTo("/openai/threads/thread_abc/messages"))
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"error\":{\"code\":\""
                            + status
                            + "\",\"message\":\"Access denied due to invalid subscription key.\"}}")));

    AssistantsException e =
        catchThrowableOfType(
            AssistantsException.class,
            () ->
                client
                    .messages()
                    .createMessage(
                        "thread_abc",
                        client.apiVersion(),
                        new CreateMessageRequest()
                            .role(CreateMessageRequest.RoleEnum.USER)
                            .content("Hi")));

    assertThat(e).isExactlyInstanceOf(expected);
    assertThat(e.status()).isEqualTo(status);
    assertThat(e.code()).isEqualTo(String.valueOf(status));
    assertThat(e.errorMessage()).isEqualTo("Access denied due to invalid subscription key.");
    assertThat(e.type()).isNull();
    assertThat(e.param()).isNull();
    assertThat(e.requestMethod()).isEqualTo("POST");
  }

  @Test
  void subclassesOfTheServerErrorAndTheBaseAreCatchable() {
    assertThat(new NotImplementedException(details(501)))
        .isInstanceOf(InternalServerException.class);
    assertThat(new RateLimitException(details(429)))
        .isInstanceOf(AssistantsException.class)
        .isInstanceOf(RuntimeException.class);
    assertThat(AssistantsException.of(details(404))).isExactlyInstanceOf(NotFoundException.class);
  }

  @Test
  void rateLimitCarriesRetryAfterSeconds() {
    stubFor(
        post(urlPathEqualTo("/openai/threads/runs"))
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("Retry-After", "20")
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        """
                        {"error":{"code":"429","message":"Requests to the Create_Thread_And_Run Operation under Azure OpenAI API version 2024-05-01-preview have exceeded call rate limit of your current OpenAI S0 pricing tier. Please retry after 20 seconds."}}
                        """)));

    RateLimitException e =
        catchThrowableOfType(
            RateLimitException.class,
            () ->
                client
                    .runs()
                    .createThreadAndRun(
                        client.apiVersion(),
                        new CreateThreadAndRunRequest().assistantId("asst_abc123")));

    assertThat(e.retryAfter()).contains(Duration.ofSeconds(20));
    assertThat(e.code()).isEqualTo("429");
    assertThat(e.errorMessage()).startsWith("Requests to the Create_Thread_And_Run Operation");
  }

  @Test
  void retryAfterMillisecondsWinOverSeconds() {
    stubFor(
        get(urlPathEqualTo("/openai/assistants"))
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("Retry-After", "2")
                    .withHeader("retry-after-ms", "1500")
                    .withBody("{\"error\":{\"code\":\"429\",\"message\":\"Slow down\"}}")));

    RateLimitException e =
        catchThrowableOfType(
            RateLimitException.class,
            () -> client.assistants().listAssistants(client.apiVersion(), null, null, null, null));

    assertThat(e.retryAfter()).contains(Duration.ofMillis(1500));
  }

  @Test
  void retryAfterIsEmptyWhenAbsentOrUnreadable() {
    stubFor(
        get(urlPathEqualTo("/openai/assistants"))
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "soon")));
    RateLimitException unreadable =
        catchThrowableOfType(
            RateLimitException.class,
            () -> client.assistants().listAssistants(client.apiVersion(), null, null, null, null));
    stubFor(get(urlPathEqualTo("/openai/assistants")).willReturn(aResponse().withStatus(429)));
    RateLimitException absent =
        catchThrowableOfType(
            RateLimitException.class,
            () -> client.assistants().listAssistants(client.apiVersion(), null, null, null, null));

    assertThat(unreadable.retryAfter()).isEmpty();
    assertThat(absent.retryAfter()).isEmpty();
    assertThat(absent.errorMessage()).isNull();
    assertThat(absent.body()).isEmpty();
    assertThat(absent.getMessage()).startsWith("HTTP 429: (empty body) (GET ");
  }

  @Test
  void retryAfterAsAnHttpDateIsTheTimeLeft() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);
    HttpHeaders headers =
        HttpHeaders.of(
            Map.of("Retry-After", List.of("Sat, 21 Nov 2026 10:00:45 GMT")), (n, v) -> true);
    HttpHeaders past =
        HttpHeaders.of(
            Map.of("Retry-After", List.of("Sat, 21 Nov 2026 09:59:00 GMT")), (n, v) -> true);

    assertThat(ErrorResponseInterceptor.retryAfter(headers, clock))
        .isEqualTo(Duration.ofSeconds(45));
    assertThat(ErrorResponseInterceptor.retryAfter(past, clock)).isEqualTo(Duration.ZERO);
  }

  /** Off-contract on purpose: what a proxy in front of Azure may answer. */
  @Test
  void aNonJsonBodyBecomesTheMessage() {
    String html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    stubFor(
        get(urlPathEqualTo("/openai/threads/thread_abc"))
            .willReturn(
                aResponse()
                    .withStatus(502)
                    .withHeader("Content-Type", "text/html")
                    .withBody(html)));

    InternalServerException e =
        catchThrowableOfType(
            InternalServerException.class,
            () -> client.threads().getThread("thread_abc", client.apiVersion()));

    assertThat(e.errorMessage()).isEqualTo(html);
    assertThat(e.body()).isEqualTo(html);
    assertThat(e.code()).isNull();
    assertThat(e.type()).isNull();
    assertThat(e.param()).isNull();
  }

  /**
   * Off-contract on purpose: bodies that are not the contract's ErrorResponse (API Management's
   * {@code statusCode}/{@code message}, a string {@code error}, a numeric {@code code}).
   */
  @Test
  void readsOtherJsonShapesWithoutTheErrorObject() {
    stubFor(
        get(urlPathEqualTo("/openai/threads/apim"))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withBody(
                        "{ \"statusCode\": 401, \"message\": \"Access denied due to missing"
                            + " subscription key.\" }")));
    stubFor(
        get(urlPathEqualTo("/openai/threads/string"))
            .willReturn(
                aResponse().withStatus(403).withBody("{\"error\":\"Forbidden by policy\"}")));
    stubFor(
        get(urlPathEqualTo("/openai/threads/number"))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withBody("{\"error\":{\"code\":401,\"message\":\"Unauthorized\"}}")));

    AuthenticationException apim =
        catchThrowableOfType(
            AuthenticationException.class,
            () -> client.threads().getThread("apim", client.apiVersion()));
    PermissionDeniedException string =
        catchThrowableOfType(
            PermissionDeniedException.class,
            () -> client.threads().getThread("string", client.apiVersion()));
    AuthenticationException number =
        catchThrowableOfType(
            AuthenticationException.class,
            () -> client.threads().getThread("number", client.apiVersion()));

    assertThat(apim.errorMessage()).isEqualTo("Access denied due to missing subscription key.");
    assertThat(string.errorMessage()).isEqualTo("Forbidden by policy");
    assertThat(number.code()).isEqualTo("401");
    assertThat(number.errorMessage()).isEqualTo("Unauthorized");
  }

  @Test
  void readsTheInnerErrorOfAContentFilterRejection() {
    stubFor(
        post(urlPathEqualTo("/openai/threads/thread_abc/messages"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        """
                        {"error":{"message":"The response was filtered due to the prompt triggering Azure OpenAI's content management policy.",
                          "type":null,"param":"prompt","code":"content_filter",
                          "inner_error":{"code":"ResponsibleAIPolicyViolation",
                            "content_filter_results":{"hate":{"filtered":true,"severity":"high"}}}}}
                        """)));

    BadRequestException e =
        catchThrowableOfType(
            BadRequestException.class,
            () ->
                client
                    .messages()
                    .createMessage(
                        "thread_abc",
                        client.apiVersion(),
                        new CreateMessageRequest()
                            .role(CreateMessageRequest.RoleEnum.USER)
                            .content("…")));

    assertThat(e.code()).isEqualTo("content_filter");
    assertThat(e.param()).isEqualTo("prompt");
    assertThat(e.type()).isNull();
    assertThat(e.innerErrorCode()).isEqualTo("ResponsibleAIPolicyViolation");
  }

  @Test
  void decodesGzipAndTheDeclaredCharset() throws Exception {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
      gz.write(
          "{\"error\":{\"code\":\"404\",\"message\":\"Resource not found\"}}"
              .getBytes(StandardCharsets.UTF_8));
    }
    stubFor(
        get(urlPathEqualTo("/openai/threads/gzip"))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Encoding", "gzip")
                    .withBody(zipped.toByteArray())));
    stubFor(
        get(urlPathEqualTo("/openai/threads/latin1"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "text/plain; charset=ISO-8859-1")
                    .withBody("Requête invalide".getBytes(StandardCharsets.ISO_8859_1))));

    NotFoundException gzip =
        catchThrowableOfType(
            NotFoundException.class, () -> client.threads().getThread("gzip", client.apiVersion()));
    BadRequestException latin1 =
        catchThrowableOfType(
            BadRequestException.class,
            () -> client.threads().getThread("latin1", client.apiVersion()));

    assertThat(gzip.code()).isEqualTo("404");
    assertThat(gzip.errorMessage()).isEqualTo("Resource not found");
    assertThat(latin1.errorMessage()).isEqualTo("Requête invalide");
  }

  @Test
  void mapsErrorsOfMultipartUploadsAndBinaryDownloadsToo(@TempDir Path dir) throws Exception {
    stubFor(
        post(urlPathEqualTo("/openai/files"))
            .willReturn(
                aResponse()
                    .withStatus(413)
                    .withBody(
                        """
                        {"error":{"message":"File exceeds the maximum allowed size of 512 MB.",
                          "type":"invalid_request_error","param":"file","code":null}}
                        """)));
    stubFor(
        get(urlPathEqualTo("/openai/files/assistant-gone/content"))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withBody(
                        """
                        {"error":{"message":"Files [assistant-gone] were not found",
                          "type":"invalid_request_error","param":null,"code":null}}
                        """)));
    File file = Files.writeString(dir.resolve("big.bin"), "x").toFile();

    PayloadTooLargeException upload =
        catchThrowableOfType(
            PayloadTooLargeException.class,
            () -> client.files().uploadFile(client.apiVersion(), file, FilePurpose.ASSISTANTS));
    NotFoundException download =
        catchThrowableOfType(
            NotFoundException.class,
            () -> client.files().downloadFile("assistant-gone", client.apiVersion()));

    assertThat(upload.param()).isEqualTo("file");
    assertThat(upload.code()).isNull();
    assertThat(upload.errorMessage()).isEqualTo("File exceeds the maximum allowed size of 512 MB.");
    assertThat(download.errorMessage()).isEqualTo("Files [assistant-gone] were not found");
    assertThat(download.type()).isEqualTo("invalid_request_error");
  }

  /** With this client the checked ApiException only means "no HTTP response to map". */
  @Test
  void transportFailuresStayTheGeneratedCheckedException() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    AssistantsClient unreachable =
        AssistantsClient.builder().endpoint("http://127.0.0.1:" + closedPort).apiKey("k").build();

    assertThatThrownBy(() -> unreachable.threads().getThread("thread_abc", API_VERSION))
        .isExactlyInstanceOf(ApiException.class)
        .hasCauseInstanceOf(ConnectException.class);
  }

  @Test
  void aMissingRequiredArgumentIsTheGeneratedCheckedExceptionAndSendsNothing() {
    ApiException e =
        catchThrowableOfType(
            ApiException.class, () -> client.threads().getThread(null, client.apiVersion()));

    assertThat(e.getCode()).isEqualTo(400);
    assertThat(e.getMessage())
        .isEqualTo("Missing the required parameter 'threadId' when calling getThread");
    assertThat(findAll(getRequestedFor(anyUrl()))).isEmpty();
  }

  private static ErrorDetails details(int status) {
    return new ErrorDetails(
        status, null, "m", null, null, null, "m", Map.of(), null, "GET", URI.create("http://x/"));
  }
}
