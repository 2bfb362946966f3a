package dev.assistantskit.server.errors;

import java.util.List;

/** Every error message the emulator sends, written once. */
public final class Errors {
  public static final String INVALID_REQUEST = "invalid_request_error";
  public static final String SERVER_ERROR = "server_error";

  private Errors() {}

  /** The gateway's answer to a path it does not route, including a missing api-version. */
  public static ApiException resourceNotFound() {
    return ApiException.gateway(404, "404", "Resource not found");
  }

  public static ApiException unsupportedApiVersion() {
    return ApiException.gateway(400, "BadRequest", "API version not supported");
  }

  public static ApiException unauthorized() {
    return ApiException.gateway(
        401,
        "401",
        "Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide"
            + " a valid key for an active subscription and use a correct regional API endpoint for"
            + " your resource.");
  }

  public static ApiException methodNotAllowed() {
    return ApiException.gateway(405, "405", "Method not allowed");
  }

  /** A body in a media type the operation does not take; {@code sent} may be null. */
  public static ApiException unsupportedMediaType(String sent, List<String> accepted) {
    return invalid(
        null,
        (sent == null
                ? "The Content-Type header is missing"
                : "Unsupported Content-Type '" + sent + "'")
            + ": this operation takes "
            + String.join(" or ", accepted)
            + ".",
        "unsupported_media_type");
  }

  /** An Accept header that allows none of the media types the operation answers with. */
  public static ApiException notAcceptable(String accept, List<String> produced) {
    return invalid(
        null,
        "The Accept header '"
            + accept
            + "' allows none of the media types this operation answers with: "
            + String.join(", ", produced)
            + ".",
        "not_acceptable");
  }

  /** "No assistant found with id 'asst_x'." — the same sentence for every kind of object. */
  public static ApiException notFound(String kind, String id) {
    return ApiException.openAi(
        404, "No " + kind + " found with id '" + id + "'.", INVALID_REQUEST, null, null);
  }

  /** Azure's answer when ids in a request name files that do not exist. */
  public static ApiException filesNotFound(String param, List<String> ids) {
    return ApiException.openAi(
        404, "Files " + ids + " were not found.", INVALID_REQUEST, param, null);
  }

  public static ApiException unknownCursor(String param, String id) {
    return invalid(
        param,
        "Invalid '" + param + "': no object with id '" + id + "' in this list.",
        "invalid_value");
  }

  public static ApiException invalid(String param, String message, String code) {
    return ApiException.openAi(400, message, INVALID_REQUEST, param, code);
  }

  public static ApiException missingParameter(String param) {
    return invalid(
        param, "Missing required parameter: '" + param + "'.", "missing_required_parameter");
  }

  public static ApiException unknownParameter(String param) {
    return invalid(param, "Unknown parameter: '" + param + "'.", "unknown_parameter");
  }

  public static ApiException invalidType(String param, String expected, String actual) {
    return invalid(
        param,
        "Invalid type for '"
            + param
            + "': expected "
            + expected
            + ", but got "
            + actual
            + " instead.",
        "invalid_type");
  }

  public static ApiException invalidValue(String param, String message) {
    return invalid(param, message, "invalid_value");
  }

  public static ApiException malformedJson(String detail) {
    return invalid(
        null,
        "We could not parse the JSON body of your request. (HINT: This likely means you aren't"
            + " using your HTTP library correctly. The OpenAI API expects a JSON payload, but what"
            + " was sent was not valid JSON. "
            + detail
            + ")",
        null);
  }

  public static ApiException malformedMultipart(String detail) {
    return invalid(null, "Could not parse the multipart/form-data body: " + detail, null);
  }

  /** A form field sent more than once, where the operation takes one. */
  public static ApiException duplicatePart(String name) {
    return invalid(name, "The form has more than one '" + name + "' part: send it once.", null);
  }

  public static ApiException truncatedBody() {
    return invalid(
        null,
        "The request body ended before the length its headers declared: the connection was"
            + " closed while it was being sent.",
        null);
  }

  public static ApiException payloadTooLarge(long limit) {
    return ApiException.openAi(
        413,
        "The file is too large: the maximum upload size is " + limit + " bytes.",
        INVALID_REQUEST,
        "file",
        "file_too_large");
  }

  /** Azure's throttling answer, with the seconds to wait. */
  public static ApiException rateLimited(String apiVersion, int retryAfterSeconds) {
    return ApiException.gateway(
            429,
            "429",
            "Requests to the Assistants Operation under Azure OpenAI API version "
                + apiVersion
                + " have exceeded call rate limit of your current AIServices S0 pricing tier."
                + " Please retry after "
                + retryAfterSeconds
                + " seconds.")
        .withHeader("Retry-After", String.valueOf(retryAfterSeconds));
  }

  public static ApiException unavailable(int status) {
    return ApiException.gateway(
        status, String.valueOf(status), "The service is temporarily unavailable. Please retry.");
  }

  public static ApiException internal() {
    return ApiException.openAi(
        500,
        "The server had an error processing your request. Sorry about that! You can retry your"
            + " request.",
        SERVER_ERROR,
        null,
        null);
  }
}
