package dev.assistantskit.server.errors;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error the emulator answers with: an HTTP status and the {@code error} object of the body.
 *
 * <p>Two body shapes exist on Azure and both are reproduced: the OpenAI shape of the assistants
 * engine ({@code message}, {@code type}, {@code param}, {@code code}, always all four) and the
 * reduced gateway shape ({@code code}, {@code message}). Create instances through {@link Errors}.
 */
public final class ApiException extends RuntimeException {
  private final int status;
  private final Map<String, Object> error;
  private final Map<String, String> headers;

  ApiException(int status, Map<String, Object> error, Map<String, String> headers) {
    super(String.valueOf(error.get("message")), null, false, false);
    this.status = status;
    this.error = Collections.unmodifiableMap(new LinkedHashMap<>(error));
    this.headers = Map.copyOf(headers);
  }

  static ApiException openAi(int status, String message, String type, String param, String code) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("message", message);
    error.put("type", type);
    error.put("param", param);
    error.put("code", code);
    return new ApiException(status, error, Map.of());
  }

  static ApiException gateway(int status, String code, String message) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("code", code);
    error.put("message", message);
    return new ApiException(status, error, Map.of());
  }

  /** A copy of this error that also sends the given response header. */
  public ApiException withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new ApiException(status, error, more);
  }

  /** A copy of this error answered with another HTTP status. */
  public ApiException withStatus(int otherStatus) {
    return new ApiException(otherStatus, error, headers);
  }

  public int status() {
    return status;
  }

  /** The {@code error} object, with explicit nulls where the shape has them. */
  public Map<String, Object> error() {
    return error;
  }

  public Map<String, String> headers() {
    return headers;
  }

  public Object param() {
    return error.get("param");
  }
}
