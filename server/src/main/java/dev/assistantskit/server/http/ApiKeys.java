package dev.assistantskit.server.http;

import dev.assistantskit.server.errors.Errors;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * The keys a caller may present, as {@code api-key: <key>} or {@code Authorization: Bearer <key>}.
 * Keys are compared in constant time so response timing does not reveal a key's prefix.
 */
public final class ApiKeys {
  private static final String BEARER = "Bearer ";
  private final List<byte[]> keys;

  public ApiKeys(List<String> keys) {
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("at least one api key is required");
    }
    this.keys = keys.stream().map(key -> key.getBytes(StandardCharsets.UTF_8)).toList();
  }

  public void authenticate(ContainerRequestContext request) {
    if (!accepts(presented(request))) {
      throw Errors.unauthorized();
    }
  }

  boolean accepts(String candidate) {
    if (candidate == null) {
      return false;
    }
    byte[] presented = candidate.getBytes(StandardCharsets.UTF_8);
    boolean accepted = false;
    for (byte[] key : keys) {
      accepted |= MessageDigest.isEqual(key, presented);
    }
    return accepted;
  }

  private static String presented(ContainerRequestContext request) {
    String apiKey = request.getHeaderString("api-key");
    if (apiKey != null) {
      return apiKey;
    }
    String authorization = request.getHeaderString("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return authorization.substring(BEARER.length()).trim();
    }
    return null;
  }
}
