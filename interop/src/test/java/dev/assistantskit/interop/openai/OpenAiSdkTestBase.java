package dev.assistantskit.interop.openai;

import com.openai.azure.AzureOpenAIServiceVersion;
import com.openai.azure.AzureUrlPathMode;
import com.openai.azure.credential.AzureApiKeyCredential;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.beta.threads.runs.Run;
import com.openai.models.beta.threads.runs.RunRetrieveParams;
import com.openai.models.beta.threads.runs.RunStatus;
import dev.assistantskit.interop.support.InteropEmulator;
import dev.assistantskit.interop.support.LogWatch;
import dev.assistantskit.interop.support.Poll;
import dev.assistantskit.interop.support.WireDump;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts one emulator per test class (plain http) and builds openai-java against it in Azure mode:
 * base URL {@code http://127.0.0.1:<port>/openai}, {@link AzureApiKeyCredential}, service version
 * {@code 2024-05-01-preview} and the {@code UNIFIED} path mode. Every model received goes through
 * {@link OpenAiStrict#check} ({@code validate()} and no unknown field); the SDK's own {@code
 * responseValidation(true)} cannot be used with this api-version (known limitation F2, see {@code
 * OpenAiLimitationsTest}).
 */
@ExtendWith(LogWatch.class)
abstract class OpenAiSdkTestBase {
  static final Set<RunStatus.Value> ACTIVE =
      Set.of(RunStatus.Value.QUEUED, RunStatus.Value.IN_PROGRESS, RunStatus.Value.CANCELLING);

  @RegisterExtension
  static final WireDump WIRE_DUMP = new WireDump(() -> OpenAiSdkTestBase.emulator);

  @TempDir static Path dataDir;
  static InteropEmulator emulator;
  static OpenAIClient client;

  @BeforeAll
  static void startEmulator() {
    emulator = InteropEmulator.http(dataDir);
    client = newClient(emulator.baseUrl());
  }

  @AfterAll
  static void stopEmulator() {
    if (OpenAiStrict.TOLERATED_F2.get() > 0) {
      System.out.println(
          "openai-java: "
              + OpenAiStrict.TOLERATED_F2.get()
              + " runs so far lacked parallel_tool_calls (known limitation F2) and were checked"
              + " as if set");
    }
    if (client != null) {
      client.close();
    }
    if (emulator != null) {
      emulator.close();
    }
  }

  /** The settings this module documents for openai-java. */
  static OpenAIClient newClient(String baseUrl) {
    return builder(baseUrl).build();
  }

  static OpenAIOkHttpClient.Builder builder(String baseUrl) {
    return OpenAIOkHttpClient.builder()
        .baseUrl(baseUrl) // http://127.0.0.1:<port>/openai
        .credential(AzureApiKeyCredential.create(InteropEmulator.API_KEY))
        .azureServiceVersion(AzureOpenAIServiceVersion.fromString("2024-05-01-preview"))
        .azureUrlPathMode(AzureUrlPathMode.UNIFIED);
  }

  /** {@link OpenAiStrict#check}: validate() plus no unknown field anywhere. */
  static <T> T strict(T model) {
    return OpenAiStrict.check(model);
  }

  /** Polls the run until it leaves queued / in_progress / cancelling (30 s at most). */
  static Run awaitRun(Run run) {
    return awaitRun(run, Duration.ofSeconds(30));
  }

  /** Polls the run until it ends, failing if it has not within {@code limit}. */
  static Run awaitRun(Run run, Duration limit) {
    return Poll.until(
        run,
        current -> !ACTIVE.contains(current.status().value()),
        OpenAiSdkTestBase::retrieve,
        limit,
        current -> "run " + run.id() + " still " + current.status());
  }

  /** Polls the run until it is {@code status} (5 s at most). */
  static Run awaitStatus(Run run, RunStatus.Value status) {
    return Poll.until(
        run,
        current -> current.status().value() == status,
        OpenAiSdkTestBase::retrieve,
        Duration.ofSeconds(5),
        current -> "run " + run.id() + " still " + current.status() + ", not " + status);
  }

  static Run retrieve(Run run) {
    return strict(
        client
            .beta()
            .threads()
            .runs()
            .retrieve(
                RunRetrieveParams.builder().threadId(run.threadId()).runId(run.id()).build()));
  }
}
