package dev.assistantskit.client;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.assistantskit.client.invoker.ApiException;
import dev.assistantskit.client.model.AssistantObject;
import dev.assistantskit.client.model.AssistantToolsCode;
import dev.assistantskit.client.model.AssistantToolsFileSearch;
import dev.assistantskit.client.model.AssistantToolsFunction;
import dev.assistantskit.client.model.AssistantsApiResponseFormat;
import dev.assistantskit.client.model.AssistantsNamedToolChoice;
import dev.assistantskit.client.model.ListRunStepsResponse;
import dev.assistantskit.client.model.MessageAttachmentTool;
import dev.assistantskit.client.model.MessageContentImageFileObject;
import dev.assistantskit.client.model.MessageContentTextAnnotationsFileCitationObject;
import dev.assistantskit.client.model.MessageContentTextAnnotationsFilePathObject;
import dev.assistantskit.client.model.MessageContentTextObject;
import dev.assistantskit.client.model.MessageObject;
import dev.assistantskit.client.model.RunObject;
import dev.assistantskit.client.model.RunRequiredAction;
import dev.assistantskit.client.model.RunStatus;
import dev.assistantskit.client.model.RunStepDetailsMessageCreationObject;
import dev.assistantskit.client.model.RunStepDetailsToolCall;
import dev.assistantskit.client.model.RunStepDetailsToolCallsCodeObject;
import dev.assistantskit.client.model.RunStepDetailsToolCallsCodeOutputImageObject;
import dev.assistantskit.client.model.RunStepDetailsToolCallsCodeOutputLogsObject;
import dev.assistantskit.client.model.RunStepDetailsToolCallsFileSearchObject;
import dev.assistantskit.client.model.RunStepDetailsToolCallsFunctionObject;
import dev.assistantskit.client.model.RunStepDetailsToolCallsObject;
import dev.assistantskit.client.model.RunStepObject;
import dev.assistantskit.client.model.RunToolCallObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every oneOf of the contract's responses, parsed by the generated models. */
@WireMockTest
class PolymorphismTest {
  private AssistantsClient client;

  @BeforeEach
  void setUp(WireMockRuntimeInfo wiremock) {
    client = AssistantsClient.builder().endpoint(wiremock.getHttpBaseUrl()).apiKey("k").build();
  }

  private AssistantObject assistant(String body) throws ApiException {
    stubFor(get(urlPathEqualTo("/openai/assistants/a")).willReturn(okJson(body)));
    return client.assistants().getAssistant("a", client.apiVersion());
  }

  private MessageObject message(String body) throws ApiException {
    stubFor(get(urlPathEqualTo("/openai/threads/t/messages/m")).willReturn(okJson(body)));
    return client.messages().getMessage("t", "m", client.apiVersion());
  }

  private RunObject run(String body) throws ApiException {
    stubFor(get(urlPathEqualTo("/openai/threads/t/runs/r")).willReturn(okJson(body)));
    return client.runs().getRun("t", "r", client.apiVersion());
  }

  @Test
  void parsesEachToolKind() throws Exception {
    AssistantObject a = assistant(Fixtures.ASSISTANT);

    assertThat(a.getTools()).hasSize(3);
    assertThat(a.getTools().get(0).getActualInstance())
        .isInstanceOfSatisfying(
            AssistantToolsCode.class,
            t -> assertThat(t.getType()).isEqualTo(AssistantToolsCode.TypeEnum.CODE_INTERPRETER));
    assertThat(a.getTools().get(1).getActualInstance())
        .isInstanceOfSatisfying(
            AssistantToolsFileSearch.class,
            t -> assertThat(t.getType()).isEqualTo(AssistantToolsFileSearch.TypeEnum.FILE_SEARCH));
    AssistantToolsFunction function = a.getTools().get(2).getAssistantToolsFunction();
    assertThat(function.getType()).isEqualTo(AssistantToolsFunction.TypeEnum.FUNCTION);
    assertThat(function.getFunction().getName()).isEqualTo("get_weather");
    assertThat(function.getFunction().getDescription()).isEqualTo("Weather for a city");
    assertThat(function.getFunction().getParameters())
        .containsEntry("type", "object")
        .containsEntry("required", List.of("city"))
        .containsEntry("properties", Map.of("city", Map.of("type", "string")));
    assertThat(a.getToolResources().getCodeInterpreter().getFileIds())
        .containsExactly("assistant-file1");
    assertThat(a.getToolResources().getFileSearch().getVectorStoreIds()).containsExactly("vs_abc");
    assertThat(a.getMetadata()).containsExactly(Map.entry("team", "bi"));
    assertThat(a.getTemperature()).isEqualByComparingTo(BigDecimal.ONE);
    assertThat(a.getDescription()).isNull();
  }

