package dev.assistantskit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assistantskit.conformance.features.Coverage;
import dev.assistantskit.conformance.features.FeatureFiles;
import dev.assistantskit.spec.Contract;
import io.cucumber.messages.types.Background;
import io.cucumber.messages.types.Comment;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleTag;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.Tag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules every shipped feature keeps (STYLE.md): short scenarios and backgrounds, unique names,
 * no work in progress, every scenario traced to the operations it exercises and to exactly one
 * fidelity level, and every Azure-documented scenario citing its source right above it.
 */
class GherkinLintTest {
  static final int MAX_STEPS = 16;
  static final int MAX_BACKGROUND_STEPS = 3;
  static final Set<String> FIDELITY = Set.of("@azure-documented", "@emulator");
  static final Set<String> OTHER_TAGS = Set.of("@model", "@slow", "@needs-bearer-token");
  static final Pattern SOURCE_COMMENT = Pattern.compile("^\\s*# Source: \\S.*");

  static List<FeatureFiles.Parsed> features;
  static List<String> operations;

  @BeforeAll
  static void load() {
    features = FeatureFiles.load();
    operations = Coverage.operations(Contract.openApi());
  }

  @Test
  void theFeaturesAreShippedAndParse() {
    assertThat(features).extracting(FeatureFiles.Parsed::uri).hasSizeGreaterThanOrEqualTo(8);
    List<String> problems = new ArrayList<>();
    features.forEach(f -> f.parseErrors().forEach(e -> problems.add(f.uri() + ": " + e)));
    assertThat(problems).isEmpty();
  }

  @Test
  void scenariosHaveAtMost16StepsAndBackgroundsAtMost3() {
    List<String> problems = new ArrayList<>();
    for (FeatureFiles.Parsed file : features) {
      for (FeatureChild child : feature(file).getChildren()) {
        child
            .getBackground()
            .filter(b -> b.getSteps().size() > MAX_BACKGROUND_STEPS)
            .map(Background::getSteps)
            .ifPresent(
                steps ->
                    problems.add(file.uri() + ": the background has " + steps.size() + " steps"));
        child
            .getScenario()
            .filter(s -> s.getSteps().size() > MAX_STEPS)
            .ifPresent(
                s ->
                    problems.add(
                        file.uri()
                            + ": \""
                            + s.getName()
                            + "\" has "
                            + s.getSteps().size()
                            + " steps"));
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void scenarioNamesAreUniqueAcrossAllFeatures() {
    Map<String, String> seen = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (FeatureFiles.Parsed file : features) {
      for (Scenario scenario : scenarios(file)) {
        String previous = seen.putIfAbsent(scenario.getName(), file.uri());
        if (previous != null) {
          problems.add("\"" + scenario.getName() + "\" is in " + previous + " and " + file.uri());
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void nothingIsWorkInProgressAndEveryTagIsKnown() {
    List<String> problems = new ArrayList<>();
    for (FeatureFiles.Parsed file : features) {
      for (Pickle pickle : file.pickles()) {
        for (PickleTag tag : pickle.getTags()) {
          String name = tag.getName();
          if (!name.startsWith(Coverage.OP_TAG)
              && !FIDELITY.contains(name)
              && !OTHER_TAGS.contains(name)) {
            problems.add(file.uri() + ": \"" + pickle.getName() + "\" has the unknown tag " + name);
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyScenarioNamesTheOperationsItExercises() {
    List<String> problems = new ArrayList<>();
    for (FeatureFiles.Parsed file : features) {
      for (Pickle pickle : file.pickles()) {
        List<String> ops =
            pickle.getTags().stream()
                .map(PickleTag::getName)
                .filter(t -> t.startsWith(Coverage.OP_TAG))
                .map(t -> t.substring(Coverage.OP_TAG.length()))
                .toList();
        if (ops.isEmpty()) {
          problems.add(file.uri() + ": \"" + pickle.getName() + "\" has no @op: tag");
        }
        ops.stream()
            .filter(op -> !operations.contains(op))
            .forEach(
                op ->
                    problems.add(
                        file.uri() + ": \"" + pickle.getName() + "\" names no operation " + op));
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyScenarioHasExactlyOneFidelityTag() {
    List<String> problems = new ArrayList<>();
    for (FeatureFiles.Parsed file : features) {
      for (Pickle pickle : file.pickles()) {
        List<String> fidelity =
            pickle.getTags().stream().map(PickleTag::getName).filter(FIDELITY::contains).toList();
        if (fidelity.size() != 1) {
          problems.add(
              file.uri() + ": \"" + pickle.getName() + "\" has the fidelity tags " + fidelity);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyAzureDocumentedScenarioCitesItsSourceRightAboveIt() {
    List<String> problems = new ArrayList<>();
    for (FeatureFiles.Parsed file : features) {
      Set<Long> sourceLines = new HashSet<>();
      for (Comment comment : file.document().getComments()) {
        if (SOURCE_COMMENT.matcher(comment.getText()).matches()) {
          sourceLines.add(comment.getLocation().getLine());
        }
      }
      boolean featureDocumented =
          feature(file).getTags().stream().anyMatch(t -> t.getName().equals("@azure-documented"));
      for (Scenario scenario : scenarios(file)) {
        boolean documented =
            featureDocumented
                || scenario.getTags().stream()
                    .anyMatch(t -> t.getName().equals("@azure-documented"));
        long firstLine =
            scenario.getTags().stream()
                .mapToLong(t -> t.getLocation().getLine())
                .min()
                .orElse(scenario.getLocation().getLine());
        if (documented && !sourceLines.contains(firstLine - 1)) {
          problems.add(
              file.uri()
                  + ":"
                  + firstLine
                  + ": \""
                  + scenario.getName()
                  + "\" is @azure-documented but has no \"# Source: …\" comment right above it");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void aScenarioOutlineHasItsOperationsOnItOrOnEveryExamples() {
    List<String> problems = new ArrayList<>();
    for (FeatureFiles.Parsed file : features) {
      for (Scenario scenario : scenarios(file)) {
        boolean onScenario = hasOp(scenario.getTags());
        scenario.getExamples().stream()
            .filter(examples -> !onScenario && !hasOp(examples.getTags()))
            .forEach(
                examples ->
                    problems.add(
                        file.uri()
                            + ": examples of \""
                            + scenario.getName()
                            + "\" name no operation"));
      }
    }
    assertThat(problems).isEmpty();
  }

  private static boolean hasOp(List<Tag> tags) {
    return tags.stream().anyMatch(t -> t.getName().startsWith(Coverage.OP_TAG));
  }

  private static Feature feature(FeatureFiles.Parsed file) {
    return file.document()
        .getFeature()
        .orElseThrow(() -> new AssertionError(file.uri() + " has no feature"));
  }

  private static List<Scenario> scenarios(FeatureFiles.Parsed file) {
    List<Scenario> scenarios = new ArrayList<>();
    for (FeatureChild child : feature(file).getChildren()) {
      child.getScenario().ifPresent(scenarios::add);
      child
          .getRule()
          .ifPresent(
              rule -> rule.getChildren().forEach(c -> c.getScenario().ifPresent(scenarios::add)));
    }
    return scenarios;
  }
}
