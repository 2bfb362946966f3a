package dev.assistantskit.conformance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.assistantskit.conformance.run.ConformanceRun;
import dev.assistantskit.conformance.run.RunResult;
import dev.assistantskit.conformance.run.ScenarioResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A scenario that fails leaves nothing running on the target: its active runs are cancelled, and
 * waited for until they ended, before their threads are deleted.
 */
class CleanUpTest {
  private static final Pattern STATUS = Pattern.compile("\"status\":\"([a-z_]+)\"");

  private WireMockServer recorder;

  @AfterEach
  void stop() {
    recorder.stop();
  }

  @Test
  void aFailedScenarioCancelsItsActiveRunAndWaitsForItBeforeDeletingTheThread() {
    Target emulator = Target.embedded(null, null);
    recorder = new WireMockServer(options().dynamicPort());
    recorder.start();
    recorder.stubFor(
        any(anyUrl()).willReturn(aResponse().proxiedFrom(emulator.endpoint().toString())));
    Target recorded =
        Target.remote(recorder.baseUrl(), emulator.apiKey(), null, emulator.model(), null);

    RunResult result =
        ConformanceRun.run(
            ConformanceRun.Options.of(recorded).withFeatures("testfeatures/clean_up.feature"));

    assertThat(result.scenarios())
        .singleElement()
        .extracting(ScenarioResult::status)
        .isEqualTo(ScenarioResult.Status.FAILED);
    List<String> after = cleanUp();
    assertThat(after)
        .as("what the clean-up sent, in order")
        .containsSubsequence(
            "POST cancel -> cancelling", "GET run -> cancelled", "DELETE thread -> 200");
    assertThat(after.indexOf("DELETE thread -> 200"))
        .isGreaterThan(after.indexOf("GET run -> cancelled"));
  }

  /** The requests after the failed step's (the last GET of the run that was still waiting). */
  private List<String> cleanUp() {
    List<ServeEvent> events = new ArrayList<>(recorder.getAllServeEvents());
    Collections.reverse(events);
    List<String> described = new ArrayList<>();
    for (ServeEvent event : events) {
      String path = event.getRequest().getUrl().split("\\?")[0];
      String body = event.getResponse().getBodyAsString();
      String method = event.getRequest().getMethod().getName();
      if (path.endsWith("/cancel")) {
        described.add(method + " cancel -> " + status(body));
      } else if (path.matches("/openai/threads/[^/]+/runs/[^/]+") && method.equals("GET")) {
        described.add(method + " run -> " + status(body));
      } else if (path.matches("/openai/threads/[^/]+") && method.equals("DELETE")) {
        described.add(method + " thread -> " + event.getResponse().getStatus());
      }
    }
    return described;
  }

  private static String status(String run) {
    Matcher status = STATUS.matcher(run);
    return status.find() ? status.group(1) : run;
  }
}
