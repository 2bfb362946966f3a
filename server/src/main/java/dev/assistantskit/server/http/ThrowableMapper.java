package dev.assistantskit.server.http;

import dev.assistantskit.server.errors.ApiException;
import dev.assistantskit.server.errors.ErrorTranslator;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place where failures become responses. */
public final class ThrowableMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = LoggerFactory.getLogger(ThrowableMapper.class);

  @Override
  public Response toResponse(Throwable failure) {
    ApiException error = ErrorTranslator.translate(failure);
    if (error.status() >= 500 && error.status() != 501) {
      LOG.error("Request failed", failure);
    }
    return ErrorResponses.render(error);
  }
}
