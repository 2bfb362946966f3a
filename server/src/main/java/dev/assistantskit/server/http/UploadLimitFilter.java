package dev.assistantskit.server.http;

import dev.assistantskit.server.errors.Errors;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;

/**
 * Refuses an upload whose declared length is over the limit before a byte of it is read. (An upload
 * without a length is counted as it is stored, and refused when it passes the limit.)
 */
public final class UploadLimitFilter implements ContainerRequestFilter {
  /** Room for the multipart framing and the purpose field around the file itself. */
  private static final long FRAMING = 64 * 1024;

  private final long maxBytes;

  public UploadLimitFilter(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (!HttpMethod.POST.equals(request.getMethod())
        || !request.getUriInfo().getPath().equals("files")) {
      return;
    }
    if (request.getLength() > maxBytes + FRAMING) {
      throw Errors.payloadTooLarge(maxBytes);
    }
  }
}
