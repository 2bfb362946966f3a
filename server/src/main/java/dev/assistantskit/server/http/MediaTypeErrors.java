package dev.assistantskit.server.http;

import dev.assistantskit.server.errors.ApiException;
import dev.assistantskit.server.errors.Errors;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.glassfish.jersey.server.model.RuntimeResource;

/**
 * Jersey's 415 and 406 say only their status; these name the header that was refused and the media
 * types the operation takes or answers with, read from the matched resource. Both are answered as
 * 400 invalid_request_error: nothing shows Azure answering 415 or 406 (the contract declares
 * neither), and its assistants engine answers a request it cannot use with a 400.
 */
final class MediaTypeErrors {
  private MediaTypeErrors() {}

  static Optional<ApiException> explain(
      Throwable failure, String method, ExtendedUriInfo uri, HttpHeaders headers) {
    if (failure instanceof NotSupportedException) {
      return Optional.of(
          Errors.unsupportedMediaType(
              headers.getHeaderString(HttpHeaders.CONTENT_TYPE),
              types(method, uri, ResourceMethod::getConsumedTypes)));
    }
    if (failure instanceof NotAcceptableException) {
      return Optional.of(
          Errors.notAcceptable(
              headers.getHeaderString(HttpHeaders.ACCEPT),
              types(method, uri, ResourceMethod::getProducedTypes)));
    }
    return Optional.empty();
  }

  private static List<String> types(
      String method, ExtendedUriInfo uri, Function<ResourceMethod, List<MediaType>> declared) {
    // the resource whose path matched: the first, most recently matched, runtime resource
    List<RuntimeResource> matched = uri.getMatchedRuntimeResources();
    if (matched.isEmpty()) {
      return List.of();
    }
    return matched.get(0).getResourceMethods().stream()
        .filter(candidate -> candidate.getHttpMethod().equals(method))
        .flatMap(candidate -> declared.apply(candidate).stream())
        .map(MediaType::toString)
        .distinct()
        .toList();
  }
}
