package dev.assistantskit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assistantskit.conformance.features.Coverage;
import dev.assistantskit.conformance.features.FeatureFiles;
import dev.assistantskit.spec.Contract;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleTag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the contract is exercised by at least one scenario, and by at least one that
 * any endpoint runs (not only the emulator), so a foreign target has every operation checked.
 */
class CoverageTest {
  private final List<FeatureFiles.Parsed> features = FeatureFiles.load();
  private final Coverage coverage = Coverage.of(Contract.openApi(), features);

  @Test
  void everyOperationIsCovered() throws IOException {
    Path report = Path.of("target", "conformance-reports", "coverage.md");
    Files.createDirectories(report.getParent());
    Files.writeString(report, coverage.markdown());
    System.out.println(coverage.markdown());
    assertThat(coverage.operations()).hasSize(41);
    assertThat(coverage.missing()).as("operations no scenario exercises").isEmpty();
    assertThat(coverage.unknown()).as("@op: tags that name no operation").isEmpty();
  }

  @Test
  void everyOperationIsCoveredByAScenarioEveryEndpointRuns() {
    Set<String> documented = new TreeSet<>();
    for (FeatureFiles.Parsed feature : features) {
      for (Pickle pickle : feature.pickles()) {
        List<String> tags = pickle.getTags().stream().map(PickleTag::getName).toList();
        if (tags.contains("@azure-documented")) {
          tags.stream()
              .filter(tag -> tag.startsWith(Coverage.OP_TAG))
              .forEach(tag -> documented.add(tag.substring(Coverage.OP_TAG.length())));
        }
      }
    }
    assertThat(documented).containsAll(coverage.operations());
  }

  @Test
  void theReportNamesTheScenariosThatExerciseEachOperation() {
    assertThat(coverage.exercises("deleteAssistant"))
        .contains(new Coverage.Exercise("assistants.feature", "A deleted assistant is gone"))
        .hasSize(coverage.scenarios("deleteAssistant"));
    assertThat(coverage.exercises("submitToolOutputsToRun"))
        .extracting(Coverage.Exercise::scenario)
        .contains("Submitting the function's output lets the run complete");

    String markdown = coverage.markdown();
    assertThat(markdown).contains("| `deleteAssistant` | 3 | covered |");
    assertThat(section(markdown, "deleteAssistant", "createThread"))
        .startsWith("### `deleteAssistant` (3)\n")
        .contains("- A deleted assistant is gone (assistants.feature)\n")
        .contains("- A deleted assistant is no longer listed (assistants.feature)\n")
        .contains("- An assistant that does not exist is not found (assistants.feature)\n")
        .doesNotContain("Assistants are listed in Azure's list envelope");
  }

  @Test
  void anOutlineIsListedOnceWithHowManyOfItsRowsExerciseTheOperation() {
    assertThat(section(coverage.markdown(), "listAssistants", "createAssistant"))
        .containsOnlyOnce(
            "- A list request outside the documented parameters is refused (assistants.feature, 3"
                + " example rows)\n");
  }

  /** The list of scenarios of {@code operation}, up to that of {@code next}. */
  private static String section(String markdown, String operation, String next) {
    int from = markdown.indexOf("### `" + operation + "` (");
    int to = markdown.indexOf("### `" + next + "` (");
    assertThat(from).as(operation + "'s list").isNotNegative().isLessThan(to);
    return markdown.substring(from, to);
  }

  @Test
  void anOperationWithoutAScenarioIsReportedAsNotCovered() {
    List<FeatureFiles.Parsed> assistantsOnly =
        features.stream().filter(f -> f.uri().endsWith("/assistants.feature")).toList();

    Coverage partial = Coverage.of(Contract.openApi(), assistantsOnly);

    assertThat(partial.missing())
        .contains("createRun", "getRunStep")
        .doesNotContain("createAssistant");
    assertThat(partial.markdown())
        .contains("| `createRun` | 0 | NOT COVERED |")
        .contains("### `createRun` (0)\n\nNo scenario.\n");
  }
}
