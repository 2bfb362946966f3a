package dev.assistantskit.client.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assistantskit.client.AssistantsException;
import dev.assistantskit.client.ErrorDetails;
import dev.assistantskit.client.invoker.ApiClient;
import dev.assistantskit.client.model.ErrorResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/** Turns the answer to a streaming request into an {@link AssistantStream}, or throws. */
final class StreamResponses {
  private static final int MAX_BODY_IN_EXCEPTION = 64 * 1024;

  private StreamResponses() {}

  static AssistantStream open(
      HttpResponse<InputStream> response,
      Consumer<HttpResponse<InputStream>> responseInterceptor,
      ObjectMapper mapper) {
    try {
      if (responseInterceptor != null) {
        responseInterceptor.accept(response); // an AssistantsClient's throws the typed errors
      }
      if (response.statusCode() / 100 != 2) {
        throw errorWithoutInterceptor(response, mapper);
      }
      requireEventStream(response);
      return new AssistantStream(
          ApiClient.getResponseBody(response), mapper, response.headers().map());
    } catch (IOException e) {
      closeQuietly(response);
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      closeQuietly(response);
      throw e;
    }
  }

  private static void requireEventStream(HttpResponse<InputStream> response) throws IOException {
    Optional<String> contentType = response.headers().firstValue("Content-Type");
    if (contentType.isEmpty()) {
      return; // nothing says it is not one
    }
    String mediaType = contentType.get().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!mediaType.equals("text/event-stream")) {
      String body = text(response);
      throw new AssistantStreamException(
          "Expected a text/event-stream answer to a streaming request, got "
              + response.statusCode()
              + " "
              + contentType.get()
              + " (did the server ignore \"stream\": true?)",
          null,
          body,
          null);
    }
  }

  /** For an ApiClient without the typed-error interceptor: the same exception, fewer details. */
  private static AssistantsException errorWithoutInterceptor(
      HttpResponse<InputStream> response, ObjectMapper mapper) throws IOException {
    String body = text(response);
    dev.assistantskit.client.model.Error error = null;
    try {
      ErrorResponse parsed = mapper.readValue(body, ErrorResponse.class);
      error = parsed == null ? null : parsed.getError();
    } catch (IOException | RuntimeException notAnAzureError) {
      // keep the raw body as the message
    }
    String message = error != null && error.getMessage() != null ? error.getMessage() : body;
    return AssistantsException.of(
        new ErrorDetails(
            response.statusCode(),
            error == null ? null : error.getCode(),
            message.isBlank() ? null : message.strip(),
            error == null ? null : error.getParam(),
            error == null ? null : error.getType(),
            error == null || error.getInnerError() == null ? null : error.getInnerError().getCode(),
            body,
            response.headers().map(),
            null,
            response.request().method(),
            response.request().uri()));
  }

  private static String text(HttpResponse<InputStream> response) throws IOException {
    try (InputStream in = ApiClient.getResponseBody(response)) {
      return in == null
          ? ""
          : new String(in.readNBytes(MAX_BODY_IN_EXCEPTION), StandardCharsets.UTF_8);
    }
  }

  private static void closeQuietly(HttpResponse<InputStream> response) {
    try {
      response.body().close();
    } catch (IOException | RuntimeException ignored) {
      // already failing
    }
  }
}
