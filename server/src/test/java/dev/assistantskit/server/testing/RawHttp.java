package dev.assistantskit.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP/1.1 requests to the emulator, for shapes the generated client cannot produce. */
public final class RawHttp {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final URI base;
  private final String key;

  RawHttp(URI base, String key) {
    this.base = base;
    this.key = key;
  }

  /** A response with its body parsed as JSON when it is JSON. */
  public record Reply(int status, String body, HttpResponse<String> raw) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body, e);
      }
    }

    public JsonNode error() {
      return json().get("error");
    }
  }

  /** The HTTP/1.1 client behind these requests, for body handlers other than text. */
  public static HttpClient client() {
    return CLIENT;
  }

  public HttpRequest.Builder request(String pathAndQuery) {
    return anonymous(pathAndQuery).header("api-key", key);
  }

  /** A request without any key. */
  public HttpRequest.Builder anonymous(String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(10));
  }

  public Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Reply get(String pathAndQuery) {
    return send(request(pathAndQuery).GET());
  }

  public Reply post(String pathAndQuery, String json) {
    return send(
        request(pathAndQuery)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply delete(String pathAndQuery) {
    return send(request(pathAndQuery).DELETE());
  }

  public static String withVersion(String path) {
    return path + (path.contains("?") ? "&" : "?") + "api-version=" + EmulatorExtension.VERSION;
  }
}
