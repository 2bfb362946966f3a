package dev.assistantskit.client.stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.findAll;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static dev.assistantskit.client.stream.StreamFixtures.ASSISTANT_ID;
import static dev.assistantskit.client.stream.StreamFixtures.IMAGE_FILE_ID;
import static dev.assistantskit.client.stream.StreamFixtures.MESSAGE_ID;
import static dev.assistantskit.client.stream.StreamFixtures.MESSAGE_STEP_ID;
import static dev.assistantskit.client.stream.StreamFixtures.RUN_ID;
import static dev.assistantskit.client.stream.StreamFixtures.THREAD;
import static dev.assistantskit.client.stream.StreamFixtures.THREAD_ID;
import static dev.assistantskit.client.stream.StreamFixtures.sse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.assistantskit.client.AssistantsClient;
import dev.assistantskit.client.BadRequestException;
import dev.assistantskit.client.RateLimitException;
import dev.assistantskit.client.model.AssistantTool;
import dev.assistantskit.client.model.AssistantToolsCode;
import dev.assistantskit.client.model.AssistantsApiToolChoiceOption;
import dev.assistantskit.client.model.CreateMessageRequest;
import dev.assistantskit.client.model.CreateRunRequest;
import dev.assistantskit.client.model.CreateThreadAndRunRequest;
import dev.assistantskit.client.model.CreateThreadRequest;
import dev.assistantskit.client.model.MessageContent;
import dev.assistantskit.client.model.MessageContentTextObject;
import dev.assistantskit.client.model.MessageDeltaContentImageFileObject;
import dev.assistantskit.client.model.MessageObject;
import dev.assistantskit.client.model.RunObject;
import dev.assistantskit.client.model.RunStatus;
import dev.assistantskit.client.model.RunStepDetailsToolCallsFunctionObject;
import dev.assistantskit.client.model.RunStepObject;
import dev.assistantskit.client.model.RunToolCallObject;
import dev.assistantskit.client.model.SubmitToolOutputsRunRequest;
import dev.assistantskit.client.model.ThreadObject;
import dev.assistantskit.client.model.ToolOutput;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@WireMockTest
class AssistantStreamWireTest {
  private static final String API_VERSION = "2024-05-01-preview";

  private AssistantsClient client;

  @BeforeEach
  void setUp(WireMockRuntimeInfo wiremock) {
    client = AssistantsClient.builder().endpoint(wiremock.getHttpBaseUrl()).apiKey("k").build();
  }

