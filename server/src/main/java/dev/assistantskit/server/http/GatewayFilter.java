package dev.assistantskit.server.http;

import dev.assistantskit.server.errors.Errors;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.util.Set;

/**
 * What Azure's gateway checks before the assistants engine sees a request: the {@code api-version}
 * (missing → 404, unknown → 400) and then the key.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class GatewayFilter implements ContainerRequestFilter {
  static final String API_VERSION = "api-version";

  private final Set<String> apiVersions;
  private final ApiKeys keys;

  public GatewayFilter(Set<String> apiVersions, ApiKeys keys) {
    this.apiVersions = Set.copyOf(apiVersions);
    this.keys = keys;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String version = request.getUriInfo().getQueryParameters().getFirst(API_VERSION);
    if (version == null) {
      throw Errors.resourceNotFound();
    }
    if (!apiVersions.contains(version)) {
      throw Errors.unsupportedApiVersion();
    }
    keys.authenticate(request);
  }
}
