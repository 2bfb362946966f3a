package dev.assistantskit.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.assistantskit.client.api.ThreadsApi;
import dev.assistantskit.client.invoker.ApiClient;
import dev.assistantskit.client.invoker.ApiException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Generated-code defect 1: JSON responses were decoded with the platform charset ({@code new
 * String(bytes)}), so on JDK 17 under {@code LANG=C} "Zürich ☃" became "Z??rich ???". The template
 * override decodes with the charset the response declares, and UTF-8 otherwise.
 */
@WireMockTest
class ResponseCharsetTest {
  /** "Zürich ☃", written with escapes so that the source encoding does not matter. */
  private static final String CITY = "Z\u00fcrich \u2603";

  private static final String LATIN1_CITY = "Z\u00fcrich";

  private String baseUrl;

  @BeforeEach
  void setUp(WireMockRuntimeInfo wiremock) {
    baseUrl = wiremock.getHttpBaseUrl();
    stubFor(
        get(urlPathEqualTo("/openai/threads/thread_utf8"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json") // no charset: JSON is UTF-8
                    .withBody(thread("thread_utf8", CITY).getBytes(StandardCharsets.UTF_8))));
    stubFor(
        get(urlPathEqualTo("/openai/threads/thread_latin1"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json; charset=ISO-8859-1")
                    .withBody(
                        thread("thread_latin1", LATIN1_CITY)
                            .getBytes(StandardCharsets.ISO_8859_1))));
  }

  private static String thread(String id, String city) {
    return "{\"id\":\""
        + id
        + "\",\"object\":\"thread\",\"created_at\":1705972490,\"tool_resources\":null,"
        + "\"metadata\":{\"city\":\""
        + city
        + "\"}}";
  }

  @Test
  void decodesUtf8JsonEvenWhenThePlatformCharsetIsAscii() throws Exception {
    ChildJvm.Result child =
        ChildJvm.run(
            List.of(
                "-Dfile.encoding=US-ASCII",
                "-Dsun.jnu.encoding=ANSI_X3.4-1968",
                "-Dsun.stdout.encoding=US-ASCII"),
            Map.of("LANG", "C", "LC_ALL", "C"),
            60,
            "decode",
            baseUrl);

    assertThat(child.exited()).as("%s", child).isTrue();
    assertThat(child.exitCode()).as("%s", child).isZero();
    // The child really ran with an ASCII default charset, as under LANG=C on JDK 17.
    assertThat(child.value("defaultCharset")).as("%s", child).isEqualTo("US-ASCII");
    assertThat(child.value("thread_utf8")).as("%s", child).isEqualTo(ChildJvm.escape(CITY));
    assertThat(child.value("thread_latin1"))
        .as("%s", child)
        .isEqualTo(ChildJvm.escape(LATIN1_CITY));
  }

  @Test
  void decodesUtf8JsonInThisJvmToo() throws Exception {
    AssistantsClient client = AssistantsClient.builder().endpoint(baseUrl).apiKey("k").build();

    assertThat(
            client
                .threads()
                .getThread("thread_utf8", client.apiVersion())
                .getMetadata()
                .get("city"))
        .isEqualTo(CITY);
  }

  /**
   * This JVM's default charset is UTF-8 (or anything but Latin-1): only the header can be right.
   */
  @Test
  void honoursTheCharsetTheResponseDeclares() throws Exception {
    AssistantsClient client = AssistantsClient.builder().endpoint(baseUrl).apiKey("k").build();

    assertThat(
            client
                .threads()
                .getThread("thread_latin1", client.apiVersion())
                .getMetadata()
                .get("city"))
        .isEqualTo(LATIN1_CITY);
  }

  /**
   * Without {@link AssistantsClient}'s response interceptor, the generated code builds its own
   * {@code ApiException}; its body is decoded the same way.
   */
  @Test
  void decodesTheBodyOfTheGeneratedApiExceptionWithTheDeclaredCharset() {
    stubFor(
        get(urlPathEqualTo("/openai/threads/thread_bad"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json; charset=ISO-8859-1")
                    .withBody(
                        "{\"error\":{\"message\":\"Requ\u00eate invalide\"}}"
                            .getBytes(StandardCharsets.ISO_8859_1))));
    ApiClient plain = new ApiClient();
    plain.setHttpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1));
    plain.updateBaseUri(baseUrl + "/openai");

    ApiException e =
        catchThrowableOfType(
            ApiException.class,
            () -> new ThreadsApi(plain).getThread("thread_bad", Fixtures.API_VERSION));

    assertThat(e.getCode()).isEqualTo(400);
    assertThat(e.getResponseBody())
        .isEqualTo("{\"error\":{\"message\":\"Requ\u00eate invalide\"}}");
  }
}
