package dev.assistantskit.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * Raw HTTP to the target, for what the generated client cannot send (a request without a key,
 * without an api-version, with a field the contract does not have). Every answer is checked against
 * the contract like the client's: a violation fails the scenario with the field it concerns.
 */
public final class Wire {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** HTTP/1.1, as Azure's clients speak it; shared with the control plane. */
  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private final Target target;

  public Wire(Target target) {
    this.target = target;
  }

  /** An answer, already checked against the contract. */
  public record Reply(int status, String contentType, String body) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("the answer is not JSON: " + body, e);
      }
    }
  }

  /** A request to {@code path} (below {@code /openai}); the caller adds what it wants to add. */
  public HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create(target.baseUri() + pathAndQuery))
        .timeout(Duration.ofSeconds(60));
  }

  public String withVersion(String path) {
    return path + (path.contains("?") ? "&" : "?") + "api-version=" + target.apiVersion();
  }

  public HttpRequest.Builder authorized(HttpRequest.Builder request) {
    return request.header("api-key", target.apiKey());
  }

  /** An authorized GET of {@code path} (which may carry a query), with the api-version. */
  public Reply get(String path) {
    return send(authorized(request(withVersion(path))).GET().build());
  }

  /** An authorized POST of a JSON body to {@code path}, with the api-version. */
  public Reply postJson(String path, Object body) {
    try {
      return send(
          authorized(request(withVersion(path)))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
              .build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * An authorized multipart/form-data POST: each field in order, then a file part named {@code
   * file} carrying {@code filename}.
   */
  public Reply postMultipart(
      String path, Map<String, String> fields, String filename, byte[] content) {
    String boundary = "conformance-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach(
        (name, value) ->
            body.writeBytes(
                ("--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + name
                        + "\"\r\n\r\n"
                        + value
                        + "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        authorized(request(withVersion(path)))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build());
  }

  public Reply send(HttpRequest request) {
    HttpResponse<byte[]> response;
    try {
      response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reach " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    String contentType = response.headers().firstValue("Content-Type").orElse(null);
    ContractCheck.verify(
        new ContractCheck.Exchange(
            request.method(), request.uri(), response.statusCode(), contentType, response.body()),
        target.baseUri().getRawPath());
    return new Reply(
        response.statusCode(), contentType, new String(response.body(), StandardCharsets.UTF_8));
  }
}