  @Test
  void parsesResponseFormatAsAStringAndAsAnObject() throws Exception {
    AssistantObject auto = assistant(Fixtures.ASSISTANT);
    AssistantObject json = assistant(Fixtures.ASSISTANT_JSON_MODE);

    assertThat(auto.getResponseFormat().getActualInstance()).isEqualTo("auto");
    assertThat(auto.getResponseFormat().getString()).isEqualTo("auto");
    assertThat(json.getResponseFormat().getActualInstance())
        .isInstanceOf(AssistantsApiResponseFormat.class);
    assertThat(json.getResponseFormat().getAssistantsApiResponseFormat().getType())
        .isEqualTo(AssistantsApiResponseFormat.TypeEnum.JSON_OBJECT);
    assertThat(json.getName()).isNull();
    assertThat(json.getTools()).isEmpty();
  }

  @Test
  void parsesMessageContentAndBothAnnotations() throws Exception {
    MessageObject m = message(Fixtures.MESSAGE);

    assertThat(m.getRole()).isEqualTo(MessageObject.RoleEnum.ASSISTANT);
    assertThat(m.getContent()).hasSize(2);
    MessageContentImageFileObject image = m.getContent().get(0).getMessageContentImageFileObject();
    assertThat(m.getContent().get(0).getActualInstance()).isSameAs(image);
    assertThat(image.getType()).isEqualTo(MessageContentImageFileObject.TypeEnum.IMAGE_FILE);
    assertThat(image.getImageFile().getFileId()).isEqualTo("assistant-img1");

    assertThat(m.getContent().get(1).getActualInstance())
        .isInstanceOf(MessageContentTextObject.class);
    MessageContentTextObject text = m.getContent().get(1).getMessageContentTextObject();
    assertThat(text.getText().getValue())
        .isEqualTo("See 【4:0†source】 and sandbox:/mnt/data/sine.png");
    assertThat(text.getText().getAnnotations()).hasSize(2);
    assertThat(text.getText().getAnnotations().get(0).getActualInstance())
        .isInstanceOf(MessageContentTextAnnotationsFileCitationObject.class);
    MessageContentTextAnnotationsFileCitationObject citation =
        text.getText().getAnnotations().get(0).getMessageContentTextAnnotationsFileCitationObject();
    assertThat(citation.getText()).isEqualTo("【4:0†source】");
    assertThat(citation.getFileCitation().getFileId()).isEqualTo("assistant-doc1");
    assertThat(citation.getFileCitation().getQuote()).isEqualTo("A sine wave is smooth.");
    assertThat(citation.getStartIndex()).isEqualTo(4);
    assertThat(citation.getEndIndex()).isEqualTo(16);
    assertThat(text.getText().getAnnotations().get(1).getActualInstance())
        .isInstanceOf(MessageContentTextAnnotationsFilePathObject.class);
    MessageContentTextAnnotationsFilePathObject path =
        text.getText().getAnnotations().get(1).getMessageContentTextAnnotationsFilePathObject();
    assertThat(path.getText()).isEqualTo("sandbox:/mnt/data/sine.png");
    assertThat(path.getFilePath().getFileId()).isEqualTo("assistant-img1");
    assertThat(path.getStartIndex()).isEqualTo(21);
    assertThat(path.getEndIndex()).isEqualTo(47);
    assertThat(m.getAttachments()).isEmpty();
  }

