package dev.assistantskit.client.stream;

import static dev.assistantskit.client.stream.StreamFixtures.CODE_STEP_ID;
import static dev.assistantskit.client.stream.StreamFixtures.FUNCTION_STEP_ID;
import static dev.assistantskit.client.stream.StreamFixtures.MESSAGE_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assistantskit.client.invoker.ApiClient;
import dev.assistantskit.client.model.MessageContent;
import dev.assistantskit.client.model.MessageContentTextAnnotationsFileCitationObject;
import dev.assistantskit.client.model.MessageDeltaObject;
import dev.assistantskit.client.model.MessageObject;
import dev.assistantskit.client.model.RunObject;
import dev.assistantskit.client.model.RunStepDeltaObject;
import dev.assistantskit.client.model.RunStepDetails;
import dev.assistantskit.client.model.RunStepDetailsToolCallsCodeObject;
import dev.assistantskit.client.model.RunStepDetailsToolCallsFunctionObject;
import dev.assistantskit.client.model.RunStepObject;
import dev.assistantskit.client.model.RunToolCallObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The deltas of the fixture streams rebuild the objects the same streams send complete. */
class DeltaAccumulatorTest {
  private static final ObjectMapper JSON = ApiClient.createDefaultObjectMapper();

  private static List<AssistantStreamEvent> events(String sse) {
    return AssistantStream.read(new ByteArrayInputStream(sse.getBytes(StandardCharsets.UTF_8)))
        .readAll();
  }

  private static <T> T last(List<AssistantStreamEvent> events, EventType type, Class<T> data) {
    return events.stream()
        .filter(e -> e.type() == type)
        .reduce((a, b) -> b)
        .map(e -> data.cast(e.data()))
        .orElseThrow();
  }

  private static MessageDeltaObject messageDelta(String json) throws Exception {
    return JSON.readValue(json, MessageDeltaObject.class);
  }

  private static RunStepDeltaObject stepDelta(String json) throws Exception {
    return JSON.readValue(json, RunStepDeltaObject.class);
  }

  @Test
  void messageDeltasRebuildTheTextAndContentOfTheCompletedMessage() {
    List<AssistantStreamEvent> events = events(StreamFixtures.fullStream());
    DeltaAccumulator deltas = new DeltaAccumulator();
    events.forEach(deltas::accept);
    MessageObject completed = last(events, EventType.THREAD_MESSAGE_COMPLETED, MessageObject.class);

    MessageDeltaAccumulator message = deltas.message(MESSAGE_ID).orElseThrow();

    assertThat(message.messageId()).isEqualTo(MESSAGE_ID);
    assertThat(message.role()).isEqualTo(MessageObject.RoleEnum.ASSISTANT);
    assertThat(message.text()).isEqualTo(StreamFixtures.FULL_TEXT);
    assertThat(MessageDeltaAccumulator.textOf(completed)).isEqualTo(StreamFixtures.FULL_TEXT);
    assertThat(message.content()).isEqualTo(completed.getContent());
    assertThat(
            message.content().get(0).getMessageContentImageFileObject().getImageFile().getFileId())
        .isEqualTo(StreamFixtures.IMAGE_FILE_ID);
    assertThat(deltas.messages()).containsOnlyKeys(MESSAGE_ID);
    assertThat(deltas.steps()).isEmpty();
  }

  @Test
  void theTextGrowsDeltaByDelta() throws Exception {
    MessageDeltaAccumulator message = new MessageDeltaAccumulator();

    message.add(messageDelta(StreamFixtures.MESSAGE_DELTAS.get(0)));
    assertThat(message.text()).isEmpty();
    assertThat(message.content()).hasSize(1);
    message.add(messageDelta(StreamFixtures.MESSAGE_DELTAS.get(1)));
    assertThat(message.text()).isEqualTo(StreamFixtures.TEXT_1);
    message.add(messageDelta(StreamFixtures.MESSAGE_DELTAS.get(2)));
    assertThat(message.text()).isEqualTo(StreamFixtures.TEXT_1 + StreamFixtures.TEXT_2);
    assertThat(message.content().get(1).getMessageContentTextObject().getText().getAnnotations())
        .isEmpty();
  }

  @Test
  void aCitationArrivingInPiecesIsMergedByItsIndex() throws Exception {
    MessageDeltaAccumulator message = new MessageDeltaAccumulator();
    message.add(
        messageDelta(
            """
            {"id":"msg_1","object":"thread.message.delta","delta":{"content":[{"index":0,\
            "type":"text","text":{"value":"Smooth【4:0†source】","annotations":[{"index":0,\
            "type":"file_citation","text":"【4:0","file_citation":{"file_id":"assistant-doc1",\
            "quote":"A sine wave "},"start_index":6}]}}]}}"""));
    message.add(
        messageDelta(
            """
            {"id":"msg_1","object":"thread.message.delta","delta":{"content":[{"index":0,\
            "type":"text","text":{"annotations":[{"index":0,"type":"file_citation",\
            "text":"†source】","file_citation":{"file_id":"assistant-doc1","quote":"is smooth."},\
            "end_index":18}]}}]}}"""));

    MessageContentTextAnnotationsFileCitationObject citation =
        message
            .content()
            .get(0)
            .getMessageContentTextObject()
            .getText()
            .getAnnotations()
            .get(0)
            .getMessageContentTextAnnotationsFileCitationObject();
    assertThat(citation.getText()).isEqualTo("【4:0†source】");
    assertThat(citation.getFileCitation().getFileId()).isEqualTo("assistant-doc1");
    assertThat(citation.getFileCitation().getQuote()).isEqualTo("A sine wave is smooth.");
    assertThat(citation.getStartIndex()).isEqualTo(6);
    assertThat(citation.getEndIndex()).isEqualTo(18);
  }

