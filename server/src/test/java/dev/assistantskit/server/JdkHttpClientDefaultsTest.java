package dev.assistantskit.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assistantskit.server.testing.EmulatorExtension;
import dev.assistantskit.server.testing.RawHttp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The JDK HttpClient with its defaults offers {@code Upgrade: h2c} on every http:// request;
 * Grizzly alone would never deliver such a POST's body (toolchain-notes pitfall 3).
 */
class JdkHttpClientDefaultsTest {
  @RegisterExtension static final EmulatorExtension EMULATOR = new EmulatorExtension();

  private final HttpClient defaults = HttpClient.newHttpClient();

  @Test
  void aPostOfferingH2cIsAnsweredOverHttp11() throws Exception {
    assertThat(defaults.version()).isEqualTo(HttpClient.Version.HTTP_2);

    HttpResponse<String> response = send(post("{\"name\": \"no model given\"}"));

    assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode error = new ObjectMapper().readTree(response.body()).get("error");
    assertThat(error.get("param").asText()).isEqualTo("model");
    assertThat(error.get("type").asText()).isEqualTo("invalid_request_error");
  }

  @Test
  void aGetOfferingH2cIsAnsweredOverHttp11() throws Exception {
    HttpResponse<String> response = send(get("/assistants/asst_h2c0000000000000000000000?x=1"));

    assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(new ObjectMapper().readTree(response.body()).has("error")).isTrue();
  }

  @Test
  void aSuccessfulPostAndGetOfferingH2cAreAnsweredOverHttp11() throws Exception {
    HttpResponse<String> created = send(post("{\"model\": \"gpt-4\", \"name\": \"h2c\"}"));
    String id = new ObjectMapper().readTree(created.body()).path("id").asText();
    HttpResponse<String> read = send(get("/assistants/" + id));

    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    assertThat(created.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    assertThat(read.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
    assertThat(new ObjectMapper().readTree(read.body()).path("name").asText()).isEqualTo("h2c");
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return defaults.send(
        request.timeout(Duration.ofSeconds(5)).header("api-key", EmulatorExtension.KEY).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.Builder post(String json) {
    return HttpRequest.newBuilder(uri("/assistants"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
  }

  private static HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(uri(path)).GET();
  }

  private static URI uri(String path) {
    return URI.create(EMULATOR.server().baseUri() + RawHttp.withVersion(path));
  }
}
