package dev.assistantskit.server.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;

/** Requires the key, and nothing else (the control plane has no api-version). */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class KeyFilter implements ContainerRequestFilter {
  private final ApiKeys keys;

  public KeyFilter(ApiKeys keys) {
    this.keys = keys;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    keys.authenticate(request);
  }
}
