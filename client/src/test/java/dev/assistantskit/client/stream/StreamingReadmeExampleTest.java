package dev.assistantskit.client.stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.assistantskit.client.stream.StreamFixtures.ASSISTANT_ID;
import static dev.assistantskit.client.stream.StreamFixtures.THREAD_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.assistantskit.client.AssistantsClient;
import dev.assistantskit.client.ReadmeSnippet;
import dev.assistantskit.client.model.RunObject;
import dev.assistantskit.client.model.RunStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@WireMockTest
class StreamingReadmeExampleTest {
  private AssistantsClient client;
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

  @BeforeEach
  void setUp(WireMockRuntimeInfo wiremock) {
    client = AssistantsClient.builder().endpoint(wiremock.getHttpBaseUrl()).apiKey("k").build();
  }

  private static void stubRunStream(String body) {
    stubFor(
        post(urlPathEqualTo("/openai/threads/" + THREAD_ID + "/runs"))
            .willReturn(
                aResponse().withHeader("Content-Type", "text/event-stream").withBody(body)));
  }

  private RunObject printAnswer() {
    PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    return StreamingReadmeExample.printAnswer(client, THREAD_ID, ASSISTANT_ID, out);
  }

  @Test
  void theReadmeSnippetPrintsTheAnswerAndReturnsTheLastRun() {
    stubRunStream(
        StreamFixtures.fullStream()
            .substring(StreamFixtures.fullStream().indexOf("event: thread.run.created")));

    RunObject run = printAnswer();

    assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo(StreamFixtures.FULL_TEXT);
    assertThat(run.getStatus()).isEqualTo(RunStatus.COMPLETED);
  }

  @Test
  void theReadmeSnippetThrowsTheErrorEvent() {
    stubRunStream(StreamFixtures.errorStream());

    assertThatThrownBy(this::printAnswer)
        .isInstanceOf(StreamErrorException.class)
        .hasMessage("The stream reported an error [server_error]: Sorry, something went wrong.");
  }

  @Test
  void theReadmeShowsExactlyTheCompiledSnippet() throws Exception {
    ReadmeSnippet.assertReadmeShows(
        "src/test/java/dev/assistantskit/client/stream/StreamingReadmeExample.java", 6, 14);
  }
}
