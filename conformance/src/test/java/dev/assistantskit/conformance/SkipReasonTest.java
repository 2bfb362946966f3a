package dev.assistantskit.conformance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.assistantskit.conformance.run.ConformanceRun;
import dev.assistantskit.conformance.run.RunResult;
import dev.assistantskit.conformance.run.ScenarioResult;
import dev.assistantskit.conformance.steps.Hooks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a target cannot run is skipped, and the run says why. */
class SkipReasonTest {
  private static final String FEATURE = "testfeatures/control_plane.feature";

  private WireMockServer foreign;
  private Target target;

  /** An endpoint that lists no assistants and has no control plane. */
  @BeforeEach
  void start() {
    foreign = new WireMockServer(options().dynamicPort());
    foreign.start();
    foreign.stubFor(
        get(urlPathEqualTo("/openai/assistants"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"object\":\"list\",\"data\":[],\"first_id\":null,\"last_id\":null,"
                            + "\"has_more\":false}")));
    target = Target.remote(foreign.baseUrl(), "foreign-key", null, "gpt-4o", null);
  }

  @AfterEach
  void stop() {
    foreign.stop();
  }

  @Test
  void againstAForeignEndpointEmulatorScenariosAreSkippedForWantOfTheControlPlane() {
    RunResult result = ConformanceRun.run(ConformanceRun.Options.of(target).withFeatures(FEATURE));

    assertThat(result.skipped())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.scenario())
                  .isEqualTo("A scenario that needs the emulator's control plane");
              assertThat(s.message()).isEqualTo(Hooks.NEEDS_CONTROL_PLANE);
            });
    assertThat(result.count(ScenarioResult.Status.PASSED)).isEqualTo(1);
    assertThat(result.conforms()).isTrue();
  }

  @Test
  void againstTheEmbeddedEmulatorTheyRun() {
    Target emulator = Target.current();
    assumeTrue(emulator.embedded());

    RunResult result =
        ConformanceRun.run(ConformanceRun.Options.of(emulator).withFeatures(FEATURE));

    assertThat(result.count(ScenarioResult.Status.PASSED)).isEqualTo(2);
  }

  @Test
  void withoutABearerTokenTheBearerScenarioIsSkippedSayingWhichSettingToSet() {
    RunResult result =
        ConformanceRun.run(
            ConformanceRun.Options.of(target)
                .withFeatures("features/gateway.feature")
                .withTags("@needs-bearer-token"));

    assertThat(result.scenarios())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.status()).isEqualTo(ScenarioResult.Status.SKIPPED);
              assertThat(s.message()).contains("ASSISTANTS_BEARER_TOKEN");
            });
  }
}
