package dev.assistantskit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AssistantsClientBuilderTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "https://myres.openai.azure.com, https://myres.openai.azure.com",
    "https://myres.openai.azure.com/, https://myres.openai.azure.com",
    "https://myres.openai.azure.com/openai, https://myres.openai.azure.com",
    "https://myres.openai.azure.com/openai/, https://myres.openai.azure.com",
    "https://myres.openai.azure.com/OpenAI//, https://myres.openai.azure.com",
    "'  http://127.0.0.1:8080  ', http://127.0.0.1:8080",
    "http://127.0.0.1:8080/openai, http://127.0.0.1:8080",
    "HTTP://[::1]:8080/, http://[::1]:8080",
    "https://gateway.example.com/azure/openai/, https://gateway.example.com/azure",
    "https://gateway.example.com/azure-openai, https://gateway.example.com/azure-openai",
  })
  void normalisesTheEndpointAndAppendsOpenaiOnce(String given, String endpoint) {
    AssistantsClient client = AssistantsClient.builder().endpoint(given).apiKey("k").build();

    assertThat(client.endpoint()).isEqualTo(URI.create(endpoint));
    assertThat(client.apiClient().getBaseUri()).isEqualTo(endpoint + "/openai");
  }

  @Test
  void acceptsAUriEndpoint() {
    AssistantsClient client =
        AssistantsClient.builder()
            .endpoint(URI.create("https://myres.openai.azure.com/openai/"))
            .bearerToken("t")
            .build();

    assertThat(client.apiClient().getBaseUri()).isEqualTo("https://myres.openai.azure.com/openai");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "myres.openai.azure.com",
        "ftp://myres.openai.azure.com",
        "https:///openai",
        "https://myres.openai.azure.com/?api-version=2024-05-01-preview",
        "https://myres.openai.azure.com/#x",
        "https://user:pw@myres.openai.azure.com",
        "http://bad host",
        ""
      })
  void rejectsEndpointsThatAreNotPlainHttpUrls(String endpoint) {
    assertThatThrownBy(() -> AssistantsClient.builder().endpoint(endpoint))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("endpoint");
  }

  @Test
  void defaultsToTheContractsApiVersion() {
    AssistantsClient client =
        AssistantsClient.builder().endpoint("http://localhost:1").apiKey("k").build();

    assertThat(client.apiVersion()).isEqualTo("2024-05-01-preview");
    assertThat(AssistantsClient.DEFAULT_API_VERSION).isEqualTo("2024-05-01-preview");
  }

  @Test
  void takesAnotherApiVersion() {
    AssistantsClient client =
        AssistantsClient.builder()
            .endpoint("http://localhost:1")
            .apiKey("k")
            .apiVersion("2024-07-01-preview")
            .build();

    assertThat(client.apiVersion()).isEqualTo("2024-07-01-preview");
  }

  @Test
  void requiresACredential() {
    assertThatThrownBy(() -> AssistantsClient.builder().endpoint("http://localhost:1").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("No credential")
        .hasMessageContaining("apiKey(..)")
        .hasMessageContaining("bearerTokenSupplier(..)");
  }

  @Test
  void rejectsTwoKindsOfCredential() {
    assertThatThrownBy(
            () ->
                AssistantsClient.builder()
                    .endpoint("http://localhost:1")
                    .apiKey("k")
                    .bearerToken("t")
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("More than one credential");
    assertThatThrownBy(
            () ->
                AssistantsClient.builder()
                    .endpoint("http://localhost:1")
                    .bearerToken("t")
                    .bearerTokenSupplier(() -> "u")
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("More than one credential");
  }

  @Test
  void lastKeyWinsWhenTheSameCredentialIsSetTwice() {
    AssistantsClient client =
        AssistantsClient.builder().endpoint("http://localhost:1").apiKey("a").apiKey("b").build();

    assertThat(client.apiVersion()).isEqualTo("2024-05-01-preview");
  }

  @Test
  void requiresAnEndpoint() {
    assertThatThrownBy(() -> AssistantsClient.builder().apiKey("k").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("No endpoint");
  }

  @Test
  void rejectsBlankValuesAndNonPositiveTimeouts() {
    AssistantsClient.Builder builder = AssistantsClient.builder();
    assertThatThrownBy(() -> builder.apiKey(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("apiKey must not be blank");
    assertThatThrownBy(() -> builder.bearerToken(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bearerToken must not be blank");
    assertThatThrownBy(() -> builder.apiVersion(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("apiVersion must not be blank");
    assertThatThrownBy(() -> builder.apiKey(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("apiKey");
    assertThatThrownBy(() -> builder.readTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("readTimeout must be positive");
    assertThatThrownBy(() -> builder.connectTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("connectTimeout must be positive");
  }

  @Test
  void wiresTimeoutsIntoTheGeneratedClientAndHandsOutOneInstancePerApi() {
    AssistantsClient client =
        AssistantsClient.builder()
            .endpoint("http://localhost:1")
            .apiKey("k")
            .connectTimeout(Duration.ofSeconds(3))
            .readTimeout(Duration.ofSeconds(40))
            .build();

    assertThat(client.apiClient().getConnectTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(client.apiClient().getReadTimeout()).isEqualTo(Duration.ofSeconds(40));
    assertThat(client.apiClient().getHttpClient().connectTimeout()).contains(Duration.ofSeconds(3));
    assertThat(client.apiClient().getHttpClient()).isSameAs(client.apiClient().getHttpClient());
    assertThat(client.assistants()).isSameAs(client.assistants());
    assertThat(client.threads()).isNotNull();
    assertThat(client.messages()).isNotNull();
    assertThat(client.runs()).isNotNull();
    assertThat(client.runSteps()).isNotNull();
    assertThat(client.files()).isNotNull();
    assertThat(client.vectorStores()).isNotNull();
    assertThat(client.vectorStoreFiles()).isNotNull();
    assertThat(client.vectorStoreFileBatches()).isNotNull();
  }

  @Test
  void toStringDoesNotShowTheCredential() {
    AssistantsClient client =
        AssistantsClient.builder().endpoint("http://localhost:1").apiKey("s3cr3t").build();

    assertThat(client.toString())
        .isEqualTo("AssistantsClient[http://localhost:1, api-version=2024-05-01-preview]")
        .doesNotContain("s3cr3t");
  }
}
