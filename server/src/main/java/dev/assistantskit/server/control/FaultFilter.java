package dev.assistantskit.server.control;

import dev.assistantskit.server.errors.ApiException;
import dev.assistantskit.server.errors.Errors;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;

/** Applies injected faults to API requests: added latency, then perhaps an error instead. */
@PreMatching
@Priority(Priorities.AUTHENTICATION + 100)
public final class FaultFilter implements ContainerRequestFilter {
  /** The request property that tells a streamed run to break its stream after that many events. */
  public static final String STREAM_ERROR_AFTER = "assistants-kit.stream-error-after";

  private final Faults faults;
  private final String apiVersion;

  public FaultFilter(Faults faults, String apiVersion) {
    this.faults = faults;
    this.apiVersion = apiVersion;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String path = "/" + request.getUriInfo().getPath();
    faults
        .match(request.getMethod(), path)
        .ifPresent(
            rule -> {
              FaultDefinition fault = rule.definition();
              if (fault.latencyMs() != null && fault.latencyMs() > 0) {
                pause(fault.latencyMs());
              }
              if (fault.streamErrorAfter() != null) {
                request.setProperty(STREAM_ERROR_AFTER, fault.streamErrorAfter());
              }
              if (fault.status() != null) {
                throw error(fault);
              }
            });
  }

  private ApiException error(FaultDefinition fault) {
    int retryAfter = fault.retryAfter() == null ? 1 : fault.retryAfter();
    return switch (fault.status()) {
      case 429 -> Errors.rateLimited(apiVersion, retryAfter);
      case 500 -> Errors.internal();
      default -> Errors.unavailable(fault.status());
    };
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
