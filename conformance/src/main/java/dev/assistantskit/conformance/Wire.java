package dev.assistantskit.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assistantskit.spec.ContractValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * Raw HTTP to the target, for what the generated client cannot send (a request without a key or
 * without an api-version). Every response is checked against the contract: a violation fails the
 * scenario with the field it concerns.
 */
public final class Wire {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private static ContractValidator contract;

  private final Target target;

  public Wire(Target target) {
    this.target = target;
  }

  /** A response, already checked against the contract. */
  public record Reply(int status, String contentType, String body) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("the response is not JSON: " + body, e);
      }
    }
  }

  /** A request to {@code path} (below {@code /openai}); the caller adds what it wants to add. */
  public HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create(target.baseUri() + pathAndQuery))
        .timeout(Duration.ofSeconds(30));
  }

  public String withVersion(String path) {
    return path + (path.contains("?") ? "&" : "?") + "api-version=" + target.apiVersion();
  }

  public HttpRequest.Builder authorized(HttpRequest.Builder request) {
    return request.header("api-key", target.apiKey());
  }

  public Reply send(HttpRequest request) {
    HttpResponse<String> response;
    try {
      response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reach " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    String contentType = response.headers().firstValue("Content-Type").orElse(null);
    Reply reply = new Reply(response.statusCode(), contentType, response.body());
    check(request, reply);
    return reply;
  }

  private static void check(HttpRequest request, Reply reply) {
    List<String> problems =
        validator()
            .validateResponse(
                request.method(),
                request.uri().getRawPath(),
                reply.status(),
                reply.contentType(),
                reply.body());
    if (!problems.isEmpty()) {
      throw new AssertionError(
          request.method()
              + " "
              + request.uri().getRawPath()
              + " answered "
              + reply.status()
              + " with a body the contract does not allow:\n  "
              + String.join("\n  ", problems)
              + "\nbody: "
              + reply.body());
    }
  }

  private static synchronized ContractValidator validator() {
    if (contract == null) {
      contract = new ContractValidator();
    }
    return contract;
  }
}
