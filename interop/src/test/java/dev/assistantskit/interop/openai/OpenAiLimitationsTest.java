package dev.assistantskit.interop.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.azure.AzureUrlPathMode;
import com.openai.client.OpenAIClient;
import com.openai.errors.BadRequestException;
import com.openai.errors.NotFoundException;
import com.openai.errors.OpenAIInvalidDataException;
import com.openai.models.beta.assistants.Assistant;
import com.openai.models.beta.assistants.AssistantCreateParams;
import com.openai.models.beta.threads.Thread;
import com.openai.models.beta.threads.ThreadCreateParams;
import com.openai.models.beta.threads.messages.MessageListPage;
import com.openai.models.beta.threads.messages.MessageListParams;
import com.openai.models.beta.threads.runs.Run;
import com.openai.models.files.FileCreateParams;
import com.openai.models.files.FileListPage;
import com.openai.models.files.FilePurpose;
import dev.assistantskit.interop.support.JsonCompare;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What does not work through openai-java, reproduced minimally: each {@code knownLimitation_…} test
 * pins what the SDK does (README, "Known not to work"); it fails, and the README must change, if a
 * new SDK version behaves differently.
 */
class OpenAiLimitationsTest extends OpenAiSdkTestBase {
  private static final String PARALLEL_TOOL_CALLS_NOT_SET = "`parallel_tool_calls` is not set";

  static Assistant plainAssistant() {
    return strict(
        client
            .beta()
            .assistants()
            .create(AssistantCreateParams.builder().model("gpt-4o").name("plain").build()));
  }

  /**
   * F2. Runs carry no {@code parallel_tool_calls}: the field does not exist in 2024-05-01-preview
   * (it came with a later api-version). openai-java's {@code Run} requires it, so {@code
   * validate()}, {@code run.parallelToolCalls()} and every call answering a run on a client built
   * with {@code responseValidation(true)} throw; the default lenient parsing reads every other
   * field.
   */
  @Test
  void knownLimitation_F2_runsHaveNoParallelToolCalls() {
    Assistant assistant = plainAssistant();
    Thread thread = OpenAiRunsTest.newThread("hello");
    Run run = OpenAiRunsTest.create(thread, assistant); // strict, with the one tolerance
    assertThat(emulator.wire().last().responseBody())
        .contains("\"id\":\"" + run.id() + "\"")
        .doesNotContain("parallel_tool_calls");
    assertThat(run.threadId()).isEqualTo(thread.id());
    assertThat(run.assistantId()).isEqualTo(assistant.id());
    assertThat(run.model()).isEqualTo("gpt-4o");
    assertThat(run._parallelToolCalls().isMissing()).isTrue();
    assertThatThrownBy(run::parallelToolCalls)
        .isInstanceOf(OpenAIInvalidDataException.class)
        .hasMessage(PARALLEL_TOOL_CALLS_NOT_SET);
    Run fresh = OpenAiRunsTest.retrieve(run).toBuilder().build(); // not yet validated
    assertThatThrownBy(fresh::validate)
        .isInstanceOf(OpenAIInvalidDataException.class)
        .hasMessage(PARALLEL_TOOL_CALLS_NOT_SET);
    awaitRun(run);

    OpenAIClient validating = builder(emulator.baseUrl()).responseValidation(true).build();
    try {
      assertThatThrownBy(
              () ->
                  validating
                      .beta()
                      .threads()
                      .runs()
                      .create(OpenAiRunsTest.runOf(thread, assistant)))
          .isInstanceOf(OpenAIInvalidDataException.class)
          .hasMessage(PARALLEL_TOOL_CALLS_NOT_SET);
      assertThat(emulator.wire().last().status()).isEqualTo(200);
    } finally {
      validating.close();
    }
  }

