package dev.assistantskit.server.runs;

import static dev.assistantskit.server.testing.Apis.V;
import static dev.assistantskit.server.testing.Apis.failure;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assistantskit.client.model.AssistantsApiResponseFormat;
import dev.assistantskit.client.model.AssistantsApiResponseFormatOption;
import dev.assistantskit.client.model.AssistantsApiToolChoiceOption;
import dev.assistantskit.client.model.AssistantsNamedToolChoice;
import dev.assistantskit.client.model.CreateAssistantRequest;
import dev.assistantskit.client.model.CreateMessageRequest;
import dev.assistantskit.client.model.CreateRunRequest;
import dev.assistantskit.client.model.CreateThreadAndRunRequest;
import dev.assistantskit.client.model.CreateThreadRequest;
import dev.assistantskit.client.model.FunctionName;
import dev.assistantskit.client.model.RunObject;
import dev.assistantskit.client.model.RunStatus;
import dev.assistantskit.client.model.TruncationObject;
import dev.assistantskit.server.testing.Apis;
import dev.assistantskit.server.testing.EmulatorExtension;
import dev.assistantskit.server.testing.RawHttp;
import dev.assistantskit.server.testing.Runs;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RunOverridesAcceptanceTest {
  @RegisterExtension static final EmulatorExtension EMULATOR = new EmulatorExtension();

  private final Runs runs = Runs.of(EMULATOR);
  private final Apis api = runs.api();

  @Test
  void everyOverrideIsHonouredAndEchoedOnTheRun() throws Exception {
    String assistant =
        api.assistants()
            .createAssistant(
                V,
                new CreateAssistantRequest()
                    .model("gpt-4")
                    .instructions("Be brief.")
                    .tools(List.of(Runs.codeInterpreter())))
            .getId();
    String thread = runs.thread("hello");
    CreateMessageRequest extra =
        new CreateMessageRequest()
            .role(CreateMessageRequest.RoleEnum.USER)
            .content("and one more thing");

    RunObject run =
        api.runs()
            .createRun(
                thread,
                V,
                new CreateRunRequest()
                    .assistantId(assistant)
                    .model("gpt-4o")
                    .additionalInstructions("Answer in French.")
                    .additionalMessages(List.of(extra))
                    .tools(
                        List.of(
                            Runs.function("lookup", "Look something up", Map.of("type", "object"))))
                    .temperature(new BigDecimal("0.2"))
                    .topP(new BigDecimal("0.9"))
                    .maxPromptTokens(1000)
                    .maxCompletionTokens(500)
                    .truncationStrategy(
                        new TruncationObject()
                            .type(TruncationObject.TypeEnum.LAST_MESSAGES)
                            .lastMessages(5))
                    .toolChoice(new AssistantsApiToolChoiceOption("none"))
                    .responseFormat(
                        new AssistantsApiResponseFormatOption(
                            new AssistantsApiResponseFormat()
                                .type(AssistantsApiResponseFormat.TypeEnum.JSON_OBJECT)))
                    .metadata(Map.of("purpose", "test")));

    assertThat(run.getModel()).isEqualTo("gpt-4o");
    assertThat(run.getInstructions()).isEqualTo("Be brief.\nAnswer in French.");
    assertThat(run.getTools().get(0).getAssistantToolsFunction().getFunction().getName())
        .isEqualTo("lookup");
    assertThat(run.getTemperature()).isEqualByComparingTo("0.2");
    assertThat(run.getTopP()).isEqualByComparingTo("0.9");
    assertThat(run.getMaxPromptTokens()).isEqualTo(1000);
    assertThat(run.getMaxCompletionTokens()).isEqualTo(500);
    assertThat(run.getTruncationStrategy().getLastMessages()).isEqualTo(5);
    assertThat(run.getToolChoice().getString()).isEqualTo("none");
    assertThat(run.getMetadata()).containsExactly(Map.entry("purpose", "test"));
    runs.await(run, RunStatus.COMPLETED);
    List<String> texts = runs.messages(thread).getData().stream().map(Runs::firstText).toList();
    assertThat(texts.subList(1, 3)).containsExactly("and one more thing", "hello");
    String reply = texts.get(0);
    assertThat(new ObjectMapper().readTree(reply).get("reply").asText())
        .contains("and one more thing");
  }

  @Test
  void instructionsGivenToARunReplaceTheAssistants() throws Exception {
    String assistant =
        api.assistants()
            .createAssistant(V, new CreateAssistantRequest().model("gpt-4").instructions("Old."))
            .getId();
    String thread = runs.thread("hello");

    RunObject run =
        api.runs()
            .createRun(
                thread, V, new CreateRunRequest().assistantId(assistant).instructions("New."));

    assertThat(run.getInstructions()).isEqualTo("New.");
    assertThat(run.getModel()).isEqualTo("gpt-4");
    assertThat(run.getToolChoice().getString()).isEqualTo("auto");
    assertThat(run.getTruncationStrategy().getType()).isEqualTo(TruncationObject.TypeEnum.AUTO);
  }

  @Test
  void anAutoTruncationStrategyIsWrittenWithLastMessagesNullAsAzureDoes() throws Exception {
    String thread = runs.thread("hello");
    RawHttp http = EMULATOR.http();

    RawHttp.Reply created =
        http.post(
            RawHttp.withVersion("/threads/" + thread + "/runs"),
            "{\"assistant_id\":\"" + runs.codeAssistant() + "\"}");
    String run = created.json().get("id").asText();
    RawHttp.Reply fetched = http.get(RawHttp.withVersion("/threads/" + thread + "/runs/" + run));
    RawHttp.Reply listed = http.get(RawHttp.withVersion("/threads/" + thread + "/runs"));

    String expected = "{\"type\":\"auto\",\"last_messages\":null}";
    assertThat(created.json().get("truncation_strategy").toString()).isEqualTo(expected);
    assertThat(fetched.json().get("truncation_strategy").toString()).isEqualTo(expected);
    assertThat(listed.json().at("/data/0/truncation_strategy").toString()).isEqualTo(expected);
    assertThat(created.body()).contains("\"truncation_strategy\":" + expected);
  }

  @Test
  void truncationAndThePromptBudgetLimitWhatTheModelSees() throws Exception {
    String assistant = runs.codeAssistant();
    String all = runs.thread("first " + "word ".repeat(300));
    String last = runs.thread("first " + "word ".repeat(300));
    for (String thread : List.of(all, last)) {
      runs.say(thread, "second question");
    }

    RunObject everything = runs.awaitEnd(runs.start(all, assistant));
    RunObject lastOne =
        runs.awaitEnd(
            api.runs()
                .createRun(
                    last,
                    V,
                    new CreateRunRequest()
                        .assistantId(assistant)
                        .truncationStrategy(
                            new TruncationObject()
                                .type(TruncationObject.TypeEnum.LAST_MESSAGES)
                                .lastMessages(1))));
    String budgeted = runs.thread("first " + "word ".repeat(300));
    runs.say(budgeted, "second question");
    RunObject withBudget =
        runs.awaitEnd(
            api.runs()
                .createRun(
                    budgeted,
                    V,
                    new CreateRunRequest().assistantId(assistant).maxPromptTokens(256)));

    assertThat(lastOne.getUsage().getPromptTokens())
        .isLessThan(everything.getUsage().getPromptTokens() - 250);
    assertThat(withBudget.getUsage().getPromptTokens()).isLessThanOrEqualTo(256);
    assertThat(withBudget.getStatus()).isEqualTo(RunStatus.COMPLETED);
  }

  @Test
  void aPromptThatCannotFitEndsTheRunIncomplete() throws Exception {
    String thread = runs.thread("word ".repeat(600));

    RunObject run =
        runs.awaitEnd(
            api.runs()
                .createRun(
                    thread,
                    V,
                    new CreateRunRequest().assistantId(runs.codeAssistant()).maxPromptTokens(256)));

    assertThat(run.getStatus()).isEqualTo(RunStatus.INCOMPLETE);
    assertThat(run.getIncompleteDetails().getReason().getValue()).isEqualTo("max_prompt_tokens");
  }

  @Test
  void aThreadAndItsRunAreCreatedTogether() throws Exception {
    String assistant = runs.codeAssistant();

    RunObject run =
        api.runs()
            .createThreadAndRun(
                V,
                new CreateThreadAndRunRequest()
                    .assistantId(assistant)
                    .thread(
                        new CreateThreadRequest()
                            .messages(
                                List.of(
                                    new CreateMessageRequest()
                                        .role(CreateMessageRequest.RoleEnum.USER)
                                        .content("Create a visualization of a sinewave")))));

    assertThat(run.getThreadId()).matches("thread_[A-Za-z0-9]{24}");
    assertThat(runs.awaitEnd(run).getStatus()).isEqualTo(RunStatus.COMPLETED);
    assertThat(runs.messages(run.getThreadId()).getData()).hasSize(2);
  }

  @Test
  void aForcedToolMustBeOneOfTheRunsTools() throws Exception {
    String thread = runs.thread("hello");
    AssistantsApiToolChoiceOption missing =
        new AssistantsApiToolChoiceOption(
            new AssistantsNamedToolChoice()
                .type(AssistantsNamedToolChoice.TypeEnum.FUNCTION)
                .function(new FunctionName().name("nope")));

    Apis.Failure refused =
        failure(
            () ->
                api.runs()
                    .createRun(
                        thread,
                        V,
                        new CreateRunRequest()
                            .assistantId(runs.codeAssistant())
                            .toolChoice(missing)));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.param()).isEqualTo("tool_choice");
  }

  @Test
  void aRunOfAnUnknownAssistantOrThreadIsNotFound() throws Exception {
    String thread = runs.thread("hello");

    assertThat(failure(() -> runs.start(thread, "asst_missing")).message())
        .isEqualTo("No assistant found with id 'asst_missing'.");
    assertThat(failure(() -> runs.start("thread_missing", runs.codeAssistant())).message())
        .isEqualTo("No thread found with id 'thread_missing'.");
  }
}
