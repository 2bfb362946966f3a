package dev.assistantskit.server.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.assistantskit.server.generated.model.TruncationObject;

/**
 * The JSON policy of the wire.
 *
 * <ul>
 *   <li>Reading is strict, as Azure is: unknown fields, duplicate keys, trailing garbage and type
 *       coercions (a number where a string is due, {@code "1"} for an integer) are errors.
 *   <li>Writing omits an optional field that is null, and writes a required field as {@code null}
 *       when it has no value — the spec's "required and nullable" (toolchain-notes pitfall 4).
 *   <li>A few optional fields are written as {@code null} all the same, because Azure writes them
 *       so ({@link TruncationWire}); an explicit {@code @JsonInclude} on a mix-in says which.
 * </ul>
 */
public final class WireJson {
  private WireJson() {}

  public static ObjectMapper newMapper() {
    ObjectMapper mapper =
        JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .annotationIntrospector(new RequiredFieldsKeepNulls())
            .addMixIn(TruncationObject.class, TruncationWire.class)
            .build();
    mapper
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    return mapper;
  }

  /**
   * {@code truncation_strategy.last_messages} is optional in the contract, but Azure writes it
   * always — {@code "last_messages": null} with {@code "type": "auto"} — and clients read it so.
   */
  private abstract static class TruncationWire {
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonProperty("last_messages")
    abstract Integer getLastMessages();
  }

  private static final class RequiredFieldsKeepNulls extends JacksonAnnotationIntrospector {
    @Override
    public JsonInclude.Value findPropertyInclusion(Annotated annotated) {
      JsonInclude.Value inclusion = super.findPropertyInclusion(annotated);
      if (annotated instanceof AnnotatedClass
          || inclusion.getValueInclusion() != JsonInclude.Include.USE_DEFAULTS) {
        return inclusion;
      }
      JsonProperty property = _findAnnotation(annotated, JsonProperty.class);
      return inclusion.withValueInclusion(
          property != null && property.required()
              ? JsonInclude.Include.ALWAYS
              : JsonInclude.Include.NON_NULL);
    }
  }
}
