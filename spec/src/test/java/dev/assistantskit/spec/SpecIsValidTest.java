package dev.assistantskit.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SpecIsValidTest {
  private static SwaggerParseResult result;
  private static OpenAPI api;
  private static List<Contract.Op> operations;

  @BeforeAll
  static void parse() {
    result = Contract.parse();
    api = result.getOpenAPI();
    operations = Contract.operations(api);
  }

  @Test
  void parsesWithoutErrorsOrWarnings() {
    assertThat(result.getMessages()).isEmpty();
    assertThat(api.getOpenapi()).isEqualTo("3.0.3");
    assertThat(api.getInfo().getVersion()).isEqualTo("2024-05-01-preview");
  }

  @Test
  void describesAllFortyOneOperationsWithUniqueCamelCaseIds() {
    Set<String> ids = new TreeSet<>();
    operations.forEach(op -> ids.add(op.id()));
    assertThat(operations).hasSize(41);
    assertThat(ids).hasSize(41).allMatch(id -> id.matches("[a-z][A-Za-z]+"));
    assertThat(ids)
        .contains(
            "createAssistant",
            "deleteMessage",
            "submitToolOutputsToRun",
            "listRunSteps",
            "listFilesInVectorStoreBatch",
            "downloadFile");
  }

  @Test
  void everyOperationRequiresTheApiVersion() {
    for (Contract.Op op : operations) {
      List<Parameter> parameters = op.operation().getParameters();
      assertThat(parameters)
          .as(op.id())
          .anySatisfy(
              p -> {
                assertThat(p.getName()).isEqualTo("api-version");
                assertThat(p.getIn()).isEqualTo("query");
                assertThat(p.getRequired()).isTrue();
              });
    }
  }

  @Test
  void everyOperationDeclaresTheAzureErrorResponses() {
    for (Contract.Op op : operations) {
      assertThat(op.operation().getResponses().keySet())
          .as(op.id())
          .contains("200", "400", "401", "404", "429", "default");
      assertThat(op.operation().getTags()).as(op.id()).hasSize(1);
    }
  }

  @Test
  void errorFieldsAreAllOptionalAndNullable() {
    Schema<?> error = api.getComponents().getSchemas().get("Error");
    assertThat(error.getRequired()).isNullOrEmpty();
    Map<String, Schema> properties = error.getProperties();
    for (String field : List.of("code", "message", "param", "type")) {
      assertThat(properties.get(field).getNullable()).as(field).isTrue();
    }
  }

  @Test
  void exactlyTheThreeRunOperationsCanStream() {
    Set<String> streaming = new TreeSet<>();
    for (Contract.Op op : operations) {
      Map<String, Object> extensions = op.operation().getExtensions();
      if (extensions != null && Boolean.TRUE.equals(extensions.get("x-streaming"))) {
        streaming.add(op.id());
        assertThat(op.operation().getResponses().get("200").getContent())
            .as(op.id())
            .containsKeys("application/json", "text/event-stream");
      }
    }
    assertThat(streaming)
        .containsExactly("createRun", "createThreadAndRun", "submitToolOutputsToRun");
  }

  @Test
  void requestBodiesRejectUnknownProperties() {
    Map<String, Schema> schemas = api.getComponents().getSchemas();
    for (Contract.Op op : operations) {
      if (op.operation().getRequestBody() == null) {
        continue;
      }
      op.operation()
          .getRequestBody()
          .getContent()
          .forEach(
              (mediaType, media) -> {
                Schema<?> schema = media.getSchema();
                if (schema.get$ref() != null) {
                  schema =
                      schemas.get(schema.get$ref().substring("#/components/schemas/".length()));
                }
                assertThat(schema.getAdditionalProperties())
                    .as(op.id() + " " + mediaType)
                    .isEqualTo(Boolean.FALSE);
              });
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void correctsAzuresKnownSpecDefects() {
    Map<String, Schema> schemas = api.getComponents().getSchemas();
    Schema<?> step = schemas.get("RunStepObject");
    List<Object> objectValues =
        (List<Object>) ((Schema<?>) step.getProperties().get("object")).getEnum();
    assertThat(objectValues).containsExactly("thread.run.step");
    assertThat(step.getProperties()).containsKey("usage");
    List<Object> statuses = (List<Object>) schemas.get("RunStatus").getEnum();
    assertThat(statuses).contains("incomplete");
    assertThat(schemas.get("VectorStoreObject").getRequired())
        .contains("usage_bytes")
        .doesNotContain("bytes");
    assertThat(schemas.get("CreateRunRequest").getRequired()).containsExactly("assistant_id");
    assertThat(schemas.get("FunctionObject").getRequired()).containsExactly("name");
    assertThat(api.getPaths().get("/threads/{thread_id}/messages/{message_id}").getDelete())
        .isNotNull();
  }
}
