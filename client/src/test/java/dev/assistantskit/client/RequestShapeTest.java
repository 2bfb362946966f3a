package dev.assistantskit.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.findAll;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static dev.assistantskit.client.Fixtures.API_VERSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.assistantskit.client.api.ThreadsApi;
import dev.assistantskit.client.invoker.ApiClient;
import dev.assistantskit.client.invoker.ApiException;
import dev.assistantskit.client.model.AssistantObject;
import dev.assistantskit.client.model.AssistantTool;
import dev.assistantskit.client.model.AssistantToolsCode;
import dev.assistantskit.client.model.AssistantToolsFileSearch;
import dev.assistantskit.client.model.AssistantToolsFunction;
import dev.assistantskit.client.model.AssistantsApiResponseFormat;
import dev.assistantskit.client.model.AssistantsApiResponseFormatOption;
import dev.assistantskit.client.model.AssistantsApiToolChoiceOption;
import dev.assistantskit.client.model.AssistantsNamedToolChoice;
import dev.assistantskit.client.model.CreateAssistantRequest;
import dev.assistantskit.client.model.CreateCodeInterpreterToolResource;
import dev.assistantskit.client.model.CreateMessageRequest;
import dev.assistantskit.client.model.CreateRunRequest;
import dev.assistantskit.client.model.CreateToolResources;
import dev.assistantskit.client.model.FilePurpose;
import dev.assistantskit.client.model.FunctionName;
import dev.assistantskit.client.model.FunctionObject;
import dev.assistantskit.client.model.ListAssistantsResponse;
import dev.assistantskit.client.model.MessageAttachment;
import dev.assistantskit.client.model.MessageAttachmentTool;
import dev.assistantskit.client.model.MessageObject;
import dev.assistantskit.client.model.ModifyAssistantRequest;
import dev.assistantskit.client.model.OpenAIFile;
import dev.assistantskit.client.model.RunObject;
import dev.assistantskit.client.model.RunStatus;
import dev.assistantskit.client.model.ThreadObject;
import java.io.File;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@WireMockTest
class RequestShapeTest {
  private String baseUrl;
  private AssistantsClient client;

  @BeforeEach
  void setUp(WireMockRuntimeInfo wiremock) {
    baseUrl = wiremock.getHttpBaseUrl();
    client = AssistantsClient.builder().endpoint(baseUrl).apiKey("test-key").build();
  }

  @Test
  void sendsTheApiKeyHeaderAndTheApiVersionQueryParameter() throws Exception {
    stubFor(
        get(urlPathEqualTo("/openai/assistants"))
            .willReturn(okJson(Fixtures.EMPTY_ASSISTANT_LIST)));

    ListAssistantsResponse page =
        client.assistants().listAssistants(client.apiVersion(), 5, "asc", null, null);

    assertThat(page.getData()).isEmpty();
    assertThat(page.getHasMore()).isFalse();
    verify(
        getRequestedFor(urlPathEqualTo("/openai/assistants"))
            .withQueryParam("api-version", equalTo(API_VERSION))
            .withQueryParam("limit", equalTo("5"))
            .withQueryParam("order", equalTo("asc"))
            .withQueryParam("after", absent())
            .withHeader("api-key", equalTo("test-key"))
            .withHeader("Authorization", absent())
            .withHeader("Accept", equalTo("application/json")));
  }

  @Test
  void sendsAFixedBearerTokenInsteadOfAKey() throws Exception {
    stubFor(get(urlPathEqualTo("/openai/threads/thread_abc")).willReturn(okJson(Fixtures.THREAD)));
    AssistantsClient bearer =
        AssistantsClient.builder().endpoint(baseUrl).bearerToken("entra-token").build();

    ThreadObject thread = bearer.threads().getThread("thread_abc", bearer.apiVersion());

    assertThat(thread.getId()).isEqualTo("thread_abc");
    verify(
        getRequestedFor(urlPathEqualTo("/openai/threads/thread_abc"))
            .withHeader("Authorization", equalTo("Bearer entra-token"))
            .withHeader("api-key", absent()));
  }

