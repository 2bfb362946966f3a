package dev.assistantskit.client.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assistantskit.client.invoker.ApiClient;
import dev.assistantskit.client.model.CreateRunRequest;
import dev.assistantskit.client.model.CreateThreadAndRunRequest;
import dev.assistantskit.client.model.SubmitToolOutputsRunRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The three operations that can answer with an event stream, sending {@code "stream": true}
 * themselves. The counterpart of the generated {@code RunsApi} for streaming: same arguments, same
 * JSON body (written by the generated client's {@link ObjectMapper}), same base URI, credential,
 * read timeout and shared {@link HttpClient}, taken from the {@link ApiClient} when this is
 * created.
 *
 * <p>An error answer (status outside 2xx) is thrown by the {@code ApiClient}'s response
 * interceptor, which for an {@code AssistantsClient} means the typed {@link
 * dev.assistantskit.client.AssistantsException} subclasses. A 2xx answer that is not {@code
 * text/event-stream} is an {@link AssistantStreamException}; a transport failure an {@link
 * UncheckedIOException}.
 *
 * <p>The read timeout bounds the wait for the response headers only, not the length of the stream.
 */
public final class RunStreams {
  private final HttpClient httpClient;
  private final ObjectMapper mapper;
  private final StreamingRequestWriter writer;
  private final String baseUri;
  private final Consumer<HttpRequest.Builder> requestInterceptor;
  private final Consumer<HttpResponse<InputStream>> responseInterceptor;
  private final Duration readTimeout;

  /**
   * Captures the settings of {@code apiClient}, like the generated API classes do.
   *
   * @param apiClient e.g. {@code AssistantsClient.apiClient()}
   */
  public RunStreams(ApiClient apiClient) {
    Objects.requireNonNull(apiClient, "apiClient");
    this.httpClient = apiClient.getHttpClient();
    this.mapper = apiClient.getObjectMapper();
    this.writer = new StreamingRequestWriter(mapper);
    this.baseUri = apiClient.getBaseUri();
    this.requestInterceptor = apiClient.getRequestInterceptor();
    this.responseInterceptor = apiClient.getResponseInterceptor();
    this.readTimeout = apiClient.getReadTimeout();
  }

  /**
   * {@code POST /threads/{thread_id}/runs} with {@code "stream": true}.
   *
   * @param threadId the thread to run
   * @param apiVersion e.g. {@code 2024-05-01-preview}
   * @param request the run; not modified (its {@code stream} is ignored)
   * @return the open stream of events
   */
  public AssistantStream createRun(String threadId, String apiVersion, CreateRunRequest request) {
    return open("/threads/" + segment(threadId, "threadId") + "/runs", apiVersion, request);
  }

  /**
   * {@code POST /threads/runs} with {@code "stream": true}; the stream starts with {@code
   * thread.created}.
   *
   * @param apiVersion e.g. {@code 2024-05-01-preview}
   * @param request the thread and run; not modified (its {@code stream} is ignored)
   * @return the open stream of events
   */
  public AssistantStream createThreadAndRun(String apiVersion, CreateThreadAndRunRequest request) {
    return open("/threads/runs", apiVersion, request);
  }

  /**
   * {@code POST /threads/{thread_id}/runs/{run_id}/submit_tool_outputs} with {@code "stream":
   * true}; the stream continues the run.
   *
   * @param threadId the thread of the run
   * @param runId the run waiting in {@code requires_action}
   * @param apiVersion e.g. {@code 2024-05-01-preview}
   * @param request the outputs; not modified (its {@code stream} is ignored)
   * @return the open stream of events
   */
  public AssistantStream submitToolOutputsToRun(
      String threadId, String runId, String apiVersion, SubmitToolOutputsRunRequest request) {
    String path =
        "/threads/"
            + segment(threadId, "threadId")
            + "/runs/"
            + segment(runId, "runId")
            + "/submit_tool_outputs";
    return open(path, apiVersion, request);
  }

  private static String segment(String value, String name) {
    return ApiClient.urlEncode(Objects.requireNonNull(value, name));
  }

  private AssistantStream open(String path, String apiVersion, Object request) {
    Objects.requireNonNull(apiVersion, "apiVersion");
    Objects.requireNonNull(request, "request");
    URI uri = URI.create(baseUri + path + "?api-version=" + ApiClient.urlEncode(apiVersion));
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/json")
            .header("Accept", "text/event-stream")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body(request)));
    if (readTimeout != null) {
      builder.timeout(readTimeout);
    }
    if (requestInterceptor != null) {
      requestInterceptor.accept(builder);
    }
    return StreamResponses.open(send(builder.build()), responseInterceptor, mapper);
  }

  private byte[] body(Object request) {
    try {
      return writer.write(request);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("The request cannot be written as JSON: " + e, e);
    }
  }

  private HttpResponse<InputStream> send(HttpRequest request) {
    try {
      return httpClient.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(
          request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException cause = new InterruptedIOException("Interrupted while sending");
      cause.initCause(e);
      throw new UncheckedIOException(
          request.method() + " " + request.uri() + " interrupted", cause);
    }
  }
}