  @Test
  void parsesBothKindsOfAttachmentTool() throws Exception {
    MessageObject m = message(Fixtures.MESSAGE_WITH_ATTACHMENTS);

    assertThat(m.getAttachments()).hasSize(2);
    assertThat(m.getAttachments().get(0).getFileId()).isEqualTo("assistant-data1");
    assertThat(m.getAttachments().get(0).getTools())
        .singleElement()
        .satisfies(t -> assertThat(t.getActualInstance()).isInstanceOf(AssistantToolsCode.class));
    List<MessageAttachmentTool> tools = m.getAttachments().get(1).getTools();
    assertThat(tools).hasSize(2);
    assertThat(tools.get(0).getAssistantToolsFileSearch().getType())
        .isEqualTo(AssistantToolsFileSearch.TypeEnum.FILE_SEARCH);
    assertThat(tools.get(1).getAssistantToolsCode().getType())
        .isEqualTo(AssistantToolsCode.TypeEnum.CODE_INTERPRETER);
  }

  @Test
  void parsesRunStepDetailsOfEveryKind() throws Exception {
    stubFor(
        get(urlPathEqualTo("/openai/threads/t/runs/r/steps"))
            .willReturn(okJson(Fixtures.RUN_STEPS)));

    ListRunStepsResponse steps =
        client.runSteps().listRunSteps("t", "r", client.apiVersion(), null, null, null, null);

    assertThat(steps.getData()).hasSize(2);
    RunStepObject toolStep = steps.getData().get(0);
    assertThat(toolStep.getType()).isEqualTo(RunStepObject.TypeEnum.TOOL_CALLS);
    assertThat(toolStep.getStepDetails().getActualInstance())
        .isInstanceOf(RunStepDetailsToolCallsObject.class);
    List<RunStepDetailsToolCall> calls =
        toolStep.getStepDetails().getRunStepDetailsToolCallsObject().getToolCalls();
    assertThat(calls).hasSize(4);

    assertThat(calls.get(0).getActualInstance())
        .isInstanceOf(RunStepDetailsToolCallsCodeObject.class);
    RunStepDetailsToolCallsCodeObject code = calls.get(0).getRunStepDetailsToolCallsCodeObject();
    assertThat(code.getId()).isEqualTo("call_code");
    assertThat(code.getCodeInterpreter().getInput()).isEqualTo("import numpy as np\nprint(np.pi)");
    assertThat(code.getCodeInterpreter().getOutputs()).hasSize(2);
    assertThat(code.getCodeInterpreter().getOutputs().get(0).getActualInstance())
        .isInstanceOf(RunStepDetailsToolCallsCodeOutputLogsObject.class);
    assertThat(
            code.getCodeInterpreter()
                .getOutputs()
                .get(0)
                .getRunStepDetailsToolCallsCodeOutputLogsObject()
                .getLogs())
        .isEqualTo("3.141592653589793\n");
    assertThat(code.getCodeInterpreter().getOutputs().get(1).getActualInstance())
        .isInstanceOf(RunStepDetailsToolCallsCodeOutputImageObject.class);
    assertThat(
            code.getCodeInterpreter()
                .getOutputs()
                .get(1)
                .getRunStepDetailsToolCallsCodeOutputImageObject()
                .getImage()
                .getFileId())
        .isEqualTo("assistant-img1");

    assertThat(calls.get(1).getActualInstance())
        .isInstanceOf(RunStepDetailsToolCallsFileSearchObject.class);
    RunStepDetailsToolCallsFileSearchObject search =
        calls.get(1).getRunStepDetailsToolCallsFileSearchObject();
    assertThat(search.getId()).isEqualTo("call_search");
    assertThat(search.getFileSearch()).isEmpty();

    assertThat(calls.get(2).getActualInstance())
        .isInstanceOf(RunStepDetailsToolCallsFunctionObject.class);
    RunStepDetailsToolCallsFunctionObject pending =
        calls.get(2).getRunStepDetailsToolCallsFunctionObject();
    assertThat(pending.getId()).isEqualTo("call_pending");
    assertThat(pending.getFunction().getName()).isEqualTo("get_weather");
    assertThat(pending.getFunction().getArguments()).isEqualTo("{}");
    assertThat(pending.getFunction().getOutput()).isNull();
    RunStepDetailsToolCallsFunctionObject done =
        calls.get(3).getRunStepDetailsToolCallsFunctionObject();
    assertThat(done.getFunction().getArguments()).isEqualTo("{\"city\":\"Oslo\"}");
    assertThat(done.getFunction().getOutput()).isEqualTo("-3 C");

    RunStepObject messageStep = steps.getData().get(1);
    assertThat(messageStep.getType()).isEqualTo(RunStepObject.TypeEnum.MESSAGE_CREATION);
    assertThat(messageStep.getStepDetails().getActualInstance())
        .isInstanceOf(RunStepDetailsMessageCreationObject.class);
    assertThat(
            messageStep
                .getStepDetails()
                .getRunStepDetailsMessageCreationObject()
                .getMessageCreation()
                .getMessageId())
        .isEqualTo("msg_abc");
    assertThat(messageStep.getUsage().getTotalTokens()).isEqualTo(330);
  }

