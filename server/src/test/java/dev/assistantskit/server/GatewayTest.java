package dev.assistantskit.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assistantskit.server.testing.EmulatorExtension;
import dev.assistantskit.server.testing.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What Azure's gateway answered before the assistants engine saw a request. */
class GatewayTest {
  @RegisterExtension static final EmulatorExtension EMULATOR = new EmulatorExtension();

  private final RawHttp http = EMULATOR.http();

  @Test
  void aMissingApiVersionIsResourceNotFound() {
    RawHttp.Reply reply = http.get("/assistants");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.json().toString())
        .isEqualTo("{\"error\":{\"code\":\"404\",\"message\":\"Resource not found\"}}");
  }

  @Test
  void anUnsupportedApiVersionIsABadRequest() {
    RawHttp.Reply reply = http.get("/assistants?api-version=2024-02-15-preview");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().toString())
        .isEqualTo(
            "{\"error\":{\"code\":\"BadRequest\",\"message\":\"API version not supported\"}}");
  }

  @Test
  void aMissingKeyIsUnauthorized() {
    RawHttp.Reply reply = http.send(http.anonymous(RawHttp.withVersion("/assistants")).GET());

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.error().get("code").asText()).isEqualTo("401");
    assertThat(reply.error().get("message").asText()).startsWith("Access denied");
  }

  @Test
  void aWrongKeyIsUnauthorizedWhicheverHeaderCarriesIt() {
    RawHttp.Reply apiKey =
        http.send(http.request(RawHttp.withVersion("/assistants")).setHeader("api-key", "nope"));
    RawHttp.Reply bearer =
        http.send(
            http.anonymous(RawHttp.withVersion("/assistants"))
                .header("Authorization", "Bearer nope"));

    assertThat(apiKey.status()).isEqualTo(401);
    assertThat(bearer.status()).isEqualTo(401);
  }

  @Test
  void theKeyIsAcceptedAsABearerToken() {
    RawHttp.Reply reply =
        http.send(
            http.anonymous(RawHttp.withVersion("/assistants"))
                .header("Authorization", "Bearer " + EmulatorExtension.KEY));

    assertThat(reply.status()).isNotEqualTo(401);
  }

  @Test
  void anUnknownPathIsResourceNotFound() {
    RawHttp.Reply reply = http.get(RawHttp.withVersion("/deployments/gpt-4/chat/completions"));

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.error().get("message").asText()).isEqualTo("Resource not found");
  }
}
