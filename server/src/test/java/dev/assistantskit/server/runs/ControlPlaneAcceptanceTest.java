package dev.assistantskit.server.runs;

import static dev.assistantskit.server.testing.Apis.V;
import static org.assertj.core.api.Assertions.assertThat;

import dev.assistantskit.client.model.RunObject;
import dev.assistantskit.client.model.RunStatus;
import dev.assistantskit.client.model.SubmitToolOutputsRunRequest;
import dev.assistantskit.client.model.ToolOutput;
import dev.assistantskit.server.testing.EmulatorExtension;
import dev.assistantskit.server.testing.RawHttp;
import dev.assistantskit.server.testing.Runs;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The control plane under /_emulator, driven over HTTP as a test suite in another language would.
 */
class ControlPlaneAcceptanceTest {
  @RegisterExtension static final EmulatorExtension EMULATOR = new EmulatorExtension();

  private final Runs runs = Runs.of(EMULATOR);
  private final RawHttp http = EMULATOR.http();

  private RawHttp.Reply control(String method, String path, String json) {
    URI uri = URI.create(EMULATOR.server().controlUri() + path);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(10))
            .header("api-key", EmulatorExtension.KEY);
    request.method(
        method,
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    return http.send(request);
  }

  @Test
  void aScriptedRunCallsTheGivenFunctionThenRepliesAsScripted() throws Exception {
    String thread = runs.thread("anything");
    String assistant = runs.codeAssistant();
    RawHttp.Reply queued =
        control(
            "POST",
            "/scripts",
            "{\"thread_id\":\""
                + thread
                + "\",\"turns\":[{\"call_functions\":[{\"name\":\"lookup\",\"arguments\":{\"q\":\"x\"}}]},{\"reply\":\"Found it.\"}]}");
    assertThat(queued.status()).isEqualTo(200);
    assertThat(queued.json().get("runs").asInt()).isEqualTo(1);

    RunObject waiting = runs.await(runs.start(thread, assistant), RunStatus.REQUIRES_ACTION);
    var call = waiting.getRequiredAction().getSubmitToolOutputs().getToolCalls().get(0);
    assertThat(call.getFunction().getName()).isEqualTo("lookup");
    assertThat(call.getFunction().getArguments()).isEqualTo("{\"q\":\"x\"}");
    runs.api()
        .runs()
        .submitToolOutputsToRun(
            thread,
            waiting.getId(),
            V,
            new SubmitToolOutputsRunRequest()
                .toolOutputs(List.of(new ToolOutput().toolCallId(call.getId()).output("42"))));
    runs.await(waiting, RunStatus.COMPLETED);
    assertThat(runs.newestText(thread)).isEqualTo("Found it.");
    assertThat(control("GET", "/scripts", null).json().get("data")).isEmpty();
  }

  @Test
  void anInjected429CarriesRetryAfterAndStopsAfterItsCount() {
    RawHttp.Reply fault =
        control(
            "POST",
            "/faults",
            "{\"method\":\"GET\",\"path\":\"/assistants\",\"status\":429,\"retry_after\":7,\"times\":1}");
    assertThat(fault.json().get("id").asText()).startsWith("fault_");

    RawHttp.Reply throttled = http.get(RawHttp.withVersion("/assistants"));
    RawHttp.Reply next = http.get(RawHttp.withVersion("/assistants"));

    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.raw().headers().firstValue("Retry-After")).hasValue("7");
    assertThat(throttled.error().get("code").asText()).isEqualTo("429");
    assertThat(throttled.error().get("message").asText()).contains("Please retry after 7 seconds");
    assertThat(next.status()).isEqualTo(200);
  }

  @Test
  void anInjected500AndAddedLatencyApplyToMatchingRequestsOnly() {
    control(
        "POST",
        "/faults",
        "{\"path\":\"/threads/.*\",\"status\":500,\"latency_ms\":150,\"times\":1}");

    long start = System.nanoTime();
    RawHttp.Reply failed = http.get(RawHttp.withVersion("/threads/thread_x"));
    long took = (System.nanoTime() - start) / 1_000_000;
    RawHttp.Reply other = http.get(RawHttp.withVersion("/assistants"));

    assertThat(failed.status()).isEqualTo(500);
    assertThat(failed.error().get("type").asText()).isEqualTo("server_error");
    assertThat(took).isGreaterThanOrEqualTo(150);
    assertThat(other.status()).isEqualTo(200);
    assertThat(control("DELETE", "/faults", null).json().get("deleted").asBoolean()).isTrue();
  }

  @Test
  void theClockMovesForwardOnly() {
    long before = control("GET", "/clock", null).json().get("now").asLong();

    RawHttp.Reply moved = control("POST", "/clock/advance", "{\"seconds\":3600}");
    RawHttp.Reply backwards = control("POST", "/clock/advance", "{\"seconds\":-1}");

    assertThat(moved.json().get("now").asLong()).isBetween(before + 3600, before + 3610);
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(backwards.error().get("param").asText()).isEqualTo("seconds");
  }

  @Test
  void aResetForgetsEverything() throws Exception {
    String assistant = runs.codeAssistant();

    assertThat(control("POST", "/reset", null).json().get("reset").asBoolean()).isTrue();

    assertThat(http.get(RawHttp.withVersion("/assistants/" + assistant)).status()).isEqualTo(404);
  }

  @Test
  void theControlPlaneNeedsTheKeyAndValidScripts() {
    RawHttp.Reply anonymous =
        http.send(
            HttpRequest.newBuilder(URI.create(EMULATOR.server().controlUri() + "/health")).GET());
    RawHttp.Reply badTurn =
        control("POST", "/scripts", "{\"turns\":[{\"reply\":\"a\",\"fail\":{}}]}");
    RawHttp.Reply badStatus = control("POST", "/faults", "{\"path\":\"/x\",\"status\":418}");

    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(badTurn.status()).isEqualTo(400);
    assertThat(badStatus.status()).isEqualTo(400);
    assertThat(badStatus.error().get("param").asText()).isEqualTo("status");
    assertThat(control("GET", "/health", null).json().get("status").asText()).isEqualTo("ok");
  }
}