  /**
   * F8 (SDK strictness). An empty page has {@code first_id} and {@code last_id} null, as OpenAI and
   * Azure answer it; openai-java types them as required strings, so {@code validate()} rejects the
   * page. Its paging logic is fine ({@code hasNextPage()} is false).
   */
  @Test
  void knownLimitation_F8_emptyPageFailsValidate() {
    Thread thread = strict(client.beta().threads().create(ThreadCreateParams.builder().build()));
    MessageListPage page =
        client
            .beta()
            .threads()
            .messages()
            .list(MessageListParams.builder().threadId(thread.id()).build());
    assertThat(page.data()).isEmpty();
    assertThat(page.hasNextPage()).isFalse();
    assertThat(emulator.wire().last().responseBody())
        .contains("\"first_id\":null", "\"last_id\":null");
    assertThatThrownBy(() -> page.response().validate()).hasMessageContaining("`first_id` is null");
  }

  /**
   * F10 (SDK strictness). The files list is {@code {object, data, has_more}}, as Azure's files list
   * is (it has no cursors: it is not paged); openai-java's {@code FileListPageResponse} requires
   * {@code first_id} and {@code last_id} as well, so {@code validate()} rejects the page. The files
   * in it validate, and paging ends ({@code hasNextPage()} is false).
   */
  @Test
  void knownLimitation_F10_filesListPageFailsValidate() {
    OpenAiListsAndFilesTest.upload("listed.txt", "listed".getBytes(StandardCharsets.UTF_8));
    FileListPage page = client.files().list();
    JsonNode sent = JsonCompare.parse(emulator.wire().last().responseBody());
    assertThat(sent.has("first_id")).as("first_id sent").isFalse();
    assertThat(sent.has("last_id")).as("last_id sent").isFalse();
    assertThat(sent.get("has_more").asBoolean(true)).isFalse();
    assertThat(page.data()).isNotEmpty().allSatisfy(OpenAiSdkTestBase::strict);
    assertThat(page.hasNextPage()).isFalse();
    assertThatThrownBy(() -> page.response().validate())
        .isInstanceOf(OpenAIInvalidDataException.class)
        .hasMessage("`first_id` is not set");
  }

  /**
   * F9 (usage). {@code FileCreateParams.file(byte[])} and {@code file(InputStream)} send the part
   * without a filename, which the emulator refuses (400); use {@code file(Path)} or a {@code
   * MultipartField} with {@code filename(…)}.
   */
  @Test
  void knownLimitation_F9_uploadWithoutFilenameIsRefused() {
    assertThatThrownBy(
            () ->
                client
                    .files()
                    .create(
                        FileCreateParams.builder()
                            .file("abc".getBytes(StandardCharsets.UTF_8))
                            .purpose(FilePurpose.ASSISTANTS)
                            .build()))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("filename");
  }

  /**
   * Settings. Only {@code AzureUrlPathMode.UNIFIED} with a base URL ending in {@code /openai}
   * reaches the emulator: {@code LEGACY} inserts {@code /openai/deployments/<model>} and {@code
   * AUTO} (the default) does not recognise 127.0.0.1 as Azure and drops {@code api-version}; both
   * get the gateway's 404.
   */
  @Test
  void knownLimitation_onlyTheUnifiedPathModeWorks() {
    Map<AzureUrlPathMode, String> sent = new EnumMap<>(AzureUrlPathMode.class);
    for (AzureUrlPathMode mode : AzureUrlPathMode.values()) {
      OpenAIClient other = builder(emulator.baseUrl()).azureUrlPathMode(mode).maxRetries(0).build();
      try {
        other.beta().assistants().create(AssistantCreateParams.builder().model("gpt-4o").build());
      } catch (NotFoundException e) {
        assertThat(e.getMessage()).contains("Resource not found");
      } finally {
        other.close();
      }
      sent.put(mode, emulator.wire().last().target());
    }
    assertThat(sent)
        .containsEntry(
            AzureUrlPathMode.UNIFIED, "/openai/assistants?api-version=2024-05-01-preview")
        .containsEntry(
            AzureUrlPathMode.LEGACY,
            "/openai/openai/deployments/gpt-4o/assistants?api-version=2024-05-01-preview")
        .containsEntry(AzureUrlPathMode.AUTO, "/openai/assistants");
  }
}
