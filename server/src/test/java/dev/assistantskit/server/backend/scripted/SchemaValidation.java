package dev.assistantskit.server.backend.scripted;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.fge.jsonschema.core.exceptions.ProcessingException;
import com.github.fge.jsonschema.core.report.ProcessingReport;
import com.github.fge.jsonschema.main.JsonSchemaFactory;
import java.io.UncheckedIOException;

/** Checks instances against JSON Schemas with a real validator (fge, draft-04 semantics). */
final class SchemaValidation {

  static final ObjectMapper JSON = new ObjectMapper();

  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.byDefault();

  private SchemaValidation() {}

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void assertValid(JsonNode schema, JsonNode instance) {
    ProcessingReport report = validate(schema, instance);
    assertThat(report.isSuccess())
        .as("%s should be valid against %s but: %s", instance, schema, report)
        .isTrue();
  }

  static void assertInvalid(JsonNode schema, JsonNode instance) {
    assertThat(validate(schema, instance).isSuccess())
        .as("%s should be invalid against %s", instance, schema)
        .isFalse();
  }

  private static ProcessingReport validate(JsonNode schema, JsonNode instance) {
    try {
      return FACTORY.getJsonSchema(schema).validate(instance, true);
    } catch (ProcessingException e) {
      throw new AssertionError("validator could not process " + schema, e);
    }
  }
}
