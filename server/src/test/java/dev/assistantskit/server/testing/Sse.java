package dev.assistantskit.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assistantskit.spec.ContractValidator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads an event stream frame by frame, checking each payload against the contract. */
public final class Sse implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ContractValidator CONTRACT = new ContractValidator();
  private static final Map<String, String> SCHEMAS =
      Map.of(
          "thread.created", "ThreadObject",
          "thread.run", "RunObject",
          "thread.run.step", "RunStepObject",
          "thread.run.step.delta", "RunStepDeltaObject",
          "thread.message", "MessageObject",
          "thread.message.delta", "MessageDeltaObject",
          "error", "Error");

  /** One event: its name, its data as text, and the data as JSON (null for {@code done}). */
  public record Event(String name, String data, JsonNode json) {}

  private final HttpResponse<InputStream> response;
  private final BufferedReader reader;

  private Sse(HttpResponse<InputStream> response) {
    this.response = response;
    this.reader =
        new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
  }

  public static Sse open(RawHttp http, String pathAndQuery, String json) {
    HttpRequest request =
        http.request(pathAndQuery)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    try {
      return new Sse(RawHttp.client().send(request, HttpResponse.BodyHandlers.ofInputStream()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<InputStream> response() {
    return response;
  }

  /** The next event, or null at the end of the stream. */
  public Event next() {
    try {
      String name = null;
      StringBuilder data = new StringBuilder();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isEmpty()) {
          if (name != null) {
            return event(name, data.toString());
          }
          continue;
        }
        if (line.startsWith("event: ")) {
          name = line.substring(7);
        } else if (line.startsWith("data: ")) {
          data.append(data.length() == 0 ? "" : "\n").append(line.substring(6));
        }
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every event up to the end of the stream. */
  public List<Event> all() {
    List<Event> events = new ArrayList<>();
    for (Event event = next(); event != null; event = next()) {
      events.add(event);
    }
    return events;
  }

  private static Event event(String name, String data) throws IOException {
    if (name.equals("done")) {
      assertThat(data).isEqualTo("[DONE]");
      return new Event(name, data, null);
    }
    String schema = SCHEMAS.get(name);
    if (schema == null) {
      schema = SCHEMAS.get(name.substring(0, name.lastIndexOf('.')));
    }
    assertThat(schema).as("a known event: " + name).isNotNull();
    assertThat(CONTRACT.validate(data, schema)).as(name + " " + data).isEmpty();
    return new Event(name, data, JSON.readTree(data));
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
