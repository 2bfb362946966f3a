package dev.assistantskit.server.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.assistantskit.server.store.UnknownCursorException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import java.io.EOFException;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glassfish.jersey.server.ParamException;
import org.jvnet.mimepull.MIMEParsingException;

/**
 * Turns whatever went wrong while handling a request into the error Azure would have answered.
 * Anything not recognised becomes a 500 {@code server_error}: never a bare stack trace.
 */
public final class ErrorTranslator {
  private static final Pattern MISSING_CREATOR_PROPERTY =
      Pattern.compile("Missing required creator property '([^']+)'");
  private static final Pattern UNEXPECTED_VALUE = Pattern.compile("Unexpected value '(.*)'");

  private ErrorTranslator() {}

  public static ApiException translate(Throwable failure) {
    Throwable cause = unwrap(failure);
    if (cause instanceof ApiException api) {
      return api;
    }
    if (cause instanceof EOFException) {
      // Grizzly's input ran dry: the client hung up before sending the body its headers declared
      return Errors.truncatedBody();
    }
    if (cause instanceof UnknownCursorException cursor) {
      return Errors.unknownCursor(cursor.param(), cursor.id());
    }
    if (cause instanceof ConstraintViolationException violations) {
      return violations.getConstraintViolations().stream()
          .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
          .map(ErrorTranslator::violation)
          .orElseGet(() -> Errors.invalid(null, "The request is invalid.", null));
    }
    if (cause instanceof JsonProcessingException json) {
      return json(json);
    }
    if (cause instanceof ParamException param) {
      String name = param.getParameterName();
      // limit is the only integer query parameter; the others are enums (purpose, filter, order)
      return "limit".equals(name)
          ? Errors.invalidType(name, "an integer", "a string")
          : Errors.invalidValue(name, "Invalid value for query parameter '" + name + "'.");
    }
    if (cause instanceof NotFoundException) {
      return Errors.resourceNotFound();
    }
    if (cause instanceof NotAllowedException) {
      return Errors.methodNotAllowed();
    }
    if (cause instanceof BadRequestException && cause.getCause() instanceof MIMEParsingException) {
      return Errors.malformedMultipart(cause.getCause().getMessage());
    }
    if (cause instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
      return Errors.invalid(null, web.getMessage(), null).withStatus(web.getResponse().getStatus());
    }
    return Errors.internal();
  }

  /** Jersey and Jackson wrap the interesting exception; dig it out. */
  private static Throwable unwrap(Throwable failure) {
    Throwable current = failure;
    for (int depth = 0; depth < 8 && current.getCause() != null; depth++) {
      if (current instanceof ApiException
          || current instanceof JsonProcessingException
          || current instanceof ConstraintViolationException
          || current instanceof WebApplicationException) {
        break;
      }
      current = current.getCause();
    }
    if (current instanceof ValueInstantiationException instantiation
        && instantiation.getCause() instanceof ApiException api) {
      return api;
    }
    return current;
  }

  private static ApiException json(JsonProcessingException failure) {
    if (!(failure instanceof JsonMappingException mapping)) {
      return Errors.malformedJson(failure.getOriginalMessage());
    }
    if (mapping.getCause() instanceof StreamReadException syntax) {
      return Errors.malformedJson(syntax.getOriginalMessage());
    }
    String param = JsonPaths.of(mapping.getPath());
    if (failure instanceof PropertyBindingException) {
      return Errors.unknownParameter(param);
    }
    if (failure instanceof InvalidTypeIdException typeId) {
      String field = JsonPaths.child(param, "type");
      return typeId.getTypeId() == null
          ? Errors.missingParameter(field)
          : Errors.invalidValue(
              field,
              "Invalid value: '"
                  + typeId.getTypeId()
                  + "'. Supported values are: "
                  + JsonPaths.subtypeNames(typeId.getBaseType())
                  + ".");
    }
    if (failure instanceof InvalidFormatException format) {
      return invalidFormat(param, format);
    }
    if (failure instanceof ValueInstantiationException instantiation) {
      Class<?> target =
          instantiation.getType() == null ? null : instantiation.getType().getRawClass();
      String reason = rootMessage(instantiation);
      Matcher rejected = UNEXPECTED_VALUE.matcher(reason == null ? "" : reason);
      if (target != null && target.isEnum() && rejected.find()) {
        return Errors.invalidValue(
            param,
            "Invalid value: '"
                + rejected.group(1)
                + "'. Supported values are: "
                + JsonPaths.enumValues(target)
                + ".");
      }
      return Errors.invalidValue(param, "Invalid value for '" + param + "': " + reason);
    }
    if (failure instanceof MismatchedInputException mismatch) {
      String message = mapping.getOriginalMessage();
      Matcher missing = MISSING_CREATOR_PROPERTY.matcher(message);
      if (missing.find()) {
        return Errors.missingParameter(param);
      }
      if (param == null) {
        return Errors.invalid(null, "The request body must be a JSON object.", null);
      }
      return Errors.invalidType(
          param, JsonPaths.describe(mismatch.getTargetType()), JsonPaths.describeToken(message));
    }
    return Errors.invalid(param, "Invalid request body: " + mapping.getOriginalMessage(), null);
  }

  private static ApiException invalidFormat(String param, InvalidFormatException format) {
    Class<?> target = format.getTargetType();
    Object value = format.getValue();
    if (target != null && target.isEnum()) {
      return Errors.invalidValue(
          param,
          "Invalid value: '"
              + value
              + "'. Supported values are: "
              + JsonPaths.enumValues(target)
              + ".");
    }
    if (value instanceof String && target != null && !JsonPaths.isScalar(target)) {
      return Errors.invalidValue(
          param, "Invalid value: '" + value + "'. " + format.getOriginalMessage());
    }
    return Errors.invalidType(param, JsonPaths.describe(target), JsonPaths.describeValue(value));
  }

  private static String rootMessage(Throwable failure) {
    Throwable current = failure;
    while (current.getCause() != null) {
      current = current.getCause();
    }
    return current.getMessage();
  }

  private static ApiException violation(ConstraintViolation<?> violation) {
    return ConstraintMessages.toError(JsonPaths.of(violation.getPropertyPath()), violation);
  }
}
