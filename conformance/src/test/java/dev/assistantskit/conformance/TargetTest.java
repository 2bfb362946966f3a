package dev.assistantskit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The target from system properties (which come before the environment variables of the same
 * names): the endpoint, its key, api-version (default 2024-05-01-preview), the deployment and the
 * bearer token; without an endpoint, an emulator in this JVM.
 */
class TargetTest {
  private static final List<String> SETTINGS =
      List.of(
          Target.ENDPOINT, Target.API_KEY, Target.API_VERSION, Target.MODEL, Target.BEARER_TOKEN);

  private final Map<String, String> saved = new HashMap<>();

  @BeforeEach
  void save() {
    SETTINGS.forEach(name -> saved.put(name, System.getProperty(name)));
  }

  @AfterEach
  void restore() {
    saved.forEach(
        (name, value) -> {
          if (value == null) {
            System.clearProperty(name);
          } else {
            System.setProperty(name, value);
          }
        });
  }

  @Test
  void anEndpointWithItsKeyIsARemoteTargetWithTheDefaultApiVersionAndModel() {
    assumeTrue(System.getenv(Target.API_VERSION) == null, Target.API_VERSION + " is set here");
    assumeTrue(System.getenv(Target.MODEL) == null, Target.MODEL + " is set here");
    assumeTrue(System.getenv(Target.BEARER_TOKEN) == null, Target.BEARER_TOKEN + " is set here");
    System.setProperty(Target.ENDPOINT, "https://myres.openai.azure.com/openai/");
    System.setProperty(Target.API_KEY, "  the-key ");
    System.clearProperty(Target.API_VERSION);
    System.clearProperty(Target.MODEL);
    System.clearProperty(Target.BEARER_TOKEN);

    Target target = Target.fromEnvironment();

    assertThat(target.endpoint()).isEqualTo(URI.create("https://myres.openai.azure.com"));
    assertThat(target.baseUri()).isEqualTo(URI.create("https://myres.openai.azure.com/openai"));
    assertThat(target.apiKey()).isEqualTo("the-key");
    assertThat(target.apiVersion()).isEqualTo("2024-05-01-preview");
    assertThat(target.model()).isEqualTo(Target.DEFAULT_MODEL).isEqualTo("gpt-4-1106-preview");
    assertThat(target.bearerToken()).isNull();
    assertThat(target.embedded()).isFalse();
  }

  @Test
  void everySettingIsTaken() {
    System.setProperty(Target.ENDPOINT, "http://localhost:9999");
    System.setProperty(Target.API_KEY, "k");
    System.setProperty(Target.API_VERSION, "2024-07-01-preview");
    System.setProperty(Target.MODEL, "my-gpt-4o");
    System.setProperty(Target.BEARER_TOKEN, "eyJ0eXAi.token");

    Target target = Target.fromEnvironment();

    assertThat(target)
        .isEqualTo(
            new Target(
                URI.create("http://localhost:9999"),
                "k",
                "2024-07-01-preview",
                "my-gpt-4o",
                "eyJ0eXAi.token",
                false));
    assertThat(target)
        .hasToString("http://localhost:9999 (api-version 2024-07-01-preview, model my-gpt-4o)");
  }

  @Test
  void anEndpointWithoutAKeyIsRefusedNamingBothSettings() {
    assumeTrue(System.getenv(Target.API_KEY) == null, Target.API_KEY + " is set here");
    System.setProperty(Target.ENDPOINT, "http://localhost:9999");
    System.clearProperty(Target.API_KEY);

    assertThatThrownBy(Target::fromEnvironment)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("ASSISTANTS_ENDPOINT is set but ASSISTANTS_API_KEY is not");
  }

  @Test
  void withoutAnEndpointItIsAnEmulatorInThisJvmWithTheOtherSettings() {
    assumeTrue(System.getenv(Target.ENDPOINT) == null, Target.ENDPOINT + " is set here");
    System.clearProperty(Target.ENDPOINT);
    System.setProperty(Target.API_VERSION, "2024-05-01-preview");
    System.setProperty(Target.MODEL, "my-deployment");

    Target target = Target.fromEnvironment();

    assertThat(target.embedded()).isTrue();
    assertThat(target.endpoint().toString()).startsWith("http://127.0.0.1:");
    assertThat(target.apiVersion()).isEqualTo("2024-05-01-preview");
    assertThat(target.model()).isEqualTo("my-deployment");
    assertThat(target.apiKey()).matches("[0-9a-f]{32}");
    assertThat(target.bearerToken())
        .as("the emulator takes its key as a token")
        .isEqualTo(target.apiKey());
    assertThat(target.hasControlPlane()).isTrue();
  }

  @Test
  void aSettingIsStrippedAndABlankOneIsAbsent() {
    System.setProperty(Target.MODEL, "  my-deployment\n");
    assertThat(Target.setting(Target.MODEL)).isEqualTo("my-deployment");

    assumeTrue(System.getenv(Target.MODEL) == null, Target.MODEL + " is set here");
    System.setProperty(Target.MODEL, "   ");
    assertThat(Target.setting(Target.MODEL)).isNull();
    System.clearProperty(Target.MODEL);
    assertThat(Target.setting(Target.MODEL)).isNull();
  }
}
