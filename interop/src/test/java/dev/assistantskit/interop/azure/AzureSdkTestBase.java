package dev.assistantskit.interop.azure;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.ai.openai.assistants.AssistantsClient;
import com.azure.ai.openai.assistants.AssistantsClientBuilder;
import com.azure.ai.openai.assistants.AssistantsServiceVersion;
import com.azure.ai.openai.assistants.models.Assistant;
import com.azure.ai.openai.assistants.models.AssistantThread;
import com.azure.ai.openai.assistants.models.AssistantThreadCreationOptions;
import com.azure.ai.openai.assistants.models.CreateRunOptions;
import com.azure.ai.openai.assistants.models.FileDetails;
import com.azure.ai.openai.assistants.models.FilePurpose;
import com.azure.ai.openai.assistants.models.MessageRole;
import com.azure.ai.openai.assistants.models.OpenAIFile;
import com.azure.ai.openai.assistants.models.PageableList;
import com.azure.ai.openai.assistants.models.RunStatus;
import com.azure.ai.openai.assistants.models.RunStep;
import com.azure.ai.openai.assistants.models.RunStepToolCall;
import com.azure.ai.openai.assistants.models.RunStepToolCallDetails;
import com.azure.ai.openai.assistants.models.RunStepType;
import com.azure.ai.openai.assistants.models.ThreadMessageOptions;
import com.azure.ai.openai.assistants.models.ThreadRun;
import com.azure.core.credential.AzureKeyCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.netty.NettyAsyncHttpClientBuilder;
import com.azure.core.http.rest.RequestOptions;
import com.azure.core.http.rest.Response;
import com.azure.core.util.BinaryData;
import com.azure.json.JsonProviders;
import com.azure.json.JsonSerializable;
import com.azure.json.JsonWriter;
import com.fasterxml.jackson.databind.JsonNode;
import dev.assistantskit.interop.support.Exchange;
import dev.assistantskit.interop.support.InteropEmulator;
import dev.assistantskit.interop.support.JsonCompare;
import dev.assistantskit.interop.support.LogWatch;
import dev.assistantskit.interop.support.Poll;
import dev.assistantskit.interop.support.WireDump;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts one HTTPS emulator per test class and builds {@code azure-ai-openai-assistants} against
 * it, exactly as an application would: endpoint without {@code /openai}, {@link
 * AzureKeyCredential}, service version {@code 2024-05-01-preview}, and an HTTP client whose TLS
 * trusts the emulator's self-signed certificate.
 */
@ExtendWith(LogWatch.class)
abstract class AzureSdkTestBase {
  static final AssistantsServiceVersion SERVICE_VERSION =
      AssistantsServiceVersion.V2024_05_01_PREVIEW;
  static final RunStatus INCOMPLETE = RunStatus.fromString("incomplete");
  static final Set<RunStatus> ENDED =
      Set.of(
          RunStatus.COMPLETED,
          RunStatus.FAILED,
          RunStatus.CANCELLED,
          RunStatus.EXPIRED,
          RunStatus.REQUIRES_ACTION,
          INCOMPLETE);

  @RegisterExtension
  static final WireDump WIRE_DUMP = new WireDump(() -> AzureSdkTestBase.emulator);

  /** Fields the SDK's models write back without having received them (reported, not failed). */
  static final Set<String> ADDED = new java.util.concurrent.ConcurrentSkipListSet<>();

  @TempDir static Path dataDir;
  static InteropEmulator emulator;
  static AssistantsClient client;

  @BeforeAll
  static void startEmulator() {
    emulator = InteropEmulator.https(dataDir);
    client = newClient(emulator);
  }

  @AfterAll
  static void stopEmulator() {
    if (!ADDED.isEmpty()) {
      System.out.println("Azure SDK models added fields the emulator did not send: " + ADDED);
    }
    if (emulator != null) {
      emulator.close();
    }
  }

  /** The settings this module documents for the Azure SDK. */
  static AssistantsClient newClient(InteropEmulator emulator) {
    return builder(emulator).buildClient();
  }

  static AssistantsClientBuilder builder(InteropEmulator emulator) {
    return new AssistantsClientBuilder()
        .endpoint(emulator.endpoint()) // https://127.0.0.1:<port>; the SDK adds /openai
        .credential(new AzureKeyCredential(InteropEmulator.API_KEY))
        .serviceVersion(SERVICE_VERSION)
        .httpClient(trustingHttpClient(emulator));
  }

