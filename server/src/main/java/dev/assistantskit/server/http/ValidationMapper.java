package dev.assistantskit.server.http;

import dev.assistantskit.server.errors.ErrorTranslator;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Bean-validation failures: Jersey's own mapper for them would win over {@link ThrowableMapper}
 * (toolchain-notes pitfall 8), so this more specific one takes them back.
 */
public final class ValidationMapper implements ExceptionMapper<ValidationException> {
  @Override
  public Response toResponse(ValidationException failure) {
    return ErrorResponses.render(ErrorTranslator.translate(failure));
  }
}