  @Test
  void callsTheTokenSupplierForEveryRequest() throws Exception {
    stubFor(get(urlPathEqualTo("/openai/threads/thread_abc")).willReturn(okJson(Fixtures.THREAD)));
    AtomicInteger calls = new AtomicInteger();
    AssistantsClient bearer =
        AssistantsClient.builder()
            .endpoint(baseUrl)
            .bearerTokenSupplier(() -> "token-" + calls.incrementAndGet())
            .build();

    bearer.threads().getThread("thread_abc", bearer.apiVersion());
    bearer.threads().getThread("thread_abc", bearer.apiVersion());
    bearer.threads().getThread("thread_abc", bearer.apiVersion());

    assertThat(calls).hasValue(3);
    List<String> sent =
        findAll(getRequestedFor(urlPathEqualTo("/openai/threads/thread_abc"))).stream()
            .map(r -> r.getHeader("Authorization"))
            .collect(Collectors.toList());
    assertThat(sent).containsExactly("Bearer token-1", "Bearer token-2", "Bearer token-3");
  }

  @Test
  void failsTheRequestWhenTheTokenSupplierHasNoToken() {
    AssistantsClient bearer =
        AssistantsClient.builder().endpoint(baseUrl).bearerTokenSupplier(() -> null).build();

    assertThatThrownBy(() -> bearer.threads().getThread("thread_abc", bearer.apiVersion()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("The bearer token supplier returned no token");
    assertThat(findAll(getRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void sendsTheConfiguredApiVersion() throws Exception {
    stubFor(get(urlPathEqualTo("/openai/threads/thread_abc")).willReturn(okJson(Fixtures.THREAD)));
    AssistantsClient other =
        AssistantsClient.builder()
            .endpoint(baseUrl)
            .apiKey("k")
            .apiVersion("2024-07-01-preview")
            .build();

    other.threads().getThread("thread_abc", other.apiVersion());

    verify(
        getRequestedFor(urlPathEqualTo("/openai/threads/thread_abc"))
            .withQueryParam("api-version", equalTo("2024-07-01-preview")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/", "/openai", "/openai/"})
  void reachesOpenaiPathsWhateverTheEndpointSuffix(String suffix) throws Exception {
    stubFor(get(urlPathEqualTo("/openai/threads/thread_abc")).willReturn(okJson(Fixtures.THREAD)));
    AssistantsClient c = AssistantsClient.builder().endpoint(baseUrl + suffix).apiKey("k").build();

    ThreadObject thread = c.threads().getThread("thread_abc", c.apiVersion());

    assertThat(thread.getCreatedAt()).isEqualTo(1705972490);
    List<LoggedRequest> requests = findAll(getRequestedFor(anyUrl()));
    assertThat(requests).hasSize(1);
    assertThat(requests.get(0).getUrl())
        .isEqualTo("/openai/threads/thread_abc?api-version=" + API_VERSION);
  }

  @Test
  void appliesTheReadTimeoutToEachRequest() {
    stubFor(
        get(urlPathEqualTo("/openai/threads/slow"))
            .willReturn(okJson(Fixtures.THREAD).withFixedDelay(2000)));
    AssistantsClient impatient =
        AssistantsClient.builder()
            .endpoint(baseUrl)
            .apiKey("k")
            .readTimeout(Duration.ofMillis(200))
            .build();

    assertThatThrownBy(() -> impatient.threads().getThread("slow", impatient.apiVersion()))
        .isExactlyInstanceOf(ApiException.class)
        .hasCauseInstanceOf(HttpTimeoutException.class);
  }

  @Test
  void usesHttp11WithoutAnH2cUpgradeOffer() throws Exception {
    stubFor(post(urlPathEqualTo("/openai/threads")).willReturn(okJson(Fixtures.THREAD)));

    client.threads().createThread(client.apiVersion(), null);

    LoggedRequest request = findAll(postRequestedFor(urlPathEqualTo("/openai/threads"))).get(0);
    assertThat(request.getProtocol()).isEqualTo("HTTP/1.1");
    assertThat(request.containsHeader("Upgrade")).isFalse();
    assertThat(request.containsHeader("HTTP2-Settings")).isFalse();
  }

  @Test
  void keepsHttp11WithACallerSuppliedHttpClientBuilder() throws Exception {
    stubFor(post(urlPathEqualTo("/openai/threads")).willReturn(okJson(Fixtures.THREAD)));
    HttpClient.Builder custom = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2);
    AssistantsClient c =
        AssistantsClient.builder().endpoint(baseUrl).apiKey("k").httpClientBuilder(custom).build();

    c.threads().createThread(c.apiVersion(), null);

    assertThat(c.apiClient().getHttpClient().version()).isEqualTo(HttpClient.Version.HTTP_1_1);
    LoggedRequest request = findAll(postRequestedFor(urlPathEqualTo("/openai/threads"))).get(0);
    assertThat(request.getProtocol()).isEqualTo("HTTP/1.1");
    assertThat(request.containsHeader("Upgrade")).isFalse();
  }

  /** Control for the two tests above: the generated client left alone offers h2c. */
  @Test
  void theGeneratedClientAloneOffersAnH2cUpgrade() throws Exception {
    stubFor(post(urlPathEqualTo("/openai/threads")).willReturn(okJson(Fixtures.THREAD)));
    ApiClient plain = new ApiClient();
    plain.updateBaseUri(baseUrl + "/openai");

    new ThreadsApi(plain).createThread(API_VERSION, null);

    LoggedRequest request = findAll(postRequestedFor(urlPathEqualTo("/openai/threads"))).get(0);
    assertThat(request.getHeader("Upgrade")).isEqualTo("h2c");
  }

  @Test
  void createsAnAssistantWithEveryToolKind() throws Exception {
    stubFor(post(urlPathEqualTo("/openai/assistants")).willReturn(okJson(Fixtures.ASSISTANT)));
    CreateAssistantRequest request =
        new CreateAssistantRequest()
            .model("gpt-4-1106-preview")
            .name("Data Visualization")
            .instructions("Make charts.")
            .addToolsItem(
                new AssistantTool(
                    new AssistantToolsCode().type(AssistantToolsCode.TypeEnum.CODE_INTERPRETER)))
            .addToolsItem(
                new AssistantTool(
                    new AssistantToolsFileSearch()
                        .type(AssistantToolsFileSearch.TypeEnum.FILE_SEARCH)))
            .addToolsItem(
                new AssistantTool(
                    new AssistantToolsFunction()
                        .type(AssistantToolsFunction.TypeEnum.FUNCTION)
                        .function(
                            new FunctionObject()
                                .name("get_weather")
                                .description("Weather for a city")
                                .parameters(
                                    Map.of(
                                        "type",
                                        "object",
                                        "properties",
                                        Map.of("city", Map.of("type", "string")),
                                        "required",
                                        List.of("city"))))))
            .toolResources(
                new CreateToolResources()
                    .codeInterpreter(
                        new CreateCodeInterpreterToolResource().addFileIdsItem("assistant-file1")))
            .putMetadataItem("team", "bi")
            .temperature(new BigDecimal("0.2"))
            .responseFormat(
                new AssistantsApiResponseFormatOption(
                    new AssistantsApiResponseFormat()
                        .type(AssistantsApiResponseFormat.TypeEnum.JSON_OBJECT)));

    AssistantObject created = client.assistants().createAssistant(client.apiVersion(), request);

    assertThat(created.getId()).isEqualTo("asst_abc123");
    verify(
        postRequestedFor(urlPathEqualTo("/openai/assistants"))
            .withQueryParam("api-version", equalTo(API_VERSION))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(
                equalToJson(
                    """
                    {"model":"gpt-4-1106-preview","name":"Data Visualization",
                     "instructions":"Make charts.",
                     "tools":[{"type":"code_interpreter"},{"type":"file_search"},
                       {"type":"function","function":{"name":"get_weather",
                         "description":"Weather for a city",
                         "parameters":{"type":"object",
                           "properties":{"city":{"type":"string"}},"required":["city"]}}}],
                     "tool_resources":{"code_interpreter":{"file_ids":["assistant-file1"]}},
                     "metadata":{"team":"bi"},"temperature":0.2,"top_p":1,
                     "response_format":{"type":"json_object"}}
                    """)));
  }

  /**
   * The contract gives CreateAssistantRequest {@code tools: default []} and {@code temperature} /
   * {@code top_p: default 1}; the generator turns a schema default into a field initialiser, so all
   * three are always sent (containerDefaultToNull only affects lists without a default).
   */
  @Test
  void createAssistantAlwaysSendsTheContractDefaults() throws Exception {
    stubFor(post(urlPathEqualTo("/openai/assistants")).willReturn(okJson(Fixtures.ASSISTANT)));

    client
        .assistants()
        .createAssistant(client.apiVersion(), new CreateAssistantRequest().model("gpt-4o"));

    verify(
        postRequestedFor(urlPathEqualTo("/openai/assistants"))
            .withRequestBody(
                equalToJson("{\"model\":\"gpt-4o\",\"tools\":[],\"temperature\":1,\"top_p\":1}")));
  }

  @Test
  void modifySendsOnlyTheFieldsThatWereSet() throws Exception {
    stubFor(
        post(urlPathEqualTo("/openai/assistants/asst_abc123"))
            .willReturn(okJson(Fixtures.ASSISTANT)));

    client
        .assistants()
        .modifyAssistant(
            "asst_abc123", client.apiVersion(), new ModifyAssistantRequest().name("Renamed"));

    verify(
        postRequestedFor(urlPathEqualTo("/openai/assistants/asst_abc123"))
            .withRequestBody(equalToJson("{\"name\":\"Renamed\"}")));
  }

  @Test
  void createsAMessageWithAttachments() throws Exception {
    stubFor(
        post(urlPathEqualTo("/openai/threads/thread_abc/messages"))
            .willReturn(okJson(Fixtures.MESSAGE)));
    CreateMessageRequest request =
        new CreateMessageRequest()
            .role(CreateMessageRequest.RoleEnum.USER)
            .content("Create a visualization of a sinewave")
            .addAttachmentsItem(
                new MessageAttachment()
                    .fileId("assistant-file1")
                    .addToolsItem(
                        new MessageAttachmentTool(
                            new AssistantToolsCode()
                                .type(AssistantToolsCode.TypeEnum.CODE_INTERPRETER)))
                    .addToolsItem(
                        new MessageAttachmentTool(
                            new AssistantToolsFileSearch()
                                .type(AssistantToolsFileSearch.TypeEnum.FILE_SEARCH))))
            .putMetadataItem("source", "test");

    MessageObject message =
        client.messages().createMessage("thread_abc", client.apiVersion(), request);

    assertThat(message.getId()).isEqualTo("msg_abc");
    verify(
        postRequestedFor(urlPathEqualTo("/openai/threads/thread_abc/messages"))
            .withQueryParam("api-version", equalTo(API_VERSION))
            .withRequestBody(
                equalToJson(
                    """
                    {"role":"user","content":"Create a visualization of a sinewave",
                     "attachments":[{"file_id":"assistant-file1",
                       "tools":[{"type":"code_interpreter"},{"type":"file_search"}]}],
                     "metadata":{"source":"test"}}
                    """)));
  }

  @Test
  void createsARunWithToolChoiceAsAString() throws Exception {
    stubFor(
        post(urlPathEqualTo("/openai/threads/thread_abc/runs"))
            .willReturn(okJson(Fixtures.RUN_QUEUED)));
    CreateRunRequest request =
        new CreateRunRequest()
            .assistantId("asst_abc123")
            .additionalInstructions("Answer in French.")
            .toolChoice(new AssistantsApiToolChoiceOption("none"))
            .responseFormat(new AssistantsApiResponseFormatOption("auto"));

    RunObject run = client.runs().createRun("thread_abc", client.apiVersion(), request);

    assertThat(run.getStatus()).isEqualTo(RunStatus.QUEUED);
    verify(
        postRequestedFor(urlPathEqualTo("/openai/threads/thread_abc/runs"))
            .withRequestBody(
                equalToJson(
                    """
                    {"assistant_id":"asst_abc123","additional_instructions":"Answer in French.",
                     "tool_choice":"none","response_format":"auto"}
                    """)));
  }

  @Test
  void createsARunWithToolChoiceAsAnObject() throws Exception {
    stubFor(
        post(urlPathEqualTo("/openai/threads/thread_abc/runs"))
            .willReturn(okJson(Fixtures.RUN_REQUIRES_ACTION)));
    CreateRunRequest request =
        new CreateRunRequest()
            .assistantId("asst_abc123")
            .toolChoice(
                new AssistantsApiToolChoiceOption(
                    new AssistantsNamedToolChoice()
                        .type(AssistantsNamedToolChoice.TypeEnum.FUNCTION)
                        .function(new FunctionName().name("get_weather"))));

    RunObject run = client.runs().createRun("thread_abc", client.apiVersion(), request);

    assertThat(run.getStatus()).isEqualTo(RunStatus.REQUIRES_ACTION);
    verify(
        postRequestedFor(urlPathEqualTo("/openai/threads/thread_abc/runs"))
            .withRequestBody(
                equalToJson(
                    """
                    {"assistant_id":"asst_abc123",
                     "tool_choice":{"type":"function","function":{"name":"get_weather"}}}
                    """)));
  }

  @Test
  void uploadsAFileAsMultipartWithItsNameInTheContentDisposition(@TempDir Path dir)
      throws Exception {
    stubFor(post(urlPathEqualTo("/openai/files")).willReturn(okJson(Fixtures.UPLOADED_FILE)));
    byte[] content = "region,amount\nnorth,12.5\n".getBytes(StandardCharsets.UTF_8);
    File file = Files.write(dir.resolve("sales.csv"), content).toFile();

    OpenAIFile uploaded =
        client.files().uploadFile(client.apiVersion(), file, FilePurpose.ASSISTANTS);

    assertThat(uploaded.getFilename()).isEqualTo("sales.csv");
    assertThat(uploaded.getPurpose()).isEqualTo(FilePurpose.ASSISTANTS);
    LoggedRequest request = findAll(postRequestedFor(urlPathEqualTo("/openai/files"))).get(0);
    assertThat(request.queryParameter("api-version").firstValue()).isEqualTo(API_VERSION);
    assertThat(request.getHeader("api-key")).isEqualTo("test-key");
    assertThat(request.getHeader("Content-Type")).startsWith("multipart/form-data; boundary=");
    assertThat(request.getParts())
        .extracting(Request.Part::getName)
        .containsExactly("file", "purpose");
    Request.Part filePart = request.getPart("file");
    assertThat(filePart.getHeader("Content-Disposition").firstValue())
        .isEqualTo("form-data; name=\"file\"; filename=\"sales.csv\"");
    assertThat(filePart.getBody().asBytes()).isEqualTo(content);
    assertThat(request.getPart("purpose").getBody().asString()).isEqualTo("assistants");
    assertThat(request.getPart("filename")).isNull();
    verify(
        postRequestedFor(urlPathEqualTo("/openai/files"))
            .withRequestBody(containing("name=\"purpose\""))
            .withRequestBody(notContaining("name=\"filename\"")));
  }

  @Test
  void downloadsFileContentByteForByte() throws Exception {
    byte[] content = new byte[512];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) i; // every byte value twice, including invalid UTF-8 (0x80-0xFF)
    }
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', (byte) 0xC3, (byte) 0x28};
    byte[] body = new byte[png.length + content.length];
    System.arraycopy(png, 0, body, 0, png.length);
    System.arraycopy(content, 0, body, png.length, content.length);
    stubFor(
        get(urlPathEqualTo("/openai/files/assistant-img1/content"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/octet-stream")
                    .withBody(body)));

    File downloaded = client.files().downloadFile("assistant-img1", client.apiVersion());

    assertThat(Files.readAllBytes(downloaded.toPath())).isEqualTo(body);
    verify(
        getRequestedFor(urlPathEqualTo("/openai/files/assistant-img1/content"))
            .withQueryParam("api-version", equalTo(API_VERSION))
            .withHeader("api-key", equalTo("test-key")));
  }
}
