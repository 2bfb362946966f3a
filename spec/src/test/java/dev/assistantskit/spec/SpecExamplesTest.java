package dev.assistantskit.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every example in the contract must be an instance of the schema it illustrates. */
class SpecExamplesTest {
  private static final int AT_LEAST = 15;

  private record Sample(String where, Object value, Schema<?> schema) {}

  @TestFactory
  List<DynamicTest> everyExampleValidatesAgainstItsSchema() {
    ContractValidator validator = new ContractValidator();
    OpenAPI api = validator.openApi();
    List<Sample> samples = samples(api);
    assertThat(samples).as("examples found in the contract").hasSizeGreaterThanOrEqualTo(AT_LEAST);
    return samples.stream()
        .map(
            sample -> DynamicTest.dynamicTest(sample.where(), () -> assertValid(validator, sample)))
        .toList();
  }

  private static void assertValid(ContractValidator validator, Sample sample)
      throws JsonProcessingException {
    String json = Json.mapper().writeValueAsString(sample.value());
    List<String> problems = validator.validate(json, sample.schema());
    assertThat(problems).as(sample.where() + " is not valid").isEmpty();
  }

  private static List<Sample> samples(OpenAPI api) {
    List<Sample> samples = new ArrayList<>();
    api.getComponents()
        .getSchemas()
        .forEach(
            (name, schema) -> {
              if (schema.getExample() != null) {
                samples.add(new Sample("schema " + name, schema.getExample(), schema));
              }
            });
    for (Contract.Op op : Contract.operations(api)) {
      String where = op.method() + " " + op.path();
      if (op.operation().getRequestBody() != null) {
        collect(api, where + " request", op.operation().getRequestBody().getContent(), samples);
      }
      // the validator's copy has its shared responses ($ref) replaced by what they refer to
      op.operation()
          .getResponses()
          .forEach(
              (status, response) ->
                  collect(api, where + " " + status, response.getContent(), samples));
    }
    return samples;
  }

  private static Example resolve(OpenAPI api, Example example) {
    if (example.get$ref() == null) {
      return example;
    }
    String name = example.get$ref().substring(example.get$ref().lastIndexOf('/') + 1);
    return api.getComponents().getExamples().get(name);
  }

  private static void collect(OpenAPI api, String where, Content content, List<Sample> samples) {
    if (content == null) {
      return;
    }
    for (Map.Entry<String, MediaType> entry : content.entrySet()) {
      if (!entry.getKey().equals("application/json")) {
        continue;
      }
      MediaType media = entry.getValue();
      if (media.getExample() != null) {
        samples.add(new Sample(where + " example", media.getExample(), media.getSchema()));
      }
      if (media.getExamples() != null) {
        for (Map.Entry<String, Example> example : media.getExamples().entrySet()) {
          samples.add(
              new Sample(
                  where + " example '" + example.getKey() + "'",
                  resolve(api, example.getValue()).getValue(),
                  media.getSchema()));
        }
      }
    }
  }
}
