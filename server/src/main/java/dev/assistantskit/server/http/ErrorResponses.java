package dev.assistantskit.server.http;

import dev.assistantskit.server.errors.ApiException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** Renders an {@link ApiException} as Azure's {@code {"error": {...}}} JSON body. */
public final class ErrorResponses {
  private ErrorResponses() {}

  public static Response render(ApiException error) {
    Response.ResponseBuilder response =
        Response.status(error.status())
            .type(MediaType.APPLICATION_JSON_TYPE)
            .entity(Map.of("error", error.error()));
    error.headers().forEach(response::header);
    return response.build();
  }
}
