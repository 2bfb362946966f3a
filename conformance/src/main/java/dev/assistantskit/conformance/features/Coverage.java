package dev.assistantskit.conformance.features;

import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleTag;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which scenarios exercise which operation of the contract, from the features' {@code @op:} tags.
 */
public final class Coverage {
  public static final String OP_TAG = "@op:";

  private final List<String> operations;
  private final Map<String, List<String>> scenarios;

  private Coverage(List<String> operations, Map<String, List<String>> scenarios) {
    this.operations = operations;
    this.scenarios = scenarios;
  }

  /** The contract's operationIds, in the order the contract lists them. */
  public static List<String> operations(OpenAPI contract) {
    List<String> ids = new ArrayList<>();
    contract
        .getPaths()
        .values()
        .forEach(
            path ->
                path.readOperations().stream().map(Operation::getOperationId).forEach(ids::add));
    return ids;
  }

  public static Coverage of(OpenAPI contract, List<FeatureFiles.Parsed> features) {
    Map<String, List<String>> scenarios = new LinkedHashMap<>();
    for (FeatureFiles.Parsed feature : features) {
      for (Pickle pickle : feature.pickles()) {
        for (PickleTag tag : pickle.getTags()) {
          if (tag.getName().startsWith(OP_TAG)) {
            scenarios
                .computeIfAbsent(tag.getName().substring(OP_TAG.length()), op -> new ArrayList<>())
                .add(pickle.getName());
          }
        }
      }
    }
    return new Coverage(operations(contract), scenarios);
  }

  public List<String> operations() {
    return operations;
  }

  /** How many scenarios exercise {@code operationId}. */
  public int scenarios(String operationId) {
    return scenarios.getOrDefault(operationId, List.of()).size();
  }

  /** Operations no scenario exercises. */
  public List<String> missing() {
    return operations.stream().filter(op -> scenarios(op) == 0).toList();
  }

  /** {@code @op:} tags that name no operation of the contract. */
  public Set<String> unknown() {
    Set<String> unknown = new TreeSet<>(scenarios.keySet());
    operations.forEach(unknown::remove);
    return unknown;
  }

  public String status(String operationId) {
    return scenarios(operationId) > 0 ? "covered" : "NOT COVERED";
  }

  /** The table of operations × scenarios, as Markdown. */
  public String markdown() {
    StringBuilder md = new StringBuilder();
    long covered = operations.stream().filter(op -> scenarios(op) > 0).count();
    md.append("# Operation coverage\n\n")
        .append(covered)
        .append(" of ")
        .append(operations.size())
        .append(" operations are exercised by at least one scenario; ")
        .append(missing().size())
        .append(" are not covered.\n\n")
        .append("| # | operationId | scenarios | status |\n")
        .append("|---|---|---:|---|\n");
    for (int i = 0; i < operations.size(); i++) {
      String op = operations.get(i);
      md.append("| ")
          .append(i + 1)
          .append(" | `")
          .append(op)
          .append("` | ")
          .append(scenarios(op))
          .append(" | ")
          .append(status(op))
          .append(" |\n");
    }
    if (!unknown().isEmpty()) {
      md.append("\nTags naming no operation of the contract: ").append(unknown()).append('\n');
    }
    return md.toString();
  }
}
