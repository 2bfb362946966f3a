package dev.assistantskit.spec;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks JSON against the contract with Atlassian's swagger-request-validator (an optional
 * dependency of this module).
 *
 * <p>The contract's {@code discriminator}s are removed from the validator's copy: the validator
 * grafts a schema into itself while following one and then overflows the stack on the next, nested
 * one (run step → tool call → code output). Nothing is lost: every member of every discriminated
 * {@code oneOf} fixes its {@code type} with a one-value enum, so plain {@code oneOf} matching picks
 * the same single member.
 */
public final class ContractValidator {
  private final OpenAPI api;
  private final OpenApiInteractionValidator interactions;
  private final SchemaValidator schemas;

  public ContractValidator() {
    this(Contract.openApi());
  }

  public ContractValidator(OpenAPI api) {
    this.api = prepared(api);
    this.interactions =
        OpenApiInteractionValidator.createFor(this.api)
            // a path outside the contract (a probe for a 404) has nothing to validate against
            .withLevelResolver(
                LevelResolver.create()
                    .withLevel("validation.request.path.missing", ValidationReport.Level.IGNORE)
                    .build())
            .build();
    this.schemas = new SchemaValidator(this.api, new MessageResolver());
  }

  /**
   * Problems with a response to {@code method path} (the path as sent, below {@code /openai}, with
   * its query), one message each; empty when the response is what the contract says.
   */
  public List<String> validateResponse(
      String method, String path, int status, String contentType, String body) {
    SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
    if (contentType != null) {
      response.withContentType(contentType);
    }
    if (body != null) {
      response.withBody(body);
    }
    Request.Method verb = Request.Method.valueOf(method.toUpperCase(Locale.ROOT));
    String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    return messages(interactions.validateResponse(bare, verb, response.build()));
  }

  /** Problems with {@code json} as an instance of {@code schema}, one message each. */
  public List<String> validate(String json, Schema<?> schema) {
    return messages(schemas.validate(json, schema, null));
  }

  /** Problems with {@code json} as an instance of {@code #/components/schemas/<name>}. */
  public List<String> validate(String json, String schemaName) {
    return validate(json, new Schema<>().$ref("#/components/schemas/" + schemaName));
  }

  public OpenAPI openApi() {
    return api;
  }

  private static List<String> messages(ValidationReport report) {
    return report.getMessages().stream()
        .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
        .map(
            message ->
                message
                        .getContext()
                        .flatMap(c -> c.getPointers())
                        .map(p -> p.getInstance() + ": ")
                        .orElse("")
                    + message.getMessage())
        .toList();
  }

  /**
   * The validator's copy: discriminators removed (see above), and responses given by reference
   * ({@code $ref: '#/components/responses/...'}) replaced by what they refer to, which the
   * validator does not follow itself.
   */
  private static OpenAPI prepared(OpenAPI api) {
    api.getComponents().getSchemas().values().forEach(schema -> schema.setDiscriminator(null));
    Map<String, ApiResponse> shared = api.getComponents().getResponses();
    for (PathItem path : api.getPaths().values()) {
      for (Operation operation : path.readOperations()) {
        operation
            .getResponses()
            .replaceAll(
                (status, response) ->
                    response.get$ref() == null
                        ? response
                        : shared.get(
                            response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1)));
      }
    }
    return api;
  }
}
