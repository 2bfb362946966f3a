package dev.assistantskit.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.assistantskit.client.model.RunStatus;
import org.junit.jupiter.api.Test;

@WireMockTest
class ReadmeExampleTest {

  @Test
  void theReadmeSnippetStartsARun(WireMockRuntimeInfo wiremock) throws Exception {
    stubFor(post(urlPathEqualTo("/openai/threads")).willReturn(okJson(Fixtures.THREAD)));
    stubFor(
        post(urlPathEqualTo("/openai/threads/thread_abc/messages"))
            .willReturn(okJson(Fixtures.MESSAGE)));
    stubFor(
        post(urlPathEqualTo("/openai/threads/thread_abc/runs"))
            .willReturn(okJson(Fixtures.RUN_QUEUED)));

    RunStatus status =
        ReadmeExample.startRun(wiremock.getHttpBaseUrl() + "/", "secret", "asst_abc123");

    assertThat(status).isEqualTo(RunStatus.QUEUED);
    verify(
        postRequestedFor(urlPathEqualTo("/openai/threads/thread_abc/messages"))
            .withHeader("api-key", equalTo("secret"))
            .withQueryParam("api-version", equalTo("2024-05-01-preview"))
            .withRequestBody(equalToJson("{\"role\":\"user\",\"content\":\"Plot a sine wave\"}")));
    verify(
        postRequestedFor(urlPathEqualTo("/openai/threads/thread_abc/runs"))
            .withRequestBody(equalToJson("{\"assistant_id\":\"asst_abc123\"}")));
  }

  @Test
  void theReadmeSnippetReportsAMissingAssistant(WireMockRuntimeInfo wiremock) {
    stubFor(post(urlPathEqualTo("/openai/threads")).willReturn(okJson(Fixtures.THREAD)));
    stubFor(
        post(urlPathEqualTo("/openai/threads/thread_abc/messages"))
            .willReturn(okJson(Fixtures.MESSAGE)));
    stubFor(
        post(urlPathEqualTo("/openai/threads/thread_abc/runs"))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withBody(
                        """
                        {"error":{"message":"No assistant found with id 'asst_gone'.",
                          "type":"invalid_request_error","param":null,"code":null}}
                        """)));

    assertThatThrownBy(
            () -> ReadmeExample.startRun(wiremock.getHttpBaseUrl(), "secret", "asst_gone"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("No assistant asst_gone: No assistant found with id 'asst_gone'.")
        .hasCauseInstanceOf(NotFoundException.class);
  }

  @Test
  void theReadmeShowsExactlyTheCompiledSnippet() throws Exception {
    ReadmeSnippet.assertReadmeShows(
        "src/test/java/dev/assistantskit/client/ReadmeExample.java", 6, 10);
  }
}
