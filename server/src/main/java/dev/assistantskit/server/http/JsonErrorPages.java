package dev.assistantskit.server.http;

import dev.assistantskit.server.errors.ApiException;
import dev.assistantskit.server.errors.Errors;
import java.nio.charset.StandardCharsets;
import org.glassfish.grizzly.http.server.ErrorPageGenerator;
import org.glassfish.grizzly.http.server.Request;

/**
 * What Grizzly answers itself, outside any Jersey application — a path under neither {@code
 * /openai} nor {@code /_emulator}, a handler that failed before Jersey could map the failure — in
 * Azure's JSON instead of Grizzly's HTML page.
 */
public final class JsonErrorPages implements ErrorPageGenerator {
  @Override
  public String generate(
      Request request, int status, String reasonPhrase, String description, Throwable exception) {
    // Grizzly labels the page text/html only when no type was set, and writes it with the charset
    // of the type, ISO-8859-1 unless told otherwise.
    request.getResponse().setContentType("application/json;charset=UTF-8");
    return new String(ErrorResponses.json(error(status, description)), StandardCharsets.UTF_8);
  }

  private static ApiException error(int status, String description) {
    if (status == 404) {
      return Errors.resourceNotFound();
    }
    if (status >= 500) {
      return Errors.internal().withStatus(status);
    }
    return Errors.invalid(null, description, null).withStatus(status);
  }
}
