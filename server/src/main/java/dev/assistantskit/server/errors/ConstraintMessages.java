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
    if (value instanceof Map<?, ?> entries) {
      return properties(param, name, size, entries.size());
    }
    int actual;
    String kind;
    String article;
    if (value instanceof CharSequence text) {
      // in characters, as the contract's maxLength and the validator (SizeInCodePoints) count
      actual = Character.codePointCount(text, 0, text.length());
      kind = "string";
      article = "a";
    } else if (value instanceof Collection<?> items) {
      actual = items.size();
      kind = "array";
      article = "an";
    } else {
      return Errors.invalidValue(param, "Invalid '" + name + "': size is out of range.");
    }
    boolean tooLong = actual > size.max();
    String limit = tooLong ? "maximum length " + size.max() : "minimum length " + size.min();
    String what =
        tooLong ? kind + " too long" : (actual == 0 ? "empty " + kind : kind + " too short");
    String got = actual == 0 ? "an empty " + kind : article + " " + kind + " with length " + actual;
    return Errors.invalid(
        param,
        "Invalid '"
            + name
            + "': "
            + what
            + ". Expected "
            + article
            + " "
            + kind
            + " with "
            + limit
            + ", but got "
            + got
            + " instead.",
        kind + (tooLong ? "_above_max_length" : "_below_min_length"));
  }

  /** Maps are objects on the wire, whose size is a number of properties. */
  private static ApiException properties(
      String param, String name, jakarta.validation.constraints.Size size, int actual) {
    boolean tooMany = actual > size.max();
    int bound = tooMany ? size.max() : size.min();
    return Errors.invalid(
        param,
        "Invalid '"
            + name
            + "': too "
            + (tooMany ? "many" : "few")
            + " properties. Expected an"
            + " object with at "
            + (tooMany ? "most " : "least ")
            + bound
            + " properties, but got"
            + " an object with "
            + actual
            + " properties instead.",
        tooMany ? "object_above_max_properties" : "object_below_min_properties");
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
