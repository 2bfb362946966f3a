package dev.assistantskit.server.http;

import dev.assistantskit.server.errors.ApiException;
import dev.assistantskit.server.errors.ErrorTranslator;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place where failures become responses. */
public final class ThrowableMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = LoggerFactory.getLogger(ThrowableMapper.class);

  @Context private Request request;
  @Context private ExtendedUriInfo uri;
  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(Throwable failure) {
    ApiException error =
        MediaTypeErrors.explain(failure, request.getMethod(), uri, headers)
            .orElseGet(() -> ErrorTranslator.translate(failure));
    if (error.status() >= 500) {
      LOG.error("Request failed", failure);
    }
    return ErrorResponses.render(error);
  }
}
