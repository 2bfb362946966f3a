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
import java.nio.charset.StandardCharsets;
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
 * The rules every shipped feature keeps (conformance/README.md, "Adding a scenario" and "Tags"):
 * short scenarios and backgrounds, unique names, no work in progress, every scenario traced to the
 * operations it exercises and to exactly one fidelity level, and every Azure-documented scenario
 * citing its source right above it. Scenarios and backgrounds inside a {@code Rule:} are held to
 * the same rules as those right under the feature.
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
    features.forEach(file -> problems.addAll(tooManySteps(file)));
    assertThat(problems).isEmpty();
  }

  @Test
  void theStepLimitsHoldInsideARuleToo() {
    StringBuilder feature =
        new StringBuilder(
            """
            Feature: A feature with a rule

              Rule: A rule with a long scenario

                Background:
                  Given a step
                  And a step
                  And a step
                  And a step

                @azure-documented @op:listAssistants
                Scenario: A scenario in a rule with 17 steps
            """);
    feature.append("        Given a step\n".repeat(MAX_STEPS + 1));
    feature.append(
        """

                @azure-documented @op:listAssistants
                Scenario: A scenario in a rule with 16 steps
            """);
    feature.append("        Given a step\n".repeat(MAX_STEPS));
    FeatureFiles.Parsed parsed =
        FeatureFiles.parse(
            "memory:rule.feature", feature.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(parsed.parseErrors()).isEmpty();

    assertThat(tooManySteps(parsed))
        .containsExactly(
            "memory:rule.feature: the background of the rule \"A rule with a long scenario\" has 4"
                + " steps",
            "memory:rule.feature: \"A scenario in a rule with 17 steps\" has 17 steps");
  }

  /**
   * Backgrounds over {@value #MAX_BACKGROUND_STEPS} steps and scenarios over {@value #MAX_STEPS}.
   */
  static List<String> tooManySteps(FeatureFiles.Parsed file) {
    List<String> problems = new ArrayList<>();
    for (FeatureChild child : feature(file).getChildren()) {
      child
          .getBackground()
          .ifPresent(background -> checkBackground(file, "the background", background, problems));
      child.getScenario().ifPresent(scenario -> checkScenario(file, scenario, problems));
      child
          .getRule()
          .ifPresent(
              rule ->
                  rule.getChildren()
                      .forEach(
                          c -> {
                            c.getBackground()
                                .ifPresent(
                                    background ->
                                        checkBackground(
                                            file,
                                            "the background of the rule \"" + rule.getName() + "\"",
                                            background,
                                            problems));
                            c.getScenario()
                                .ifPresent(scenario -> checkScenario(file, scenario, problems));
                          }));
    }
    return problems;
  }

  private static void checkBackground(
      FeatureFiles.Parsed file, String what, Background background, List<String> problems) {
    if (background.getSteps().size() > MAX_BACKGROUND_STEPS) {
      problems.add(file.uri() + ": " + what + " has " + background.getSteps().size() + " steps");
    }
  }

  private static void checkScenario(
      FeatureFiles.Parsed file, Scenario scenario, List<String> problems) {
    if (scenario.getSteps().size() > MAX_STEPS) {
      problems.add(
          file.uri()
              + ": \""
              + scenario.getName()
              + "\" has "
              + scenario.getSteps().size()
              + " steps");
    }
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
    features.forEach(file -> problems.addAll(uncited(file)));
    assertThat(problems).isEmpty();
  }

  @Test
  void aScenarioInADocumentedRuleCitesItsSourceToo() {
    String feature =
        """
        Feature: A feature with a documented rule

          @azure-documented
          Rule: A documented rule

            # Source: [A] List_Assistants.
            @op:listAssistants
            Scenario: A cited scenario in a rule
              When I list assistants

            @op:listAssistants
            Scenario: An uncited scenario in a rule
              When I list assistants
        """;
    FeatureFiles.Parsed parsed =
        FeatureFiles.parse("memory:rule.feature", feature.getBytes(StandardCharsets.UTF_8));
    assertThat(parsed.parseErrors()).isEmpty();

    assertThat(uncited(parsed))
        .containsExactly(
            "memory:rule.feature:11: \"An uncited scenario in a rule\" is @azure-documented but"
                + " has no \"# Source: …\" comment right above it");
  }

  /** The {@code @azure-documented} scenarios without a {@code # Source:} comment right above. */
  static List<String> uncited(FeatureFiles.Parsed file) {
    List<String> problems = new ArrayList<>();
    Set<Long> sourceLines = new HashSet<>();
    for (Comment comment : file.document().getComments()) {
      if (SOURCE_COMMENT.matcher(comment.getText()).matches()) {
        sourceLines.add(comment.getLocation().getLine());
      }
    }
    boolean featureDocumented = documented(feature(file).getTags());
    Set<Scenario> inDocumentedRules = new HashSet<>();
    for (FeatureChild child : feature(file).getChildren()) {
      child
          .getRule()
          .filter(rule -> documented(rule.getTags()))
          .ifPresent(
              rule ->
                  rule.getChildren()
                      .forEach(c -> c.getScenario().ifPresent(inDocumentedRules::add)));
    }
    for (Scenario scenario : scenarios(file)) {
      boolean documented =
          featureDocumented
              || inDocumentedRules.contains(scenario)
              || documented(scenario.getTags());
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
    return problems;
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

  private static boolean documented(List<Tag> tags) {
    return tags.stream().anyMatch(t -> t.getName().equals("@azure-documented"));
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
