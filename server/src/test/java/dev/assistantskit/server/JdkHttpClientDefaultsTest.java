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
    HttpRequest post =
        HttpRequest.newBuilder(uri("/assistants"))
            .timeout(Duration.ofSeconds(5))
            .header("api-key", EmulatorExtension.KEY)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"no model given\"}"))
            .build();
    assertThat(defaults.version()).isEqualTo(HttpClient.Version.HTTP_2);

    HttpResponse<String> response = defaults.send(post, HttpResponse.BodyHandlers.ofString());

    assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode error = new ObjectMapper().readTree(response.body()).get("error");
    assertThat(error.get("param").asText()).isEqualTo("model");
    assertThat(error.get("type").asText()).isEqualTo("invalid_request_error");
  }

  @Test
  void aGetOfferingH2cIsAnsweredOverHttp11() throws Exception {
    HttpRequest get =
        HttpRequest.newBuilder(uri("/assistants/asst_h2c0000000000000000000000?x=1"))
            .timeout(Duration.ofSeconds(5))
            .header("api-key", EmulatorExtension.KEY)
            .GET()
            .build();

    HttpResponse<String> response = defaults.send(get, HttpResponse.BodyHandlers.ofString());

    assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(new ObjectMapper().readTree(response.body()).has("error")).isTrue();
  }

  private static URI uri(String path) {
    return URI.create(EMULATOR.server().baseUri() + RawHttp.withVersion(path));
  }
}
