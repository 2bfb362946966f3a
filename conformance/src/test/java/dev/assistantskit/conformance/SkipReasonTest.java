package dev.assistantskit.conformance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.assistantskit.conformance.run.ConformanceRun;
import dev.assistantskit.conformance.run.RunResult;
import dev.assistantskit.conformance.run.ScenarioResult;
import dev.assistantskit.conformance.steps.Hooks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * What a target cannot run is skipped, and the run says why; against the embedded emulator, which
 * can run everything, a scenario that would be skipped fails instead, so the build cannot stay
 * green on scenarios that did not run.
 */
class SkipReasonTest {
  private static final String FEATURE = "testfeatures/control_plane.feature";
  private static final String GIVES_UP = "testfeatures/gives_up.feature";

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

    ScenarioResult s = only(result);
    assertThat(s.status()).isEqualTo(ScenarioResult.Status.SKIPPED);
    assertThat(s.message()).contains("ASSISTANTS_BEARER_TOKEN");
  }

  /** The embedded emulator, as if it had lost the bearer token it normally accepts (its key). */
  private static Target embeddedWithoutBearerToken() {
    Target emulator = Target.embedded(null, null);
    return new Target(
        emulator.endpoint(),
        emulator.apiKey(),
        emulator.apiVersion(),
        emulator.model(),
        null,
        true);
  }

  @Test
  void againstTheEmbeddedEmulatorAScenarioAHookWouldSkipFailsSayingWhy() {
    RunResult result =
        ConformanceRun.run(
            ConformanceRun.Options.of(embeddedWithoutBearerToken())
                .withFeatures("features/gateway.feature")
                .withTags("@needs-bearer-token"));

    ScenarioResult s = only(result);
    assertThat(s.status()).isEqualTo(ScenarioResult.Status.FAILED);
    assertThat(s.message()).isEqualTo(Hooks.NOTHING_SKIPPED + ": " + Hooks.NEEDS_BEARER_TOKEN);
    assertThat(result.conforms()).isFalse();
  }

  @Test
  void againstTheEmbeddedEmulatorAScenarioAStepGivesUpOnFails() {
    RunResult result =
        ConformanceRun.run(
            ConformanceRun.Options.of(Target.embedded(null, null)).withFeatures(GIVES_UP));

    ScenarioResult s = only(result);
    assertThat(s.scenario()).isEqualTo("A scenario that a step gives up on");
    assertThat(s.status()).isEqualTo(ScenarioResult.Status.FAILED);
    assertThat(s.message()).startsWith(Hooks.NOTHING_SKIPPED).contains("ended SKIPPED");
    assertThat(result.skipped()).isEmpty();
    assertThat(result.conforms()).isFalse();
  }

  @Test
  void againstAForeignEndpointTheSameScenarioIsOnlySkipped() {
    RunResult result = ConformanceRun.run(ConformanceRun.Options.of(target).withFeatures(GIVES_UP));

    ScenarioResult s = only(result);
    assertThat(s.status()).isEqualTo(ScenarioResult.Status.SKIPPED);
    assertThat(s.message()).isEqualTo("it could not be bothered");
    assertThat(result.conforms()).isTrue();
  }

  /**
   * What Surefire sees when it runs {@link RunConformanceTest}: the JUnit Platform with the
   * Cucumber engine and the same glue counts the skipped scenario as a failure, not as aborted, so
   * the build fails.
   */
  @Test
  void theJunitPlatformCountsTheSkipAsAFailureSoTheBuildFails() {
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    try (Target.Activation ignored = Target.activate(Target.embedded(null, null))) {
      LauncherFactory.create()
          .execute(
              LauncherDiscoveryRequestBuilder.request()
                  .selectors(selectClasspathResource(GIVES_UP))
                  .filters(EngineFilter.includeEngines("cucumber"))
                  .configurationParameter("cucumber.glue", ConformanceRun.GLUE)
                  .configurationParameter("cucumber.publish.quiet", "true")
                  .build(),
              listener);
    }
    TestExecutionSummary summary = listener.getSummary();

    assertThat(summary.getTestsFoundCount()).isEqualTo(1);
    assertThat(summary.getTestsFailedCount()).isEqualTo(1);
    assertThat(summary.getTestsAbortedCount()).isZero();
    assertThat(summary.getFailures())
        .singleElement()
        .satisfies(
            failure ->
                assertThat(failure.getException()).hasMessageStartingWith(Hooks.NOTHING_SKIPPED));
  }

  private static ScenarioResult only(RunResult result) {
    assertThat(result.scenarios()).hasSize(1);
    return result.scenarios().get(0);
  }
}
