package dev.assistantskit.conformance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.assistantskit.conformance.run.ConformanceRun;
import dev.assistantskit.conformance.run.RunResult;
import dev.assistantskit.conformance.run.ScenarioResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every answer is checked against the contract, through the generated client as through raw HTTP: a
 * stub target answers bodies the contract does not allow, and the scenario that receives one fails
 * with a message naming the field.
 */
class ContractViolationTest {
  private WireMockServer stub;
  private Target target;

  @BeforeEach
  void start() {
    stub = new WireMockServer(options().dynamicPort());
    stub.start();
    target = Target.remote(stub.baseUrl(), "stub-key", null, "gpt-4o", null);
  }

  @AfterEach
  void stop() {
    stub.stop();
  }

  private RunResult run(String feature, String scenario) {
    return ConformanceRun.run(
        ConformanceRun.Options.of(target).withFeatures(feature).withName("^" + scenario + "$"));
  }

  @Test
  void anAnswerOfTheGeneratedClientWithAFieldOfTheWrongTypeFailsTheStepNamingTheField() {
    stub.stubFor(
        post(urlPathEqualTo("/openai/assistants"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        """
                        {"id": "asst_abcdefghijklmnopqrstuvwx", "object": "assistant",
                         "created_at": "yesterday", "name": "Data Visualization",
                         "description": null, "model": "gpt-4o", "instructions": "x",
                         "tools": [{"type": "code_interpreter"}], "metadata": {}}
                        """)));

    RunResult result =
        run(
            "features/assistants.feature",
            "Creating an assistant answers it with its configuration");

    assertThat(result.scenarios()).singleElement().satisfies(this::failedOnCreatedAt);
  }

  private void failedOnCreatedAt(ScenarioResult scenario) {
    assertThat(scenario.status()).isEqualTo(ScenarioResult.Status.FAILED);
    assertThat(scenario.message())
        .contains("POST /openai/assistants answered 200 with a body the contract does not allow")
        .contains("/created_at")
        .contains("string");
  }

  @Test
  void anErrorBodyOutsideTheErrorResponseShapeFailsTheStepNamingTheField() {
    stub.stubFor(
        any(urlPathEqualTo("/openai/assistants/asst_conformanceDoesNotExist0"))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"error\": \"No such assistant\"}")));

    RunResult result =
        run("features/assistants.feature", "An assistant that does not exist is not found");

    assertThat(result.scenarios()).hasSize(3).allSatisfy(this::failedOnError);
  }

  private void failedOnError(ScenarioResult scenario) {
    assertThat(scenario.status()).isEqualTo(ScenarioResult.Status.FAILED);
    assertThat(scenario.message())
        .contains("/openai/assistants/asst_conformanceDoesNotExist0 answered 404")
        .contains("/error")
        .contains("object");
  }

  @Test
  void aStreamedEventWithAFieldOfTheWrongTypeFailsTheStepNamingTheEventAndTheField() {
    stub.stubFor(
        post(urlPathEqualTo("/openai/assistants"))
            .willReturn(
                json(
                    """
                    {"id": "asst_abcdefghijklmnopqrstuvwx", "object": "assistant",
                     "created_at": 1705972454, "name": "Helper", "description": null,
                     "model": "gpt-4o", "instructions": "x", "tools": [], "metadata": {}}
                    """)));
    stub.stubFor(
        post(urlPathEqualTo("/openai/threads"))
            .willReturn(
                json(
                    """
                    {"id": "thread_abcdefghijklmnopqrstuvwx", "object": "thread",
                     "created_at": 1705972465, "tool_resources": null, "metadata": {}}
                    """)));
    stub.stubFor(
        post(urlPathEqualTo("/openai/threads/runs"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/event-stream")
                    .withBody(
                        "event: thread.created\n"
                            + "data: {\"id\": \"thread_bcdefghijklmnopqrstuvwxy\", \"object\":"
                            + " \"thread\", \"created_at\": 1705972465, \"tool_resources\":"
                            + " null, \"metadata\": {}}\n\n"
                            + "event: thread.run.created\n"
                            + "data: {\"id\": \"run_abcdefghijklmnopqrstuvwx\", \"object\":"
                            + " \"thread.run\", \"created_at\": \"yesterday\"}\n\n"
                            + "event: done\ndata: [DONE]\n\n")));

    RunResult result =
        run(
            "features/streaming.feature",
            "A streamed thread and run sends its events in the documented order");

    assertThat(result.scenarios())
        .singleElement()
        .satisfies(
            scenario -> {
              assertThat(scenario.status()).isEqualTo(ScenarioResult.Status.FAILED);
              assertThat(scenario.message())
                  .startsWith(
                      "POST /openai/threads/runs streamed a \"thread.run.created\" event whose"
                          + " data the contract does not allow")
                  .contains("/data/created_at")
                  .contains("string");
            });
  }

  private static ResponseDefinitionBuilder json(String body) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  @Test
  void aRawAnswerWithAMissingFieldFailsTheStepNamingTheField() {
    stub.stubFor(
        any(urlPathEqualTo("/openai/assistants"))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"message\": \"Resource not found\"}")));

    RunResult result =
        run("features/gateway.feature", "A request without an api-version is not found");

    assertThat(result.scenarios())
        .singleElement()
        .satisfies(
            scenario -> {
              assertThat(scenario.status()).isEqualTo(ScenarioResult.Status.FAILED);
              assertThat(scenario.message())
                  .contains("GET /openai/assistants answered 404")
                  .contains("missing required properties")
                  .contains("error");
            });
  }
}
