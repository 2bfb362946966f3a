package dev.assistantskit.server.errors;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import dev.assistantskit.server.json.ModeOrObject;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Names request fields the way the wire does: {@code tools[0].function.name}. */
final class JsonPaths {
  private static final Pattern TOKEN = Pattern.compile("from (\\w+(?:-point)?) value");

  private JsonPaths() {}

  /** The path of a Jackson failure, or null when it is the body itself. */
  static String of(List<Reference> references) {
    StringBuilder path = new StringBuilder();
    for (Reference reference : references) {
      if (reference.getFieldName() != null) {
        appendField(path, reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.length() == 0 ? null : path.toString();
  }

  /**
   * The path of a bean-validation failure. Generated models use camelCase Java names for the spec's
   * snake_case fields, so names are translated back; method and body-parameter nodes are dropped, a
   * violated query parameter keeps its own name.
   */
  static String of(Path propertyPath) {
    StringBuilder path = new StringBuilder();
    String lastParameter = null;
    for (Path.Node node : propertyPath) {
      if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.RETURN_VALUE) {
        continue;
      }
      if (node.getKind() == ElementKind.PARAMETER) {
        lastParameter = node.getName();
        continue;
      }
      if (node.isInIterable()) {
        Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
        if (position != null) {
          path.append('[').append(position).append(']');
        }
      }
      if (node.getKind() == ElementKind.PROPERTY) {
        appendField(path, snakeCase(node.getName()));
      }
    }
    if (path.length() == 0) {
      return lastParameter == null ? null : snakeCase(lastParameter);
    }
    return path.toString();
  }

  static String child(String parent, String field) {
    return parent == null ? field : parent + "." + field;
  }

  static String snakeCase(String javaName) {
    StringBuilder out = new StringBuilder(javaName.length() + 4);
    for (char c : javaName.toCharArray()) {
      if (Character.isUpperCase(c)) {
        out.append('_').append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.charAt(0) == '_' ? out.substring(1) : out.toString();
  }

  static String describe(Class<?> type) {
    if (type == null) {
      return "a value of another type";
    }
    if (CharSequence.class.isAssignableFrom(type) || type.isEnum()) {
      return "a string";
    }
    if (ModeOrObject.class.isAssignableFrom(type)) {
      return "a string or an object";
    }
    if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
      return "an integer";
    }
    if (Number.class.isAssignableFrom(type) || type == double.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "a boolean";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    return "an object";
  }

  static String describeValue(Object value) {
    if (value instanceof Integer
        || value instanceof Long
        || value instanceof java.math.BigInteger) {
      return "an integer";
    }
    if (value instanceof Number) {
      return "a number";
    }
    if (value instanceof Boolean) {
      return "a boolean";
    }
    if (value instanceof CharSequence) {
      return "a string";
    }
    return "a value of another type";
  }

  /** Reads the JSON token kind out of Jackson's "Cannot deserialize ... from X value" message. */
  static String describeToken(String jacksonMessage) {
    Matcher token = TOKEN.matcher(jacksonMessage == null ? "" : jacksonMessage);
    if (!token.find()) {
      return "a value of another type";
    }
    return switch (token.group(1)) {
      case "Object" -> "an object";
      case "Array" -> "an array";
      case "String" -> "a string";
      case "Integer" -> "an integer";
      case "Floating-point" -> "a number";
      case "Boolean" -> "a boolean";
      case "Null" -> "null";
      default -> "a value of another type";
    };
  }

  static boolean isScalar(Class<?> type) {
    return type.isPrimitive()
        || Number.class.isAssignableFrom(type)
        || type == Boolean.class
        || CharSequence.class.isAssignableFrom(type);
  }

  /** The discriminator values of a polymorphic wire type, from its Jackson annotations. */
  static String subtypeNames(JavaType baseType) {
    JsonSubTypes subTypes =
        baseType == null ? null : baseType.getRawClass().getAnnotation(JsonSubTypes.class);
    if (subTypes == null) {
      return "see the spec";
    }
    return Arrays.stream(subTypes.value())
        .map(type -> "'" + type.name() + "'")
        .collect(Collectors.joining(", "));
  }

  static String enumValues(Class<?> enumType) {
    return Arrays.stream(enumType.getEnumConstants())
        .map(constant -> "'" + constant + "'")
        .collect(Collectors.joining(", "));
  }

  private static void appendField(StringBuilder path, String field) {
    if (path.length() > 0) {
      path.append('.');
    }
    path.append(field);
  }
}