  @Test
  void parsesARunWaitingForToolOutputsWithObjectOptions() throws Exception {
    RunObject r = run(Fixtures.RUN_REQUIRES_ACTION);

    assertThat(r.getStatus()).isEqualTo(RunStatus.REQUIRES_ACTION);
    RunRequiredAction action = r.getRequiredAction();
    assertThat(action.getType()).isEqualTo(RunRequiredAction.TypeEnum.SUBMIT_TOOL_OUTPUTS);
    assertThat(action.getSubmitToolOutputs().getToolCalls()).hasSize(1);
    RunToolCallObject call = action.getSubmitToolOutputs().getToolCalls().get(0);
    assertThat(call.getId()).isEqualTo("call_weather");
    assertThat(call.getType()).isEqualTo(RunToolCallObject.TypeEnum.FUNCTION);
    assertThat(call.getFunction().getName()).isEqualTo("get_weather");
    assertThat(call.getFunction().getArguments()).isEqualTo("{\"city\":\"Oslo\"}");

    assertThat(r.getToolChoice().getActualInstance()).isInstanceOf(AssistantsNamedToolChoice.class);
    AssistantsNamedToolChoice choice = r.getToolChoice().getAssistantsNamedToolChoice();
    assertThat(choice.getType()).isEqualTo(AssistantsNamedToolChoice.TypeEnum.FUNCTION);
    assertThat(choice.getFunction().getName()).isEqualTo("get_weather");
    assertThat(r.getResponseFormat().getAssistantsApiResponseFormat().getType())
        .isEqualTo(AssistantsApiResponseFormat.TypeEnum.JSON_OBJECT);
    assertThat(r.getTools().get(0).getAssistantToolsFunction().getFunction().getName())
        .isEqualTo("get_weather");
    assertThat(r.getExpiresAt()).isEqualTo(1705973100);
    assertThat(r.getUsage()).isNull();
  }

  @Test
  void parsesToolChoiceAndResponseFormatAsStrings() throws Exception {
    RunObject r = run(Fixtures.RUN_QUEUED);

    assertThat(r.getStatus()).isEqualTo(RunStatus.QUEUED);
    assertThat(r.getRequiredAction()).isNull();
    assertThat(r.getToolChoice().getActualInstance()).isEqualTo("none");
    assertThat(r.getToolChoice().getString()).isEqualTo("none");
    assertThat(r.getResponseFormat().getString()).isEqualTo("auto");
    assertThat(r.getTools().get(0).getActualInstance()).isInstanceOf(AssistantToolsCode.class);
  }

