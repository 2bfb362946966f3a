package dev.assistantskit.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assistantskit.server.testing.EmulatorExtension;
import dev.assistantskit.server.testing.RawHttp;
import dev.assistantskit.spec.Contract;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks every (method, path) of the contract and sends a well-formed request: the emulator must
 * route each one — a 405 or the gateway's "Resource not found" would mean an operation is missing.
 * (An engine 404 such as "No assistant found with id …" is a routed answer.)
 */
class EveryOperationIsRoutedTest {
  @RegisterExtension static final EmulatorExtension EMULATOR = new EmulatorExtension();

  private static final Map<String, String> IDS =
      Map.of(
          "{assistant_id}", "asst_routing0000000000000000",
          "{thread_id}", "thread_routing000000000000000",
          "{message_id}", "msg_routing00000000000000000",
          "{run_id}", "run_routing00000000000000000",
          "{step_id}", "step_routing0000000000000000",
          "{vector_store_id}", "vs_routing000000000000000000",
          "{file_id}", "assistant-routing000000000000000",
          "{batch_id}", "vsfb_routing0000000000000000");

  @TestFactory
  Stream<DynamicTest> everyOperationOfTheContractIsRouted() {
    OpenAPI api = Contract.openApi();
    List<Contract.Op> operations = Contract.operations(api);
    assertThat(operations).hasSize(41);
    return operations.stream()
        .map(
            op ->
                DynamicTest.dynamicTest(
                    op.method() + " " + op.path(), () -> assertRouted(api, op)));
  }

  private static void assertRouted(OpenAPI api, Contract.Op op) {
    String path = op.path();
    for (Map.Entry<String, String> id : IDS.entrySet()) {
      path = path.replace(id.getKey(), id.getValue());
    }
    RawHttp http = EMULATOR.http();
    HttpRequest.Builder request = http.request(RawHttp.withVersion(path));
    if (op.operation().getRequestBody() == null) {
      request.method(op.method(), HttpRequest.BodyPublishers.noBody());
    } else if (op.operation().getRequestBody().getContent().containsKey("multipart/form-data")) {
      String boundary = "routing-boundary";
      String body =
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nassistants\r\n"
              + "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\"file\";"
              + " filename=\"hello.txt\"\r\nContent-Type: text/plain\r\n\r\nhello\r\n"
              + "--"
              + boundary
              + "--\r\n";
      request
          .header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .method(op.method(), HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    } else {
      MediaType json = op.operation().getRequestBody().getContent().get("application/json");
      request
          .header("Content-Type", "application/json")
          .method(op.method(), HttpRequest.BodyPublishers.ofString(exampleOrEmpty(api, json)));
    }
    RawHttp.Reply reply = http.send(request);
    JsonNode error = reply.status() >= 400 ? reply.error() : null;
    assertThat(reply.status()).as(op.id() + ": " + reply.body()).isNotEqualTo(405);
    if (reply.status() == 404) {
      assertThat(error.path("type").asText())
          .as(op.id() + " answered the gateway's 404: " + reply.body())
          .isEqualTo("invalid_request_error");
    }
  }

  private static String exampleOrEmpty(OpenAPI api, MediaType json) {
    if (json.getExamples() == null || json.getExamples().isEmpty()) {
      return "{}";
    }
    Example example = json.getExamples().values().iterator().next();
    if (example.get$ref() != null) {
      String name = example.get$ref().substring(example.get$ref().lastIndexOf('/') + 1);
      example = api.getComponents().getExamples().get(name);
    }
    return Json.pretty(example.getValue());
  }
}
