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
 * Which scenarios exercise which operation of the contract, from the features' {@code @op:} tags:
 * per operation, how many and which (by name, with the feature file they are in).
 */
public final class Coverage {
  public static final String OP_TAG = "@op:";

  private final List<String> operations;
  private final Map<String, List<Exercise>> scenarios;

  /**
   * One scenario (one example row, for an outline) that exercises an operation.
   *
   * @param feature the file it is in, e.g. {@code assistants.feature}
   * @param scenario its name
   */
  public record Exercise(String feature, String scenario) {}

  private Coverage(List<String> operations, Map<String, List<Exercise>> scenarios) {
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
    Map<String, List<Exercise>> scenarios = new LinkedHashMap<>();
    for (FeatureFiles.Parsed feature : features) {
      String file = feature.uri().substring(feature.uri().lastIndexOf('/') + 1);
      for (Pickle pickle : feature.pickles()) {
        for (PickleTag tag : pickle.getTags()) {
          if (tag.getName().startsWith(OP_TAG)) {
            scenarios
                .computeIfAbsent(tag.getName().substring(OP_TAG.length()), op -> new ArrayList<>())
                .add(new Exercise(file, pickle.getName()));
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

  /**
   * The scenarios that exercise {@code operationId}, in feature and then file order; an outline
   * appears once per example row.
   */
  public List<Exercise> exercises(String operationId) {
    return List.copyOf(scenarios.getOrDefault(operationId, List.of()));
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

  /**
   * The table of operations × scenarios, as Markdown, then per operation the scenarios that
   * exercise it (an outline once, with how many of its rows do).
   */
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
    md.append("\n## Scenarios per operation\n");
    for (String op : operations) {
      md.append("\n### `").append(op).append("` (").append(scenarios(op)).append(")\n\n");
      Map<Exercise, Integer> rows = new LinkedHashMap<>();
      exercises(op).forEach(exercise -> rows.merge(exercise, 1, Integer::sum));
      if (rows.isEmpty()) {
        md.append("No scenario.\n");
      }
      rows.forEach(
          (exercise, count) ->
              md.append("- ")
                  .append(exercise.scenario())
                  .append(" (")
                  .append(exercise.feature())
                  .append(count > 1 ? ", " + count + " example rows" : "")
                  .append(")\n"));
    }
    return md.toString();
  }
}