  @Test
  void toleratesUnknownFieldsAtTopLevelAndInsideToolsAndResponseFormat() throws Exception {
    AssistantObject a = assistant(Fixtures.ASSISTANT_WITH_UNKNOWN_FIELDS);

    assertThat(a.getId()).isEqualTo("asst_future");
    assertThat(a.getTools()).hasSize(3);
    assertThat(a.getTools().get(0).getActualInstance()).isInstanceOf(AssistantToolsCode.class);
    assertThat(a.getTools().get(1).getActualInstance())
        .isInstanceOf(AssistantToolsFileSearch.class);
    assertThat(a.getTools().get(2).getAssistantToolsFunction().getFunction().getName())
        .isEqualTo("get_weather");
    assertThat(a.getResponseFormat().getAssistantsApiResponseFormat().getType())
        .isEqualTo(AssistantsApiResponseFormat.TypeEnum.JSON_OBJECT);
  }

  @Test
  void toleratesUnknownFieldsInsideContentPartsAndAnnotations() throws Exception {
    MessageObject m = message(Fixtures.MESSAGE_WITH_UNKNOWN_FIELDS);

    assertThat(m.getId()).isEqualTo("msg_future");
    assertThat(m.getContent().get(0).getMessageContentImageFileObject().getImageFile().getFileId())
        .isEqualTo("assistant-img1");
    MessageContentTextObject text = m.getContent().get(1).getMessageContentTextObject();
    assertThat(text.getText().getValue()).isEqualTo("Quote");
    assertThat(
            text.getText()
                .getAnnotations()
                .get(0)
                .getMessageContentTextAnnotationsFileCitationObject()
                .getFileCitation()
                .getQuote())
        .isEqualTo("q");
    assertThat(m.getAttachments()).isNull();
    assertThat(m.getAssistantId()).isNull();
  }

  @Test
  void toleratesUnknownFieldsInsideRunStepParts() throws Exception {
    stubFor(
        get(urlPathEqualTo("/openai/threads/t/runs/r/steps/s"))
            .willReturn(okJson(Fixtures.RUN_STEP_WITH_UNKNOWN_FIELDS)));

    RunStepObject step = client.runSteps().getRunStep("t", "r", "s", client.apiVersion());

    List<RunStepDetailsToolCall> calls =
        step.getStepDetails().getRunStepDetailsToolCallsObject().getToolCalls();
    assertThat(
            calls
                .get(0)
                .getRunStepDetailsToolCallsCodeObject()
                .getCodeInterpreter()
                .getOutputs()
                .get(0)
                .getRunStepDetailsToolCallsCodeOutputLogsObject()
                .getLogs())
        .isEqualTo("2");
    assertThat(calls.get(1).getRunStepDetailsToolCallsFileSearchObject().getFileSearch())
        .containsEntry("results", List.of())
        .containsEntry("ranking_options", Map.of("ranker", "auto"));
  }

  /**
   * Not a field but a whole variant this api-version does not know: the generated oneOf
   * deserializer finds no member and the whole response fails, as the checked ApiException.
   */
  @Test
  void anUnknownVariantFailsTheWholeResponse() {
    ApiException e =
        catchThrowableOfType(
            ApiException.class, () -> message(Fixtures.MESSAGE_WITH_UNKNOWN_CONTENT_TYPE));

    assertThat(e.getCode()).isZero();
    assertThat(e.getCause())
        .hasMessageContaining("Failed deserialization for MessageContent: 0 classes match result");
  }

  /**
   * An enum value the contract does not list (OpenAI later added last_error.code {@code
   * invalid_prompt}) also fails the whole response: enumUnknownDefaultCase must stay false.
   */
  @Test
  void anUnknownEnumValueFailsTheWholeResponse() {
    String failed =
        Fixtures.RUN_QUEUED
            .replace("\"status\":\"queued\"", "\"status\":\"failed\"")
            .replace(
                "\"last_error\":null",
                "\"last_error\":{\"code\":\"invalid_prompt\",\"message\":\"Bad prompt\"}");

    ApiException e = catchThrowableOfType(ApiException.class, () -> run(failed));

    assertThat(e.getCause()).hasMessageContaining("Unexpected value 'invalid_prompt'");
  }
}
