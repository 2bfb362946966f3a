package dev.assistantskit.server.json;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A wire value that is either one of a few string modes or an object, such as {@code tool_choice}
 * ({@code "auto"} or {@code {"type":"function",...}}) and {@code response_format}.
 *
 * <p>The generator cannot produce a usable type for such a {@code oneOf}, so the spec's schema is
 * mapped onto subclasses of this one; the object form is still the generated model class.
 */
public abstract class ModeOrObject<T> {
  private final String mode;
  private final T object;

  protected ModeOrObject(String mode, T object) {
    if ((mode == null) == (object == null)) {
      throw new IllegalArgumentException("exactly one of mode and object must be given");
    }
    this.mode = mode;
    this.object = object;
  }

  public Optional<String> mode() {
    return Optional.ofNullable(mode);
  }

  public Optional<T> object() {
    return Optional.ofNullable(object);
  }

  public boolean isMode(String candidate) {
    return candidate.equals(mode);
  }

  @JsonValue
  public Object toJson() {
    return mode != null ? mode : object;
  }

  @Override
  public boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && Objects.equals(mode, ((ModeOrObject<?>) other).mode)
        && Objects.equals(object, ((ModeOrObject<?>) other).object);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mode, object);
  }

  @Override
  public String toString() {
    return String.valueOf(toJson());
  }

  /** Reads a JSON string (one of {@code modes}) or a JSON object (as {@code objectType}). */
  protected abstract static class Reader<U, T> extends StdDeserializer<U> {
    private final Class<T> objectType;
    private final List<String> modes;
    private final Function<String, U> fromMode;
    private final Function<T, U> fromObject;

    protected Reader(
        Class<U> type,
        Class<T> objectType,
        List<String> modes,
        Function<String, U> fromMode,
        Function<T, U> fromObject) {
      super(type);
      this.objectType = objectType;
      this.modes = modes;
      this.fromMode = fromMode;
      this.fromObject = fromObject;
    }

    @Override
    public U deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_STRING) {
        String text = parser.getText();
        if (!modes.contains(text)) {
          throw InvalidFormatException.from(
              parser,
              "Supported values are: '" + String.join("', '", modes) + "' or an object.",
              text,
              handledType());
        }
        return fromMode.apply(text);
      }
      if (token == JsonToken.START_OBJECT) {
        T value = context.readValue(parser, objectType);
        validate(value, context);
        return fromObject.apply(value);
      }
      return context.reportInputMismatch(
          this, "expected one of %s or an object", String.join(", ", modes));
    }

    /** Checks rules of the object form that the schema alone cannot express. */
    protected void validate(T value, DeserializationContext context) throws IOException {}
  }
}
