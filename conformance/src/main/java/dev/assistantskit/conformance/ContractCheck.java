package dev.assistantskit.conformance;

import dev.assistantskit.spec.ContractValidator;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Checks every answer the suite receives against the contract: a violation is an {@link
 * AssertionError} naming the method, the path, the status and each offending field, so the scenario
 * that received it fails.
 */
public final class ContractCheck {
  private static ContractValidator validator;
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
  }

  /**
   * Checks an answer and remembers it as this thread's last exchange.
   *
   * @param basePath the path of the target's {@code /openai} base (a gateway may prefix it)
   * @throws AssertionError if the contract does not allow the answer
   */
  public static void verify(Exchange exchange, String basePath) {
    LAST.set(exchange);
    String rawPath = exchange.uri().getRawPath();
    String path =
        rawPath.startsWith(basePath) ? "/openai" + rawPath.substring(basePath.length()) : rawPath;
    // Binary content is only checked for presence; JSON is read as UTF-8, as Azure sends it.
    String body =
        exchange.body().length == 0
            ? null
            : exchange.isJson()
                ? exchange.text()
                : new String(exchange.body(), StandardCharsets.ISO_8859_1);
    List<String> problems;
    synchronized (ContractCheck.class) {
      problems =
          validator()
              .validateResponse(
                  exchange.method(), path, exchange.status(), exchange.contentType(), body);
    }
    if (!problems.isEmpty()) {
      throw new AssertionError(
          exchange.method()
              + " "
              + path
              + " answered "
              + exchange.status()
              + " with a body the contract does not allow:\n  "
              + String.join("\n  ", problems)
              + "\nbody: "
              + abbreviate(body));
    }
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

  private static ContractValidator validator() {
    if (validator == null) {
      validator = new ContractValidator();
    }
    return validator;
  }

  static String abbreviate(String text) {
    if (text == null) {
      return "(none)";
    }
    return text.length() <= 2000
        ? text
        : text.substring(0, 2000) + "… (" + text.length() + " chars)";
  }
}
