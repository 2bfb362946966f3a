package dev.assistantskit.client;

import dev.assistantskit.client.api.AssistantsApi;
import dev.assistantskit.client.api.FilesApi;
import dev.assistantskit.client.api.MessagesApi;
import dev.assistantskit.client.api.RunStepsApi;
import dev.assistantskit.client.api.RunsApi;
import dev.assistantskit.client.api.ThreadsApi;
import dev.assistantskit.client.api.VectorStoreFileBatchesApi;
import dev.assistantskit.client.api.VectorStoreFilesApi;
import dev.assistantskit.client.api.VectorStoresApi;
import dev.assistantskit.client.invoker.ApiClient;
import dev.assistantskit.client.model.CreateRunRequest;
import dev.assistantskit.client.model.CreateThreadAndRunRequest;
import dev.assistantskit.client.model.SubmitToolOutputsRunRequest;
import dev.assistantskit.client.stream.AssistantStream;
import dev.assistantskit.client.stream.RunStreams;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Entry point of the Java client for the Azure OpenAI Assistants API (api-version {@value
 * #DEFAULT_API_VERSION}).
 *
 * <p>It configures one generated {@link ApiClient} (base URI {@code <endpoint>/openai}, HTTP/1.1,
 * credential header on every request, typed errors) and hands out the generated API classes wired
 * to it. The generated methods take the api-version as an argument: pass {@link #apiVersion()}.
 *
 * <pre>{@code
 * AssistantsClient client = AssistantsClient.builder()
 *     .endpoint("https://myres.openai.azure.com")
 *     .apiKey(key)
 *     .build();
 * AssistantObject a = client.assistants().createAssistant(client.apiVersion(),
 *     new CreateAssistantRequest().model("gpt-4o").addToolsItem(
 *         new AssistantTool(new AssistantToolsCode().type(AssistantToolsCode.TypeEnum.CODE_INTERPRETER))));
 * }</pre>
 *
 * <p>Every status outside 2xx is thrown as an unchecked {@link AssistantsException} subclass. The
 * generated methods still declare the checked {@code ApiException}; with this client it only
 * signals transport failures (connection refused, timeout, interrupted), a response body that does
 * not parse, and a required argument passed as {@code null}.
 *
 * <p>The generated methods cannot read an event stream; {@link #streamRun}, {@link
 * #streamThreadAndRun} and {@link #streamToolOutputs} send {@code "stream": true} and return the
 * typed events as an {@link AssistantStream}.
 *
 * <p>Instances are immutable and thread-safe; all API classes share one {@link HttpClient}.
 */
public final class AssistantsClient {
  /** The api-version this client and its contract describe. */
  public static final String DEFAULT_API_VERSION = "2024-05-01-preview";

  private final URI endpoint;
  private final String apiVersion;
  private final ApiClient apiClient;
  private final AssistantsApi assistants;
  private final ThreadsApi threads;
  private final MessagesApi messages;
  private final RunsApi runs;
  private final RunStepsApi runSteps;
  private final FilesApi files;
  private final VectorStoresApi vectorStores;
  private final VectorStoreFilesApi vectorStoreFiles;
  private final VectorStoreFileBatchesApi vectorStoreFileBatches;
  private final RunStreams runStreams;

  private AssistantsClient(Builder b) {
    this.endpoint = b.endpoint;
    this.apiVersion = b.apiVersion;
    SharedHttpClientApiClient client = new SharedHttpClientApiClient();
    client.setHttpClientBuilder(
        b.httpClientBuilder != null ? b.httpClientBuilder : HttpClient.newBuilder());
    client.updateBaseUri(endpoint + "/openai");
    if (b.connectTimeout != null) {
      client.setConnectTimeout(b.connectTimeout);
    }
    client.setReadTimeout(b.readTimeout);
    client.setRequestInterceptor(credentialInterceptor(b));
    client.setResponseInterceptor(new ErrorResponseInterceptor());
    this.apiClient = client;
    this.assistants = new AssistantsApi(client);
    this.threads = new ThreadsApi(client);
    this.messages = new MessagesApi(client);
    this.runs = new RunsApi(client);
    this.runSteps = new RunStepsApi(client);
    this.files = new FilesApi(client);
    this.vectorStores = new VectorStoresApi(client);
    this.vectorStoreFiles = new VectorStoreFilesApi(client);
    this.vectorStoreFileBatches = new VectorStoreFileBatchesApi(client);
    this.runStreams = new RunStreams(client);
  }

  private static Consumer<HttpRequest.Builder> credentialInterceptor(Builder b) {
    if (b.apiKey != null) {
      String key = b.apiKey;
      return request -> request.setHeader("api-key", key);
    }
    if (b.bearerToken != null) {
      String header = "Bearer " + b.bearerToken;
      return request -> request.setHeader("Authorization", header);
    }
    Supplier<String> tokens = b.bearerTokenSupplier;
    return request -> {
      String token = tokens.get();
      if (token == null || token.isBlank()) {
        throw new IllegalStateException("The bearer token supplier returned no token");
      }
      request.setHeader("Authorization", "Bearer " + token);
    };
  }

  /**
   * Starts configuring a client.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The api-version to pass as the {@code apiVersion} argument of every generated method.
   *
   * @return e.g. {@code 2024-05-01-preview}
   */
  public String apiVersion() {
    return apiVersion;
  }

  /**
   * The normalised endpoint, without {@code /openai} and without a trailing slash.
   *
   * @return e.g. {@code https://myres.openai.azure.com}
   */
  public URI endpoint() {
    return endpoint;
  }

  /**
   * The configured generated client, to create further generated API classes (e.g. {@code new
   * AssistantsApi(client.apiClient())}). Its request and response interceptors carry the credential
   * and the error mapping: replacing them disables both for API classes created afterwards.
   * Changing it does not affect the API classes this client already handed out.
   *
   * @return the generated client
   */
  public ApiClient apiClient() {
    return apiClient;
  }

  /**
   * Assistants: create, list, get, modify, delete.
   *
   * @return the generated API class
   */
  public AssistantsApi assistants() {
    return assistants;
  }

  /**
   * Threads: create, get, modify, delete.
   *
   * @return the generated API class
   */
  public ThreadsApi threads() {
    return threads;
  }

  /**
   * Messages of a thread.
   *
   * @return the generated API class
   */
  public MessagesApi messages() {
    return messages;
  }

  /**
   * Runs, including create-thread-and-run and submitting tool outputs.
   *
   * @return the generated API class
   */
  public RunsApi runs() {
    return runs;
  }

  /**
   * Steps of a run.
   *
   * @return the generated API class
   */
  public RunStepsApi runSteps() {
    return runSteps;
  }

  /**
   * Files: upload (multipart), list, get, delete, download content.
   *
   * @return the generated API class
   */
  public FilesApi files() {
    return files;
  }

  /**
   * Vector stores.
   *
   * @return the generated API class
   */
  public VectorStoresApi vectorStores() {
    return vectorStores;
  }

  /**
   * Files of a vector store.
   *
   * @return the generated API class
   */
  public VectorStoreFilesApi vectorStoreFiles() {
    return vectorStoreFiles;
  }

  /**
   * File batches of a vector store.
   *
   * @return the generated API class
   */
  public VectorStoreFileBatchesApi vectorStoreFileBatches() {
    return vectorStoreFileBatches;
  }

  /**
   * The streaming variants of create-run, create-thread-and-run and submit-tool-outputs, with the
   * same arguments as the generated methods.
   *
   * @return the streaming operations, wired like the generated API classes
   */
  public RunStreams runStreams() {
    return runStreams;
  }

  /**
   * Creates a run and streams its events ({@code POST /threads/{thread_id}/runs} with {@code
   * "stream": true}, which this method sets; {@code request} is not modified).
   *
   * @param threadId the thread to run
   * @param request the run
   * @return the open event stream; close it
   * @throws AssistantsException if the service answers with an error status
   */
  public AssistantStream streamRun(String threadId, CreateRunRequest request) {
    return runStreams.createRun(threadId, apiVersion, request);
  }

  /**
   * Creates a thread and a run on it and streams the events ({@code POST /threads/runs} with {@code
   * "stream": true}, which this method sets; {@code request} is not modified).
   *
   * @param request the thread and run
   * @return the open event stream, starting with {@code thread.created}; close it
   * @throws AssistantsException if the service answers with an error status
   */
  public AssistantStream streamThreadAndRun(CreateThreadAndRunRequest request) {
    return runStreams.createThreadAndRun(apiVersion, request);
  }

  /**
   * Submits the outputs of a run's tool calls and streams the rest of the run ({@code POST
   * /threads/{thread_id}/runs/{run_id}/submit_tool_outputs} with {@code "stream": true}, which this
   * method sets; {@code request} is not modified).
   *
   * @param threadId the thread of the run
   * @param runId the run waiting in {@code requires_action}
   * @param request the outputs
   * @return the open event stream; close it
   * @throws AssistantsException if the service answers with an error status
   */
  public AssistantStream streamToolOutputs(
      String threadId, String runId, SubmitToolOutputsRunRequest request) {
    return runStreams.submitToolOutputsToRun(threadId, runId, apiVersion, request);
  }

  @Override
  public String toString() {
    return "AssistantsClient[" + endpoint + ", api-version=" + apiVersion + "]";
  }

  /**
   * The generated client builds a new {@link HttpClient} for every API class; this one builds one
   * and shares it, and keeps every builder it is given on HTTP/1.1.
   */
  private static final class SharedHttpClientApiClient extends ApiClient {
    private HttpClient httpClient;

    @Override
    public synchronized HttpClient getHttpClient() {
      if (httpClient == null) {
        httpClient = builder.build();
      }
      return httpClient;
    }

    @Override
    public synchronized ApiClient setHttpClientBuilder(HttpClient.Builder builder) {
      // On http:// the JDK client otherwise offers an h2c upgrade, which some servers (Grizzly)
      // answer by never delivering the request body.
      super.setHttpClientBuilder(
          Objects.requireNonNull(builder, "builder").version(HttpClient.Version.HTTP_1_1));
      httpClient = null;
      return this;
    }

    @Override
    public synchronized ApiClient setConnectTimeout(Duration connectTimeout) {
      super.setConnectTimeout(connectTimeout);
      httpClient = null;
      return this;
    }
  }

  /** Configures an {@link AssistantsClient}; not thread-safe. */
  public static final class Builder {
    private URI endpoint;
    private String apiKey;
    private String bearerToken;
    private Supplier<String> bearerTokenSupplier;
    private String apiVersion = DEFAULT_API_VERSION;
    private Duration connectTimeout;
    private Duration readTimeout;
    private HttpClient.Builder httpClientBuilder;

    private Builder() {}

    /**
     * The Azure OpenAI endpoint, e.g. {@code https://myres.openai.azure.com} or, for the emulator,
     * {@code http://127.0.0.1:8080}. A trailing slash and a trailing {@code /openai} are accepted
     * and removed; the client adds {@code /openai} itself. A path prefix before {@code /openai} (a
     * reverse proxy) is kept.
     *
     * @param endpoint absolute {@code http} or {@code https} URL without query or fragment
     * @return this builder
     * @throws IllegalArgumentException if it is not such a URL
     */
    public Builder endpoint(String endpoint) {
      Objects.requireNonNull(endpoint, "endpoint");
      try {
        return endpoint(new URI(endpoint.strip()));
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException(
            "Invalid endpoint '" + endpoint + "': " + e.getMessage(), e);
      }
    }

    /**
     * The Azure OpenAI endpoint; see {@link #endpoint(String)}.
     *
     * @param endpoint absolute {@code http} or {@code https} URI without query or fragment
     * @return this builder
     * @throws IllegalArgumentException if it is not such a URI
     */
    public Builder endpoint(URI endpoint) {
      this.endpoint = normaliseEndpoint(Objects.requireNonNull(endpoint, "endpoint"));
      return this;
    }

    static URI normaliseEndpoint(URI uri) {
      String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!"http".equals(scheme) && !"https".equals(scheme)) {
        throw new IllegalArgumentException(
            "The endpoint must be an absolute http(s) URL such as https://myres.openai.azure.com, got '"
                + uri
                + "'");
      }
      if (uri.getHost() == null) {
        throw new IllegalArgumentException("The endpoint has no host: '" + uri + "'");
      }
      if (uri.getRawUserInfo() != null) {
        throw new IllegalArgumentException(
            "The endpoint must not carry user info; use apiKey(..) or bearerToken(..)");
      }
      if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
        throw new IllegalArgumentException(
            "The endpoint must not have a query or fragment (the api-version is set with"
                + " apiVersion(..)): '"
                + uri
                + "'");
      }
      String path = uri.getRawPath() == null ? "" : uri.getRawPath();
      path = stripTrailingSlashes(path);
      if (path.toLowerCase(Locale.ROOT).endsWith("/openai")) {
        path = stripTrailingSlashes(path.substring(0, path.length() - "/openai".length()));
      }
      return URI.create(scheme + "://" + uri.getRawAuthority() + path);
    }

    private static String stripTrailingSlashes(String path) {
      int end = path.length();
      while (end > 0 && path.charAt(end - 1) == '/') {
        end--;
      }
      return path.substring(0, end);
    }

    /**
     * Authenticates with the resource key, sent as the {@code api-key} header.
     *
     * @param apiKey the key
     * @return this builder
     */
    public Builder apiKey(String apiKey) {
      this.apiKey = requireText(apiKey, "apiKey");
      return this;
    }

    /**
     * Authenticates with a fixed Microsoft Entra ID access token, sent as {@code Authorization:
     * Bearer <token>}.
     *
     * @param token the access token (without the {@code Bearer } prefix)
     * @return this builder
     */
    public Builder bearerToken(String token) {
      this.bearerToken = requireText(token, "bearerToken");
      return this;
    }

    /**
     * Authenticates with Microsoft Entra ID access tokens from {@code tokens}, called once per
     * request so that it can refresh them; sent as {@code Authorization: Bearer <token>}. A {@code
     * null} or blank token fails the request with {@link IllegalStateException}.
     *
     * @param tokens source of access tokens; it must be thread-safe if the client is shared
     * @return this builder
     */
    public Builder bearerTokenSupplier(Supplier<String> tokens) {
      this.bearerTokenSupplier = Objects.requireNonNull(tokens, "bearerTokenSupplier");
      return this;
    }

    /**
     * The api-version returned by {@link AssistantsClient#apiVersion()}; default {@value
     * AssistantsClient#DEFAULT_API_VERSION}.
     *
     * @param apiVersion e.g. {@code 2024-05-01-preview}
     * @return this builder
     */
    public Builder apiVersion(String apiVersion) {
      this.apiVersion = requireText(apiVersion, "apiVersion");
      return this;
    }

    /**
     * How long to wait for a new connection; default: the JDK's (none).
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = requirePositive(timeout, "connectTimeout");
      return this;
    }

    /**
     * How long to wait for a response's status and headers once a request is sent (the JDK's
     * per-request timeout); default: no limit.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = requirePositive(timeout, "readTimeout");
      return this;
    }

    /**
     * A pre-configured JDK client builder (proxy, SSL context, executor, authenticator…). The
     * client sets HTTP/1.1 on it, and the connect timeout if one is given.
     *
     * @param builder the builder to build the shared {@link HttpClient} from
     * @return this builder
     */
    public Builder httpClientBuilder(HttpClient.Builder builder) {
      this.httpClientBuilder = Objects.requireNonNull(builder, "httpClientBuilder");
      return this;
    }

    /**
     * Creates the client.
     *
     * @return the client
     * @throws IllegalStateException if no endpoint is set, or not exactly one of {@code apiKey},
     *     {@code bearerToken} and {@code bearerTokenSupplier} is set
     */
    public AssistantsClient build() {
      if (endpoint == null) {
        throw new IllegalStateException(
            "No endpoint: call endpoint(\"https://<resource>.openai.azure.com\")");
      }
      int credentials =
          (apiKey != null ? 1 : 0)
              + (bearerToken != null ? 1 : 0)
              + (bearerTokenSupplier != null ? 1 : 0);
      if (credentials == 0) {
        throw new IllegalStateException(
            "No credential: call exactly one of apiKey(..), bearerToken(..) or"
                + " bearerTokenSupplier(..)");
      }
      if (credentials > 1) {
        throw new IllegalStateException(
            "More than one credential: set exactly one of apiKey(..), bearerToken(..) or"
                + " bearerTokenSupplier(..)");
      }
      return new AssistantsClient(this);
    }

    private static String requireText(String value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isBlank()) {
        throw new IllegalArgumentException(name + " must not be blank");
      }
      return value;
    }

    private static Duration requirePositive(Duration value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, got " + value);
      }
      return value;
    }
  }
}
