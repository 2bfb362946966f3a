package dev.assistantskit.spec;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The contract as this jar ships it: {@value #RESOURCE}.
 *
 * <p>Parsing needs {@code io.swagger.parser.v3:swagger-parser-v3} on the class path (an optional
 * dependency of this module); {@link #yaml()} needs nothing.
 */
public final class Contract {
  public static final String RESOURCE = "/openapi/assistants.yaml";

  private Contract() {}

  public static String yaml() {
    try (InputStream in = Contract.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses the contract, resolving nothing but what it holds itself. */
  public static SwaggerParseResult parse() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    return new OpenAPIV3Parser().readContents(yaml(), null, options);
  }

  public static OpenAPI openApi() {
    return parse().getOpenAPI();
  }

  /** One operation of the contract, with where it lives. */
  public record Op(String method, String path, Operation operation) {
    public String id() {
      return operation.getOperationId();
    }
  }

  public static List<Op> operations(OpenAPI api) {
    List<Op> ops = new ArrayList<>();
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      path.getValue()
          .readOperationsMap()
          .forEach((method, op) -> ops.add(new Op(method.name(), path.getKey(), op)));
    }
    return ops;
  }
}
