package dev.assistantskit.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assistantskit.client.invoker.ApiClient;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Response interceptor of the generated native {@link ApiClient}: it sees every response before the
 * generated code reads it and, for a status outside 2xx, reads the body and throws the typed,
 * unchecked {@link AssistantsException}. The generated method then never builds its checked {@code
 * ApiException}, because the interceptor runs before its status check and the generated code only
 * catches {@code IOException} and {@code InterruptedException}.
 */
final class ErrorResponseInterceptor implements Consumer<HttpResponse<InputStream>> {
  /** Error bodies larger than this are cut (they are HTML pages from a proxy, not Azure JSON). */
  static final int MAX_ERROR_BODY_BYTES = 1 << 20;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CHARSET =
      Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]+)\"?");

  private final Clock clock;

  ErrorResponseInterceptor() {
    this(Clock.systemUTC());
  }

  ErrorResponseInterceptor(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void accept(HttpResponse<InputStream> response) {
    int status = response.statusCode();
    if (status >= 200 && status <= 299) {
      return;
    }
    byte[] bytes = new byte[0];
    IOException readFailure = null;
    try (InputStream in = ApiClient.getResponseBody(response)) {
      if (in != null) {
        bytes = in.readNBytes(MAX_ERROR_BODY_BYTES);
      }
    } catch (IOException e) {
      readFailure = e;
    }
    String method = response.request() == null ? null : response.request().method();
    URI uri = response.request() == null ? response.uri() : response.request().uri();
    AssistantsException exception =
        AssistantsException.of(
            parse(
                status,
                new String(bytes, charsetOf(response.headers())),
                response.headers(),
                method,
                uri,
                clock));
    if (readFailure != null) {
      exception.addSuppressed(readFailure);
    }
    throw exception;
  }

  /** Parses an error response; never fails, whatever the body. */
  static ErrorDetails parse(
      int status, String body, HttpHeaders headers, String method, URI uri, Clock clock) {
    String code = null;
    String message = null;
    String param = null;
    String type = null;
    String innerCode = null;
    JsonNode root = readJson(body);
    if (root != null && root.isObject()) {
      JsonNode error = root.get("error");
      if (error != null && error.isObject()) {
        // OpenAI shape {"error":{message,type,param,code}} and gateway shape
        // {"error":{code,message}}.
        code = text(error.get("code"));
        message = text(error.get("message"));
        param = text(error.get("param"));
        type = text(error.get("type"));
        JsonNode inner = error.get("inner_error");
        if (inner == null) {
          inner = error.get("innererror");
        }
        if (inner != null && inner.isObject()) {
          innerCode = text(inner.get("code"));
        }
      } else if (error != null && error.isTextual()) {
        message = error.asText();
      } else {
        // API Management without the "error" envelope: {"statusCode":401,"message":"…"}.
        code = text(root.get("code"));
        message = text(root.get("message"));
      }
    }
    if (message == null && !body.isBlank()) {
      message = body.strip();
    }
    return new ErrorDetails(
        status,
        code,
        message,
        param,
        type,
        innerCode,
        body,
        headers.map(),
        retryAfter(headers, clock),
        method,
        uri);
  }

  private static JsonNode readJson(String body) {
    if (body.isBlank()) {
      return null;
    }
    try {
      return JSON.readTree(body);
    } catch (IOException | RuntimeException notJson) {
      return null;
    }
  }

  /** A scalar as text (a numeric {@code code} such as 401 becomes "401"); null otherwise. */
  private static String text(JsonNode node) {
    if (node == null || node.isNull() || node.isContainerNode()) {
      return null;
    }
    return node.asText();
  }

  private static Charset charsetOf(HttpHeaders headers) {
    Optional<String> contentType = headers.firstValue("Content-Type");
    if (contentType.isPresent()) {
      Matcher m = CHARSET.matcher(contentType.get());
      if (m.find()) {
        try {
          return Charset.forName(m.group(1));
        } catch (IllegalArgumentException unknownCharset) {
          return StandardCharsets.UTF_8;
        }
      }
    }
    return StandardCharsets.UTF_8;
  }

  /**
   * {@code retry-after-ms} (milliseconds, as Azure and OpenAI send it) wins over {@code
   * Retry-After} (delay-seconds or an HTTP date, RFC 9110 §10.2.3).
   */
  static Duration retryAfter(HttpHeaders headers, Clock clock) {
    for (String name : new String[] {"retry-after-ms", "x-ms-retry-after-ms"}) {
      Optional<String> ms = headers.firstValue(name);
      if (ms.isPresent()) {
        try {
          double millis = Double.parseDouble(ms.get().trim());
          if (millis >= 0 && Double.isFinite(millis)) {
            return Duration.ofNanos(Math.round(millis * 1_000_000d));
          }
        } catch (NumberFormatException ignored) {
          // fall through to Retry-After
        }
      }
    }
    Optional<String> value = headers.firstValue("Retry-After");
    if (value.isEmpty() || value.get().isBlank()) {
      return null;
    }
    String v = value.get().trim();
    try {
      double seconds = Double.parseDouble(v);
      if (seconds >= 0 && Double.isFinite(seconds)) {
        return Duration.ofMillis(Math.round(seconds * 1000d));
      }
      return null;
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at =
            ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT));
        Duration d = Duration.between(clock.instant(), at.toInstant());
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException notADate) {
        return null;
      }
    }
  }
}