  private static void stubStream(String path, String body) {
    stubFor(
        post(urlPathEqualTo("/openai" + path))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/event-stream; charset=utf-8")
                    .withHeader("x-request-id", "req-1")
                    .withBody(body)));
  }

  private static List<AssistantStreamEvent> readAll(AssistantStream stream) {
    try (stream) {
      return stream.readAll();
    }
  }

  @Test
  void aStreamedThreadAndRunArrivesAsTypedEventsInTheDocumentedOrder() {
    stubStream("/threads/runs", StreamFixtures.fullStream());

    AssistantStream stream =
        client.streamThreadAndRun(new CreateThreadAndRunRequest().assistantId(ASSISTANT_ID));
    List<AssistantStreamEvent> events = readAll(stream);

    assertThat(events)
        .extracting(AssistantStreamEvent::event)
        .containsExactly(
            "thread.created",
            "thread.run.created",
            "thread.run.queued",
            "thread.run.in_progress",
            "thread.run.step.created",
            "thread.run.step.in_progress",
            "thread.message.created",
            "thread.message.in_progress",
            "thread.message.delta",
            "thread.message.delta",
            "thread.message.delta",
            "thread.message.delta",
            "thread.message.completed",
            "thread.run.step.completed",
            "thread.run.completed",
            "done");
    assertThat(stream.doneReceived()).isTrue();
    assertThat(stream.headers()).containsEntry("X-Request-Id", List.of("req-1"));

    ThreadObject thread = ((AssistantStreamEvent.ThreadCreated) events.get(0)).data();
    assertThat(thread.getId()).isEqualTo(THREAD_ID);
    assertThat(thread.getObject()).isEqualTo(ThreadObject.ObjectEnum.THREAD);
    assertThat(thread.getCreatedAt()).isEqualTo(1710000000);
    assertThat(events.get(0).rawData()).isEqualTo(THREAD);

    assertThat(events.subList(1, 4))
        .allSatisfy(e -> assertThat(e).isInstanceOf(AssistantStreamEvent.RunEvent.class))
        .extracting(e -> ((RunObject) e.data()).getStatus())
        .containsExactly(RunStatus.QUEUED, RunStatus.QUEUED, RunStatus.IN_PROGRESS);
    AssistantStreamEvent.RunEvent inProgress = (AssistantStreamEvent.RunEvent) events.get(3);
    assertThat(inProgress.type()).isEqualTo(EventType.THREAD_RUN_IN_PROGRESS);
    assertThat(inProgress.data().getStartedAt()).isEqualTo(1710000002);
    assertThat(inProgress.data().getUsage()).isNull();

    RunStepObject step = ((AssistantStreamEvent.RunStepEvent) events.get(4)).data();
    assertThat(step.getId()).isEqualTo(MESSAGE_STEP_ID);
    assertThat(step.getType()).isEqualTo(RunStepObject.TypeEnum.MESSAGE_CREATION);
    assertThat(step.getStatus()).isEqualTo(RunStepObject.StatusEnum.IN_PROGRESS);
    assertThat(
            step.getStepDetails()
                .getRunStepDetailsMessageCreationObject()
                .getMessageCreation()
                .getMessageId())
        .isEqualTo(MESSAGE_ID);

    MessageObject created = ((AssistantStreamEvent.MessageEvent) events.get(6)).data();
    assertThat(created.getStatus()).isEqualTo(MessageObject.StatusEnum.IN_PROGRESS);
    assertThat(created.getContent()).isEmpty();

    AssistantStreamEvent.MessageDeltaEvent firstDelta =
        (AssistantStreamEvent.MessageDeltaEvent) events.get(8);
    assertThat(firstDelta.data().getId()).isEqualTo(MESSAGE_ID);
    MessageDeltaContentImageFileObject image =
        firstDelta.data().getDelta().getContent().get(0).getMessageDeltaContentImageFileObject();
    assertThat(image.getIndex()).isZero();
    assertThat(image.getImageFile().getFileId()).isEqualTo(IMAGE_FILE_ID);

    AssistantStreamEvent.MessageEvent completed =
        (AssistantStreamEvent.MessageEvent) events.get(12);
    assertThat(completed.type()).isEqualTo(EventType.THREAD_MESSAGE_COMPLETED);
    List<MessageContent> content = completed.data().getContent();
    assertThat(content).hasSize(2);
    MessageContentTextObject text = content.get(1).getMessageContentTextObject();
    assertThat(text.getText().getValue()).isEqualTo(StreamFixtures.FULL_TEXT);
    assertThat(
            text.getText()
                .getAnnotations()
                .get(0)
                .getMessageContentTextAnnotationsFilePathObject()
                .getEndIndex())
        .isEqualTo(57);

    RunStepObject stepDone = ((AssistantStreamEvent.RunStepEvent) events.get(13)).data();
    assertThat(stepDone.getCompletedAt()).isEqualTo(1710000008);
    assertThat(stepDone.getUsage().getTotalTokens()).isEqualTo(142);
    RunObject runDone = ((AssistantStreamEvent.RunEvent) events.get(14)).data();
    assertThat(runDone.getStatus()).isEqualTo(RunStatus.COMPLETED);
    assertThat(runDone.getUsage().getCompletionTokens()).isEqualTo(42);
    assertThat(events.get(15)).isEqualTo(new AssistantStreamEvent.Done("[DONE]"));
  }

  @Test
  void streamRunSendsStreamTrueInOtherwiseTheGeneratedJsonAndLeavesTheRequestAlone()
      throws Exception {
    stubStream("/threads/" + THREAD_ID + "/runs", StreamFixtures.requiresActionStream());
    CreateRunRequest request =
        new CreateRunRequest()
            .assistantId(ASSISTANT_ID)
            .additionalInstructions("Answer in French.")
            .additionalMessages(
                List.of(
                    new CreateMessageRequest()
                        .role(CreateMessageRequest.RoleEnum.USER)
                        .content("Plot sin(x)")))
            .addToolsItem(
                new AssistantTool(
                    new AssistantToolsCode().type(AssistantToolsCode.TypeEnum.CODE_INTERPRETER)))
            .temperature(new BigDecimal("0.50"))
            .metadata(Map.of("team", "bi"))
            .toolChoice(new AssistantsApiToolChoiceOption("auto"));

    readAll(client.streamRun(THREAD_ID, request));

    LoggedRequest sent =
        findAll(postRequestedFor(urlPathEqualTo("/openai/threads/" + THREAD_ID + "/runs"))).get(0);
    assertThat(sent.queryParameter("api-version").firstValue()).isEqualTo(API_VERSION);
    assertThat(sent.getHeader("api-key")).isEqualTo("k");
    assertThat(sent.getHeader("Accept")).isEqualTo("text/event-stream");
    assertThat(sent.getHeader("Content-Type")).isEqualTo("application/json");

    ObjectMapper generated = client.apiClient().getObjectMapper();
    CreateRunRequest withStream =
        generated.readValue(generated.writeValueAsString(request), CreateRunRequest.class).stream(
            true);
    assertThat(sent.getBodyAsString()).isEqualTo(generated.writeValueAsString(withStream));
    assertThat(sent.getBodyAsString())
        .contains("\"temperature\":0.50,\"stream\":true,\"tool_choice\":\"auto\"");
    assertThat(request.getStream_JsonNullable().isPresent()).isFalse();
  }

  @Test
  void anExplicitStreamFalseIsOverridden() {
    stubStream("/threads/runs", StreamFixtures.fullStream());

    readAll(
        client.streamThreadAndRun(
            new CreateThreadAndRunRequest()
                .assistantId(ASSISTANT_ID).thread(new CreateThreadRequest()).stream(false)));

    verify(
        postRequestedFor(urlPathEqualTo("/openai/threads/runs"))
            .withRequestBody(
                equalToJson("{\"assistant_id\":\"asst_abc123\",\"thread\":{},\"stream\":true}")));
  }

  @Test
  void aRunThatNeedsToolOutputsEndsWithRequiresActionThenDone() {
    stubStream("/threads/" + THREAD_ID + "/runs", StreamFixtures.requiresActionStream());

    AssistantStream stream =
        client.streamRun(THREAD_ID, new CreateRunRequest().assistantId(ASSISTANT_ID));
    List<AssistantStreamEvent> events = readAll(stream);

    assertThat(events).hasSize(18);
    assertThat(events.subList(events.size() - 2, events.size()))
        .extracting(AssistantStreamEvent::type)
        .containsExactly(EventType.THREAD_RUN_REQUIRES_ACTION, EventType.DONE);
    RunObject run = (RunObject) events.get(16).data();
    assertThat(run.getStatus()).isEqualTo(RunStatus.REQUIRES_ACTION);
    RunToolCallObject call = run.getRequiredAction().getSubmitToolOutputs().getToolCalls().get(0);
    assertThat(call.getId()).isEqualTo("call_fn1");
    assertThat(call.getFunction().getName()).isEqualTo("get_weather");
    assertThat(call.getFunction().getArguments()).isEqualTo("{\"city\":\"Paris\"}");
    assertThat(events).filteredOn(e -> e.type() == EventType.THREAD_RUN_STEP_DELTA).hasSize(8);
    assertThat(stream.doneReceived()).isTrue();
  }

  @Test
  void submittingToolOutputsStreamsTheRestOfTheRunWithABearerToken(WireMockRuntimeInfo wm) {
    AssistantsClient bearer =
        AssistantsClient.builder().endpoint(wm.getHttpBaseUrl()).bearerToken("tok").build();
    String path = "/threads/" + THREAD_ID + "/runs/" + RUN_ID + "/submit_tool_outputs";
    stubStream(path, StreamFixtures.afterToolOutputsStream());
    SubmitToolOutputsRunRequest outputs =
        new SubmitToolOutputsRunRequest()
            .toolOutputs(List.of(new ToolOutput().toolCallId("call_fn1").output("22 degrees")));

    List<AssistantStreamEvent> events =
        readAll(bearer.streamToolOutputs(THREAD_ID, RUN_ID, outputs));

    assertThat(events)
        .extracting(AssistantStreamEvent::type)
        .containsExactly(
            EventType.THREAD_RUN_QUEUED,
            EventType.THREAD_RUN_IN_PROGRESS,
            EventType.THREAD_RUN_STEP_COMPLETED,
            EventType.THREAD_RUN_COMPLETED,
            EventType.DONE);
    RunStepDetailsToolCallsFunctionObject function =
        ((RunStepObject) events.get(2).data())
            .getStepDetails()
            .getRunStepDetailsToolCallsObject()
            .getToolCalls()
            .get(0)
            .getRunStepDetailsToolCallsFunctionObject();
    assertThat(function.getFunction().getOutput()).isEqualTo("22 degrees");
    verify(
        postRequestedFor(urlPathEqualTo("/openai" + path))
            .withQueryParam("api-version", equalTo(API_VERSION))
            .withHeader("Authorization", equalTo("Bearer tok"))
            .withRequestBody(
                equalToJson(
                    "{\"tool_outputs\":[{\"tool_call_id\":\"call_fn1\",\"output\":\"22 degrees\"}],"
                        + "\"stream\":true}")));
  }

  @Test
  void anErrorEventIsDeliveredAsAnEventAndCanBeThrown() {
    stubStream("/threads/" + THREAD_ID + "/runs", StreamFixtures.errorStream());

    AssistantStream stream =
        client.streamRun(THREAD_ID, new CreateRunRequest().assistantId(ASSISTANT_ID));
    List<AssistantStreamEvent> events = readAll(stream);

    assertThat(events)
        .extracting(AssistantStreamEvent::type)
        .containsExactly(
            EventType.THREAD_RUN_CREATED, EventType.THREAD_RUN_IN_PROGRESS, EventType.ERROR);
    assertThat(stream.doneReceived()).isFalse();
    AssistantStreamEvent.StreamError error = (AssistantStreamEvent.StreamError) events.get(2);
    assertThat(error.data().getCode()).isEqualTo("server_error");
    assertThat(error.data().getType()).isEqualTo("server_error");
    assertThat(events.get(0).throwIfError()).isSameAs(events.get(0));
    StreamErrorException thrown =
        catchThrowableOfType(StreamErrorException.class, error::throwIfError);
    assertThat(thrown.code()).isEqualTo("server_error");
    assertThat(thrown.errorMessage()).isEqualTo("Sorry, something went wrong.");
    assertThat(thrown.getMessage())
        .isEqualTo("The stream reported an error [server_error]: Sorry, something went wrong.");
    assertThat(thrown.rawData()).isEqualTo(StreamFixtures.SERVER_ERROR);
  }

  @Test
  void throwIfErrorStopsAJavaStreamAtTheErrorEvent() {
    stubStream("/threads/" + THREAD_ID + "/runs", StreamFixtures.errorStream());
    List<EventType> seen = new ArrayList<>();

    try (AssistantStream stream =
        client.streamRun(THREAD_ID, new CreateRunRequest().assistantId(ASSISTANT_ID))) {
      assertThatThrownBy(
              () ->
                  stream.stream()
                      .map(AssistantStreamEvent::throwIfError)
                      .forEach(e -> seen.add(e.type())))
          .isInstanceOf(StreamErrorException.class)
          .hasMessageContaining("server_error");
    }
    assertThat(seen)
        .containsExactly(EventType.THREAD_RUN_CREATED, EventType.THREAD_RUN_IN_PROGRESS);
  }

  @Test
  void unknownEventNamesAreDeliveredAndTheIncompleteRunEventIsTyped() {
    String body =
        sse("thread.run.created", StreamFixtures.run("queued"))
            + sse("thread.run.step.summary", "{\"note\":\"from a later api-version\"}")
            + "data: {\"no\":\"event line\"}\n\n"
            + sse("thread.run.incomplete", StreamFixtures.run("incomplete"))
            + StreamFixtures.DONE;
    stubStream("/threads/" + THREAD_ID + "/runs", body);

    List<AssistantStreamEvent> events =
        readAll(client.streamRun(THREAD_ID, new CreateRunRequest().assistantId(ASSISTANT_ID)));

    assertThat(events).hasSize(5);
    assertThat(events.get(1))
        .isEqualTo(
            new AssistantStreamEvent.Unknown(
                "thread.run.step.summary", "{\"note\":\"from a later api-version\"}"));
    assertThat(events.get(1).type()).isEqualTo(EventType.UNKNOWN);
    assertThat(events.get(2))
        .isEqualTo(new AssistantStreamEvent.Unknown("message", "{\"no\":\"event line\"}"));
    AssistantStreamEvent.RunEvent incomplete = (AssistantStreamEvent.RunEvent) events.get(3);
    assertThat(incomplete.type()).isEqualTo(EventType.THREAD_RUN_INCOMPLETE);
    assertThat(incomplete.event()).isEqualTo("thread.run.incomplete");
    assertThat(incomplete.data().getStatus()).isEqualTo(RunStatus.INCOMPLETE);
  }

  @Test
  void multiLineDataCommentsIdRetryAndCrLfLineEndsAreHandled() {
    String body =
        ": keep-alive\r\n\r\n"
            + "id: 1\r\nretry: 3000\r\nevent: thread.created\r\n"
            + "data: {\"id\":\"thread_abc123\",\r\n"
            + "data: \"object\":\"thread\",\"created_at\":1710000000,\r\n"
            + ": a comment inside an event\r\n"
            + "data: \"tool_resources\":{},\"metadata\":{}}\r\n\r\n"
            + "event: thread.run.queued\rdata: "
            + StreamFixtures.run("queued")
            + "\r\r"
            + "event:done\ndata:[DONE]\n\n";
    stubStream("/threads/runs", body);

    List<AssistantStreamEvent> events =
        readAll(
            client.streamThreadAndRun(new CreateThreadAndRunRequest().assistantId(ASSISTANT_ID)));

    assertThat(events)
        .extracting(AssistantStreamEvent::type)
        .containsExactly(EventType.THREAD_CREATED, EventType.THREAD_RUN_QUEUED, EventType.DONE);
    assertThat(((ThreadObject) events.get(0).data()).getId()).isEqualTo(THREAD_ID);
    assertThat(events.get(0).rawData())
        .isEqualTo(
            "{\"id\":\"thread_abc123\",\n\"object\":\"thread\",\"created_at\":1710000000,\n"
                + "\"tool_resources\":{},\"metadata\":{}}");
    assertThat(((RunObject) events.get(1).data()).getId()).isEqualTo(RUN_ID);
    assertThat(events.get(2).rawData()).isEqualTo("[DONE]");
  }

  @Test
  void dataThatDoesNotParseFailsNamingTheEventAndTheStreamGoesOn() {
    String body =
        sse("thread.run.created", "{\"id\":\"run_abc123\",\"status\":")
            + sse(
                "thread.message.delta",
                "{\"id\":\"msg_abc123\",\"object\":\"thread.message.delta\",\"delta\":{\"content\":"
                    + "[{\"index\":0,\"type\":\"image_url\",\"image_url\":{\"url\":\"https://x\"}}]}}")
            + StreamFixtures.DONE;
    stubStream("/threads/" + THREAD_ID + "/runs", body);

    try (AssistantStream stream =
        client.streamRun(THREAD_ID, new CreateRunRequest().assistantId(ASSISTANT_ID))) {
      Iterator<AssistantStreamEvent> events = stream.iterator();
      AssistantStreamException truncated =
          catchThrowableOfType(AssistantStreamException.class, events::hasNext);
      assertThat(truncated.event()).isEqualTo("thread.run.created");
      assertThat(truncated.data()).isEqualTo("{\"id\":\"run_abc123\",\"status\":");
      assertThat(truncated)
          .hasMessageStartingWith(
              "The data of event 'thread.run.created' is not a valid RunObject");
      AssistantStreamException unknownPart =
          catchThrowableOfType(AssistantStreamException.class, events::next);
      assertThat(unknownPart.event()).isEqualTo("thread.message.delta");
      assertThat(unknownPart).hasMessageContaining("MessageDeltaObject");
      assertThat(events.next().type()).isEqualTo(EventType.DONE);
      assertThat(events.hasNext()).isFalse();
    }
  }

  @Test
  void aBadRequestBeforeTheStreamIsTheTypedExceptionWithAzuresFields() {
    stubFor(
        post(urlPathEqualTo("/openai/threads/" + THREAD_ID + "/runs"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"error\":{\"message\":\"Can't add messages to thread_abc123 while a run"
                            + " run_abc123 is active.\",\"type\":\"invalid_request_error\","
                            + "\"param\":\"thread_id\",\"code\":null}}")));

    BadRequestException e =
        catchThrowableOfType(
            BadRequestException.class,
            () -> client.streamRun(THREAD_ID, new CreateRunRequest().assistantId(ASSISTANT_ID)));

    assertThat(e.status()).isEqualTo(400);
    assertThat(e.errorMessage())
        .isEqualTo("Can't add messages to thread_abc123 while a run run_abc123 is active.");
    assertThat(e.type()).isEqualTo("invalid_request_error");
    assertThat(e.param()).isEqualTo("thread_id");
    assertThat(e.code()).isNull();
    assertThat(e.requestMethod()).isEqualTo("POST");
    assertThat(e.requestUri().getPath()).isEqualTo("/openai/threads/" + THREAD_ID + "/runs");
  }

  @Test
  void aRateLimitBeforeTheStreamIsTheTypedExceptionWithItsRetryDelay() {
    stubFor(
        post(urlPathEqualTo("/openai/threads/runs"))
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("Retry-After", "20")
                    .withBody(
                        "{\"error\":{\"code\":\"429\",\"message\":\"Requests to the"
                            + " Create_Thread_And_Run Operation have exceeded call rate limit."
                            + " Please retry after 20 seconds.\"}}")));

    RateLimitException e =
        catchThrowableOfType(
            RateLimitException.class,
            () ->
                client.streamThreadAndRun(
                    new CreateThreadAndRunRequest().assistantId(ASSISTANT_ID)));

    assertThat(e.status()).isEqualTo(429);
    assertThat(e.code()).isEqualTo("429");
    assertThat(e.errorMessage()).startsWith("Requests to the Create_Thread_And_Run Operation");
    assertThat(e.type()).isNull();
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(20));
  }

  @Test
  void aJsonAnswerToAStreamingRequestIsAClearError() {
    stubFor(
        post(urlPathEqualTo("/openai/threads/" + THREAD_ID + "/runs"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(StreamFixtures.run("queued"))));

    AssistantStreamException e =
        catchThrowableOfType(
            AssistantStreamException.class,
            () -> client.streamRun(THREAD_ID, new CreateRunRequest().assistantId(ASSISTANT_ID)));

    assertThat(e)
        .hasMessage(
            "Expected a text/event-stream answer to a streaming request, got 200 application/json"
                + " (did the server ignore \"stream\": true?)");
    assertThat(e.data()).isEqualTo(StreamFixtures.run("queued"));
    assertThat(e.event()).isNull();
  }

  @Test
  void aStreamCanBeIteratedOnlyOnce() {
    stubStream("/threads/runs", StreamFixtures.fullStream());

    try (AssistantStream stream =
        client.streamThreadAndRun(new CreateThreadAndRunRequest().assistantId(ASSISTANT_ID))) {
      assertThat(stream.iterator().next().type()).isEqualTo(EventType.THREAD_CREATED);
      assertThatThrownBy(stream::iterator)
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("An AssistantStream can be iterated only once");
    }
  }

  @Test
  void runStreamsCapturesTheClientSettingsLikeTheGeneratedApis() {
    stubStream("/threads/runs", StreamFixtures.fullStream());

    List<AssistantStreamEvent> events =
        readAll(
            new RunStreams(client.apiClient())
                .createThreadAndRun(
                    "2024-02-15-preview",
                    new CreateThreadAndRunRequest().assistantId(ASSISTANT_ID)));

    assertThat(events).hasSize(16);
    verify(
        postRequestedFor(urlPathEqualTo("/openai/threads/runs"))
            .withQueryParam("api-version", equalTo("2024-02-15-preview"))
            .withHeader("api-key", equalTo("k")));
  }
}
