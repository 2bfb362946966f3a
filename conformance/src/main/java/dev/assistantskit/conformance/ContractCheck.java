package dev.assistantskit.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assistantskit.spec.Contract;
import dev.assistantskit.spec.ContractValidator;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Checks every answer the suite receives against the contract: a violation is an {@link
 * AssertionError} naming the method, the path, the status and each offending field, so the scenario
 * that received it fails.
 */
public final class ContractCheck {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The union of the events a stream may carry. */
  static final String STREAM_EVENT = "AssistantStreamEvent";

  private static OpenAPI contract;
  private static ContractValidator validator;
  private static Map<String, String> eventSchemas;
  private static final ThreadLocal<Exchange> LAST = new ThreadLocal<>();

  private ContractCheck() {}

  /** One request and its answer, as they were on the wire. */
  public record Exchange(String method, URI uri, int status, String contentType, byte[] body) {
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    public boolean isJson() {
      return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json");
    }

    public boolean isEventStream() {
      return isEventStream(contentType);
    }

    static boolean isEventStream(String contentType) {
      return contentType != null
          && contentType.toLowerCase(Locale.ROOT).startsWith("text/event-stream");
    }
  }

  /**
   * Checks an answer and remembers it as this thread's last exchange.
   *
   * @param basePath the path of the target's {@code /openai} base (a gateway may prefix it)
   * @throws AssertionError if the contract does not allow the answer
   */
  public static void verify(Exchange exchange, String basePath) {
    LAST.set(exchange);
    String path = path(exchange.uri(), basePath);
    if (exchange.isEventStream()) {
      verifyStreamStart(exchange, path);
      AssertionError violation =
          new EventStreamCheck(exchange.method(), path).feed(exchange.body()).violation();
      if (violation != null) {
        throw violation;
      }
      return;
    }
    // Binary content is only checked for presence; JSON is read as UTF-8, as Azure sends it.
    String body =
        exchange.body().length == 0
            ? null
            : exchange.isJson()
                ? exchange.text()
                : new String(exchange.body(), StandardCharsets.ISO_8859_1);
    require(
        validateResponse(exchange, path, body),
        answered(exchange, path) + " with a body the contract does not allow",
        "body: " + abbreviate(body));
  }

  /** The path as the contract names it: below {@code /openai}, whatever prefix the target has. */
  static String path(URI uri, String basePath) {
    String rawPath = uri.getRawPath();
    return rawPath.startsWith(basePath)
        ? "/openai" + rawPath.substring(basePath.length())
        : rawPath;
  }

  /**
   * Checks that the operation may answer an event stream with this status, before any event arrives
   * (each event is checked on its own, {@link #verifyEvent}), and remembers the exchange.
   */
  static void verifyStreamStart(Exchange exchange, String path) {
    LAST.set(exchange);
    // the validator wants a body; the events are checked one by one as they arrive
    require(
        validateResponse(exchange, path, "event: done\ndata: [DONE]\n\n"),
        answered(exchange, path) + " with an event stream the contract does not allow",
        null);
  }

  private static String answered(Exchange exchange, String path) {
    return exchange.method() + " " + path + " answered " + exchange.status();
  }

  private static synchronized List<String> validateResponse(
      Exchange exchange, String path, String body) {
    return validator()
        .validateResponse(exchange.method(), path, exchange.status(), exchange.contentType(), body);
  }

  /**
   * Checks one event of a stream against the member of the contract's {@value #STREAM_EVENT} whose
   * {@code event} names it.
   *
   * @throws AssertionError naming the event and each offending field of its data
   */
  static void verifyEvent(String method, String path, String name, String data) {
    String streamed = method + " " + path + " streamed ";
    String schema = eventSchemas().get(name);
    if (schema == null) {
      throw new AssertionError(
          streamed
              + "an event \""
              + name
              + "\" that the contract does not have (it has "
              + new TreeSet<>(eventSchemas().keySet())
              + ")\ndata: "
              + abbreviate(data));
    }
    String json = "{\"event\":" + quoted(name) + ",\"data\":" + asJson(data) + "}";
    require(
        validate(json, schema),
        streamed + "a \"" + name + "\" event whose data the contract does not allow",
        "data: " + abbreviate(data));
  }

  private static synchronized List<String> validate(String json, String schema) {
    return validator().validate(json, schema);
  }

  /** Fails, saying what was answered and every problem with it, unless there is none. */
  private static void require(List<String> problems, String what, String shown) {
    if (!problems.isEmpty()) {
      throw new AssertionError(
          what + ":\n  " + String.join("\n  ", problems) + (shown == null ? "" : "\n" + shown));
    }
  }

  /**
   * The data as JSON: itself if it parses ({@code done}'s {@code [DONE]} does not), else a string.
   */
  private static String asJson(String data) {
    try {
      JsonNode node = JSON.readTree(data);
      return node == null || node.isMissingNode() ? quoted(data) : data;
    } catch (IOException notJson) {
      return quoted(data);
    }
  }

  private static String quoted(String text) {
    return JSON.getNodeFactory().textNode(text).toString();
  }

  /** Event name → the schema of the member of the event union that names it. */
  private static synchronized Map<String, String> eventSchemas() {
    if (eventSchemas == null) {
      Map<String, String> byName = new HashMap<>();
      Map<String, Schema> schemas = validator().openApi().getComponents().getSchemas();
      List<Schema> members = schemas.get(STREAM_EVENT).getOneOf();
      for (Schema<?> member : members) {
        String ref = member.get$ref().substring(member.get$ref().lastIndexOf('/') + 1);
        Map<String, Schema> properties = schemas.get(ref).getProperties();
        properties.get("event").getEnum().forEach(value -> byName.put(String.valueOf(value), ref));
      }
      eventSchemas = Map.copyOf(byName);
    }
    return eventSchemas;
  }

  /** The last answer this thread received, checked. */
  public static Exchange last() {
    Exchange exchange = LAST.get();
    if (exchange == null) {
      throw new IllegalStateException("no answer has been received yet");
    }
    return exchange;
  }

  /** Forgets the last exchange (a new scenario starts). */
  public static void reset() {
    LAST.remove();
  }

  /**
   * The contract, parsed once per JVM: the checks and {@code conform}'s coverage share it (the
   * validator adapts it, keeping its paths and operations).
   */
  public static synchronized OpenAPI contract() {
    if (contract == null) {
      contract = Contract.openApi();
    }
    return contract;
  }

  private static synchronized ContractValidator validator() {
    if (validator == null) {
      validator = new ContractValidator(contract());
    }
    return validator;
  }

  public static String abbreviate(String text) {
    if (text == null) {
      return "(none)";
    }
    return text.length() <= 2000
        ? text
        : text.substring(0, 2000) + "… (" + text.length() + " chars)";
  }
}
