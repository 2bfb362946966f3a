package dev.assistantskit.server.errors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.Map;

/** OpenAI-worded messages for the constraints the generator puts on the wire models. */
final class ConstraintMessages {
  private ConstraintMessages() {}

  static ApiException toError(String param, ConstraintViolation<?> violation) {
    Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
    Object value = violation.getInvalidValue();
    String name = param == null ? "body" : param;
    if (constraint instanceof jakarta.validation.constraints.NotNull) {
      return isParameter(violation)
          ? Errors.invalid(null, "The request body is required.", "missing_required_parameter")
          : Errors.missingParameter(param);
    }
    if (constraint instanceof jakarta.validation.constraints.Size size) {
      return size(param, name, size, value);
    }
    if (constraint instanceof jakarta.validation.constraints.Pattern pattern) {
      return Errors.invalidValue(
          param,
          "Invalid '"
              + name
              + "': string does not match pattern. Expected a string that matches the pattern '"
              + pattern.regexp()
              + "'.");
    }
    if (constraint instanceof jakarta.validation.constraints.Min min) {
      return bound(param, name, "below minimum value", ">= " + min.value(), value, "below_min");
    }
    if (constraint instanceof jakarta.validation.constraints.Max max) {
      return bound(param, name, "above maximum value", "<= " + max.value(), value, "above_max");
    }
    if (constraint instanceof jakarta.validation.constraints.DecimalMin min) {
      return bound(param, name, "below minimum value", ">= " + min.value(), value, "below_min");
    }
    if (constraint instanceof jakarta.validation.constraints.DecimalMax max) {
      return bound(param, name, "above maximum value", "<= " + max.value(), value, "above_max");
    }
    return Errors.invalidValue(param, "Invalid '" + name + "': " + violation.getMessage() + ".");
  }

  /** True when the violated value is a method parameter itself (the body), not a field in it. */
  private static boolean isParameter(ConstraintViolation<?> violation) {
    ElementKind last = null;
    for (Path.Node node : violation.getPropertyPath()) {
      last = node.getKind();
    }
    return last == ElementKind.PARAMETER;
  }

  private static ApiException size(
      String param, String name, jakarta.validation.constraints.Size size, Object value) {
    int actual;
    String kind;
    String code;
    if (value instanceof CharSequence text) {
      actual = text.length();
      kind = "string";
      code = "string";
    } else if (value instanceof Collection<?> items) {
      actual = items.size();
      kind = "array";
      code = "array";
    } else if (value instanceof Map<?, ?> entries) {
      actual = entries.size();
      kind = "object";
      code = "object";
    } else {
      return Errors.invalidValue(param, "Invalid '" + name + "': size is out of range.");
    }
    boolean tooLong = actual > size.max();
    String limit = tooLong ? "maximum length " + size.max() : "minimum length " + size.min();
    String what =
        tooLong ? kind + " too long" : (actual == 0 ? "empty " + kind : kind + " too short");
    return Errors.invalid(
        param,
        "Invalid '"
            + name
            + "': "
            + what
            + ". Expected "
            + (kind.equals("array") ? "an " : "a ")
            + kind
            + " with "
            + limit
            + ", but got "
            + (actual == 0 ? "an empty " + kind : "a " + kind + " with length " + actual)
            + " instead.",
        code + (tooLong ? "_above_max_length" : "_below_min_length"));
  }

  private static ApiException bound(
      String param, String name, String what, String expected, Object value, String code) {
    String kind = value instanceof Integer || value instanceof Long ? "integer" : "decimal";
    return Errors.invalid(
        param,
        "Invalid '"
            + name
            + "': "
            + kind
            + " "
            + what
            + ". Expected a value "
            + expected
            + ", but got "
            + value
            + " instead.",
        kind + "_" + code + "_value");
  }
}
