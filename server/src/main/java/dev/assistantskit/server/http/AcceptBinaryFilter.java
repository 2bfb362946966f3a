package dev.assistantskit.server.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * openai-node asks for file content with {@code Accept: application/binary}, a media type no
 * operation declares; Azure answered it anyway, so it is widened to any type before matching.
 */
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public final class AcceptBinaryFilter implements ContainerRequestFilter {
  @Override
  public void filter(ContainerRequestContext request) {
    String accept = request.getHeaderString(HttpHeaders.ACCEPT);
    if (accept != null && accept.contains("application/binary")) {
      request.getHeaders().putSingle(HttpHeaders.ACCEPT, "*/*");
    }
  }
}
