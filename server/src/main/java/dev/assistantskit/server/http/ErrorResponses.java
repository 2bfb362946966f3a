package dev.assistantskit.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assistantskit.server.errors.ApiException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** Renders an {@link ApiException} as Azure's {@code {"error": {...}}} JSON body. */
public final class ErrorResponses {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ErrorResponses() {}

  public static Response render(ApiException error) {
    Response.ResponseBuilder response =
        Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(body(error));
    error.headers().forEach(response::header);
    return response.build();
  }

  /** The body alone, for answers Grizzly sends before (or without) Jersey. */
  static byte[] json(ApiException error) {
    try {
      return JSON.writeValueAsBytes(body(error));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an error body is always serialisable", e);
    }
  }

  private static Map<String, Object> body(ApiException error) {
    return Map.of("error", error.error());
  }
}