  @Test
  void stepDeltasRebuildTheCompletedCodeInterpreterCall() {
    List<AssistantStreamEvent> events = events(StreamFixtures.requiresActionStream());
    DeltaAccumulator deltas = new DeltaAccumulator();
    events.forEach(deltas::accept);
    RunStepObject completed =
        last(events, EventType.THREAD_RUN_STEP_COMPLETED, RunStepObject.class);

    RunStepDeltaAccumulator step = deltas.step(CODE_STEP_ID).orElseThrow();

    assertThat(step.stepId()).isEqualTo(CODE_STEP_ID);
    assertThat(step.stepDetails()).isEqualTo(completed.getStepDetails());
    RunStepDetailsToolCallsCodeObject code =
        step.toolCalls().get(0).getRunStepDetailsToolCallsCodeObject();
    assertThat(code.getId()).isEqualTo("call_code1");
    assertThat(code.getCodeInterpreter().getInput())
        .isEqualTo("import numpy as np\nprint(np.sin(0))");
    assertThat(code.getCodeInterpreter().getOutputs()).hasSize(2);
    assertThat(
            code.getCodeInterpreter()
                .getOutputs()
                .get(0)
                .getRunStepDetailsToolCallsCodeOutputLogsObject()
                .getLogs())
        .isEqualTo("0.0\n");
    assertThat(deltas.steps()).containsOnlyKeys(CODE_STEP_ID, FUNCTION_STEP_ID);
  }

  @Test
  void stepDeltasRebuildTheFunctionCallTheRunRequires() {
    List<AssistantStreamEvent> events = events(StreamFixtures.requiresActionStream());
    DeltaAccumulator deltas = new DeltaAccumulator();
    events.forEach(deltas::accept);
    RunToolCallObject required =
        last(events, EventType.THREAD_RUN_REQUIRES_ACTION, RunObject.class)
            .getRequiredAction()
            .getSubmitToolOutputs()
            .getToolCalls()
            .get(0);

    RunStepDetailsToolCallsFunctionObject function =
        deltas
            .step(FUNCTION_STEP_ID)
            .orElseThrow()
            .toolCalls()
            .get(0)
            .getRunStepDetailsToolCallsFunctionObject();

    assertThat(function.getId()).isEqualTo(required.getId());
    assertThat(function.getFunction().getName()).isEqualTo(required.getFunction().getName());
    assertThat(function.getFunction().getArguments())
        .isEqualTo(required.getFunction().getArguments())
        .isEqualTo("{\"city\":\"Paris\"}");
    assertThat(function.getFunction().getOutput()).isNull();
  }

  @Test
  void aMessageCreationStepDeltaGivesTheMessageId() throws Exception {
    RunStepDeltaAccumulator step =
        new RunStepDeltaAccumulator()
            .add(
                stepDelta(
                    """
                    {"id":"step_1","object":"thread.run.step.delta","delta":{"step_details":\
                    {"type":"message_creation","message_creation":{"message_id":"msg_abc123"}}}}"""));

    assertThat(step.stepDetails())
        .isEqualTo(JSON.readValue(StreamFixtures.MESSAGE_CREATION_DETAILS, RunStepDetails.class));
    assertThat(step.toolCalls()).isEmpty();
  }

  @Test
  void aDeltaOfAnotherMessageIsRejected() throws Exception {
    MessageDeltaAccumulator message =
        new MessageDeltaAccumulator().add(messageDelta(StreamFixtures.MESSAGE_DELTAS.get(0)));

    assertThatThrownBy(
            () ->
                message.add(
                    messageDelta(
                        "{\"id\":\"msg_other\",\"object\":\"thread.message.delta\",\"delta\":{}}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A delta changes id from 'msg_abc123' to 'msg_other'");
  }

  @Test
  void aDeltaChangingThePartTypeAtAnIndexIsRejected() throws Exception {
    MessageDeltaAccumulator message =
        new MessageDeltaAccumulator().add(messageDelta(StreamFixtures.MESSAGE_DELTAS.get(0)));

    assertThatThrownBy(
            () ->
                message.add(
                    messageDelta(
                        "{\"id\":\"msg_abc123\",\"object\":\"thread.message.delta\",\"delta\":"
                            + "{\"content\":[{\"index\":0,\"type\":\"text\",\"text\":{\"value\":\"x\"}}]}}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Content part 0 is image_file, a delta makes it text");
  }

  @Test
  void aDeltaChangingAToolCallIdIsRejected() throws Exception {
    RunStepDeltaAccumulator step =
        new RunStepDeltaAccumulator().add(stepDelta(StreamFixtures.FUNCTION_STEP_DELTAS.get(0)));

    assertThatThrownBy(
            () ->
                step.add(
                    stepDelta(
                        StreamFixtures.FUNCTION_STEP_DELTAS
                            .get(0)
                            .replace("call_fn1", "call_fn2"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A delta changes the id of tool call 0 from 'call_fn1' to 'call_fn2'");
  }

  @Test
  void contentFromTheAccumulatorIsACopy() throws Exception {
    MessageDeltaAccumulator message =
        new MessageDeltaAccumulator().add(messageDelta(StreamFixtures.MESSAGE_DELTAS.get(1)));
    List<MessageContent> first = message.content();
    first.get(0).getMessageContentTextObject().getText().setValue("changed");

    assertThat(message.text()).isEqualTo(StreamFixtures.TEXT_1);
  }
}