  /** azure-core's Netty client, trusting the emulator's certificate (PEM) and nothing else. */
  static HttpClient trustingHttpClient(InteropEmulator emulator) {
    try {
      SslContext tls =
          SslContextBuilder.forClient().trustManager(emulator.certificate().pem().toFile()).build();
      return new NettyAsyncHttpClientBuilder(
              reactor.netty.http.client.HttpClient.create().secure(spec -> spec.sslContext(tls)))
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Polls the run until it leaves queued / in_progress / cancelling (30 s at most). */
  static ThreadRun awaitRun(ThreadRun run) {
    return awaitRun(run, true);
  }

  /** {@link #awaitRun(ThreadRun)}, checking each poll with {@link #strict} or not. */
  static ThreadRun awaitRun(ThreadRun run, boolean strictly) {
    return awaitRun(run, strictly, Duration.ofSeconds(30));
  }

  /** Polls the run until it ends, failing if it has not within {@code limit}. */
  static ThreadRun awaitRun(ThreadRun run, boolean strictly, Duration limit) {
    return Poll.until(
        run,
        current -> ENDED.contains(current.getStatus()),
        current -> {
          ThreadRun polled = client.getRun(run.getThreadId(), run.getId());
          return strictly ? strict(polled) : polled;
        },
        limit,
        current -> "run " + run.getId() + " still " + current.getStatus());
  }

  /** Polls the run until it is {@code status} (5 s at most). */
  static ThreadRun awaitStatus(ThreadRun run, RunStatus status) {
    return Poll.until(
        run,
        current -> current.getStatus().equals(status),
        current -> strict(client.getRun(run.getThreadId(), run.getId())),
        Duration.ofSeconds(5),
        current -> "run " + run.getId() + " still " + current.getStatus() + ", not " + status);
  }

  /** Creates a run of {@code assistant} on {@code thread}. */
  static ThreadRun createRun(AssistantThread thread, Assistant assistant) {
    return strict(client.createRun(thread.getId(), new CreateRunOptions(assistant.getId())));
  }

  /** The run's one tool call, from its {@code tool_calls} step. */
  static RunStepToolCall stepToolCall(ThreadRun run) {
    RunStep step =
        strict(client.listRunSteps(run.getThreadId(), run.getId())).getData().stream()
            .filter(s -> s.getType() == RunStepType.TOOL_CALLS)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no tool_calls step in " + run.getId()));
    assertThat(strict(client.getRunStep(run.getThreadId(), run.getId(), step.getId())).getId())
        .isEqualTo(step.getId());
    return ((RunStepToolCallDetails) step.getStepDetails()).getToolCalls().get(0);
  }

  /** Uploads {@code content} as {@code filename}, for assistants. */
  static OpenAIFile upload(byte[] content, String filename) {
    return strict(
        client.uploadFile(
            new FileDetails(BinaryData.fromBytes(content), filename), FilePurpose.ASSISTANTS));
  }

  /** A new thread holding one user message. */
  static AssistantThread threadAsking(String question) {
    AssistantThread thread = strict(client.createThread(new AssistantThreadCreationOptions()));
    strict(
        client.createMessage(thread.getId(), new ThreadMessageOptions(MessageRole.USER, question)));
    return thread;
  }

  /**
   * A file's content through the workaround for {@code getFileContent} (README, "Known not to
   * work", F1): that typed method sends no {@code api-version} and cannot decode raw bytes, so this
   * calls the protocol method with {@code api-version} added and reads the body as it came.
   */
  static byte[] download(String fileId) {
    Response<BinaryData> response =
        client.getFileContentWithResponse(
            fileId,
            new RequestOptions().addQueryParam("api-version", SERVICE_VERSION.getVersion()));
    assertThat(response.getStatusCode()).isEqualTo(200);
    return response.getValue().toBytes();
  }

  /**
   * Forces the strictness the SDK lacks (it skips unknown fields and never fails on a missing one):
   * the model, written back as JSON, must hold every non-null value of the response it was parsed
   * from, unchanged. Returns the model.
   */
  static <T extends JsonSerializable<T>> T strict(T model) {
    Exchange exchange = emulator.wire().last();
    assertThat(exchange.status()).as("status of %s", exchange.target()).isBetween(200, 299);
    assertFaithful(exchange.responseBody(), model, exchange);
    return model;
  }

  /** {@link #strict} for a list page: every item, and the page's own fields. */
  static <T extends JsonSerializable<T>> PageableList<T> strict(PageableList<T> page) {
    Exchange exchange = emulator.wire().last();
    JsonNode sent = JsonCompare.parse(exchange.responseBody());
    assertThat(sent.get("object").asText()).isEqualTo("list");
    assertThat(page.getFirstId()).isEqualTo(textOrNull(sent.get("first_id")));
    assertThat(page.getLastId()).isEqualTo(textOrNull(sent.get("last_id")));
    assertThat(page.isHasMore()).isEqualTo(sent.get("has_more").asBoolean());
    List<T> data = page.getData();
    assertThat(data).hasSize(sent.get("data").size());
    for (int i = 0; i < data.size(); i++) {
      assertFaithful(sent.get("data").get(i).toString(), data.get(i), exchange);
    }
    return page;
  }

  static void assertFaithful(String sent, JsonSerializable<?> model, Exchange exchange) {
    String written;
    try {
      written = toJson(model);
    } catch (RuntimeException e) {
      throw new AssertionError(
          model.getClass().getSimpleName()
              + " parsed from "
              + exchange.method()
              + " "
              + exchange.path()
              + " cannot even be written back ("
              + e
              + "); it was sent: "
              + sent,
          e);
    }
    JsonCompare.Result result = JsonCompare.compare(sent, written);
    ADDED.addAll(
        result.added().stream()
            .map(a -> model.getClass().getSimpleName() + " " + a.replaceAll("\\[\\d+\\]", "[]"))
            .toList());
    assertThat(result.faithful())
        .as(
            "%s parsed %s %s faithfully: %s",
            model.getClass().getSimpleName(), exchange.method(), exchange.path(), result)
        .isTrue();
  }

  static String toJson(JsonSerializable<?> model) {
    StringWriter out = new StringWriter();
    try (JsonWriter writer = JsonProviders.createWriter(out)) {
      model.toJson(writer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String textOrNull(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }
}
