package dev.assistantskit.client;

import java.io.Serializable;
import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What an error response of the Azure OpenAI Assistants API carried, as read by {@link
 * AssistantsClient}.
 *
 * <p>Both error body shapes Azure uses are understood:
 *
 * <ul>
 *   <li>the OpenAI shape from the assistants engine, {@code
 *       {"error":{"message":…,"type":…,"param":…,"code":…}}};
 *   <li>the gateway shape, {@code {"error":{"code":"401","message":…}}}, where {@code type} and
 *       {@code param} stay {@code null}.
 * </ul>
 *
 * <p>A body that is not JSON (or JSON without a message) leaves {@code code}, {@code param} and
 * {@code type} {@code null} and puts the raw text in {@code message}.
 *
 * @param status HTTP status code of the response
 * @param code {@code error.code}, e.g. {@code unknown_parameter}, {@code BadRequest} or {@code
 *     "401"}; may be {@code null}
 * @param message {@code error.message}, or the raw body text when there is no parseable message;
 *     {@code null} only for an empty body
 * @param param {@code error.param}, the request field the error relates to; may be {@code null}
 * @param type {@code error.type}, e.g. {@code invalid_request_error}; may be {@code null}
 * @param innerErrorCode {@code error.inner_error.code}, e.g. {@code ResponsibleAIPolicyViolation};
 *     may be {@code null}
 * @param body the raw response body as text (empty string for an empty body)
 * @param headers the response headers; names are case-insensitive
 * @param retryAfter how long the server asked the caller to wait ({@code retry-after-ms} or {@code
 *     Retry-After}); may be {@code null}
 * @param requestMethod HTTP method of the failed request
 * @param requestUri URI of the failed request (it never carries the credential)
 */
public record ErrorDetails(
    int status,
    String code,
    String message,
    String param,
    String type,
    String innerErrorCode,
    String body,
    Map<String, List<String>> headers,
    Duration retryAfter,
    String requestMethod,
    URI requestUri)
    implements Serializable {

  /** Copies the headers into an unmodifiable, case-insensitive map. */
  public ErrorDetails {
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    if (headers != null) {
      headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    }
    headers = Collections.unmodifiableMap(copy);
    body = body == null ? "" : body;
  }

  /**
   * First value of a response header.
   *
   * @param name header name, any case
   * @return the first value, or empty if the header is absent
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }
}
