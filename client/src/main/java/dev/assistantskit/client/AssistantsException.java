package dev.assistantskit.client;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An error response (any status outside 2xx) from the Azure OpenAI Assistants API.
 *
 * <p>Thrown, unchecked, by every generated API method of an {@link AssistantsClient} instead of the
 * generated checked {@code ApiException}. The subclass tells the status:
 *
 * <table>
 *   <caption>Status to exception</caption>
 *   <tr><th>Status</th><th>Exception</th></tr>
 *   <tr><td>400</td><td>{@link BadRequestException}</td></tr>
 *   <tr><td>401</td><td>{@link AuthenticationException}</td></tr>
 *   <tr><td>403</td><td>{@link PermissionDeniedException}</td></tr>
 *   <tr><td>404</td><td>{@link NotFoundException}</td></tr>
 *   <tr><td>409</td><td>{@link ConflictException}</td></tr>
 *   <tr><td>413</td><td>{@link PayloadTooLargeException}</td></tr>
 *   <tr><td>415</td><td>{@link UnsupportedMediaTypeException}</td></tr>
 *   <tr><td>422</td><td>{@link UnprocessableEntityException}</td></tr>
 *   <tr><td>429</td><td>{@link RateLimitException}</td></tr>
 *   <tr><td>501</td><td>{@link NotImplementedException} (a {@link InternalServerException})</td></tr>
 *   <tr><td>500–599</td><td>{@link InternalServerException}</td></tr>
 *   <tr><td>anything else</td><td>{@link UnexpectedStatusException}</td></tr>
 * </table>
 */
public class AssistantsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorDetails details;

  /**
   * Creates the exception.
   *
   * @param details what the error response carried
   */
  public AssistantsException(ErrorDetails details) {
    super(describe(Objects.requireNonNull(details, "details")));
    this.details = details;
  }

  /**
   * Creates the exception subclass that matches {@code details.status()}.
   *
   * @param details what the error response carried
   * @return the typed exception, never {@code null}
   */
  public static AssistantsException of(ErrorDetails details) {
    int status = details.status();
    switch (status) {
      case 400:
        return new BadRequestException(details);
      case 401:
        return new AuthenticationException(details);
      case 403:
        return new PermissionDeniedException(details);
      case 404:
        return new NotFoundException(details);
      case 409:
        return new ConflictException(details);
      case 413:
        return new PayloadTooLargeException(details);
      case 415:
        return new UnsupportedMediaTypeException(details);
      case 422:
        return new UnprocessableEntityException(details);
      case 429:
        return new RateLimitException(details);
      case 501:
        return new NotImplementedException(details);
      default:
        if (status >= 500 && status <= 599) {
          return new InternalServerException(details);
        }
        return new UnexpectedStatusException(details);
    }
  }

  private static String describe(ErrorDetails d) {
    StringBuilder sb = new StringBuilder().append("HTTP ").append(d.status());
    if (d.code() != null) {
      sb.append(" [").append(d.code()).append(']');
    }
    sb.append(": ").append(d.message() == null ? "(empty body)" : d.message());
    if (d.requestMethod() != null && d.requestUri() != null) {
      sb.append(" (").append(d.requestMethod()).append(' ').append(d.requestUri()).append(')');
    }
    return sb.toString();
  }

  /**
   * Everything the error response carried.
   *
   * @return the details
   */
  public ErrorDetails details() {
    return details;
  }

  /**
   * HTTP status code.
   *
   * @return the status, e.g. 404
   */
  public int status() {
    return details.status();
  }

  /**
   * {@code error.code}: e.g. {@code unknown_parameter}, {@code BadRequest} or, from the gateway,
   * the status as a string such as {@code "401"}.
   *
   * @return the code, or {@code null}
   */
  public String code() {
    return details.code();
  }

  /**
   * {@code error.message}, or the raw body text when the body had no parseable message. {@link
   * #getMessage()} adds the status, code and request to it.
   *
   * @return the message, or {@code null} for an empty body
   */
  public String errorMessage() {
    return details.message();
  }

  /**
   * {@code error.param}: the request field the error relates to.
   *
   * @return the param, or {@code null}
   */
  public String param() {
    return details.param();
  }

  /**
   * {@code error.type}: e.g. {@code invalid_request_error} or {@code server_error}.
   *
   * @return the type, or {@code null} (always for gateway-shaped errors)
   */
  public String type() {
    return details.type();
  }

  /**
   * {@code error.inner_error.code}: e.g. {@code ResponsibleAIPolicyViolation}.
   *
   * @return the inner code, or {@code null}
   */
  public String innerErrorCode() {
    return details.innerErrorCode();
  }

  /**
   * The raw response body as text.
   *
   * @return the body; empty, never {@code null}, when there was none
   */
  public String body() {
    return details.body();
  }

  /**
   * The response headers (case-insensitive names).
   *
   * @return the headers
   */
  public Map<String, List<String>> headers() {
    return details.headers();
  }

  /**
   * How long the server asked to wait before retrying: {@code retry-after-ms} (milliseconds) if
   * present, else {@code Retry-After} (seconds or an HTTP date).
   *
   * @return the delay, or empty if the response did not say
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(details.retryAfter());
  }

  /**
   * URI of the failed request.
   *
   * @return the request URI, or {@code null} if unknown
   */
  public URI requestUri() {
    return details.requestUri();
  }

  /**
   * HTTP method of the failed request.
   *
   * @return the method, or {@code null} if unknown
   */
  public String requestMethod() {
    return details.requestMethod();
  }
}
