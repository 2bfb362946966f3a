package dev.assistantskit.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The emulator's control plane at {@code <endpoint>/_emulator} (scripted runs, faults), for the
 * {@code @emulator} scenarios. It is outside the contract, so its answers are not checked against
 * it; a refusal fails the scenario, since a scenario that scripts nothing proves nothing.
 */
public final class ControlPlane {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Target target;

  ControlPlane(Target target) {
    this.target = target;
  }

  /** Scripts the next run(s): a {@code ScriptDefinition} of the emulator's README. */
  public void script(Object definition) {
    send("POST", "/scripts", definition);
  }

  /** Injects a fault: a {@code FaultDefinition} of the emulator's README. */
  public void fault(Object definition) {
    send("POST", "/faults", definition);
  }

  /** Forgets the scripts and faults still waiting; never fails. */
  void clear() {
    for (String what : new String[] {"/scripts", "/faults"}) {
      try {
        send("DELETE", what, null);
      } catch (RuntimeException | AssertionError ignored) {
        // best effort, like the rest of the clean-up
      }
    }
  }

  private JsonNode send(String method, String path, Object body) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(target.endpoint() + Target.CONTROL_PLANE + path))
              .header("api-key", target.apiKey())
              .header("Content-Type", "application/json")
              .timeout(Duration.ofSeconds(30))
              .method(
                  method,
                  body == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
              .build();
      HttpResponse<String> answer = Wire.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        throw new AssertionError(
            "the control plane refused "
                + method
                + " "
                + Target.CONTROL_PLANE
                + path
                + " with "
                + answer.statusCode()
                + ": "
                + answer.body());
      }
      return JSON.readTree(answer.body());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reach the control plane of " + target.endpoint(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
