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
  void anOperationWithoutAScenarioIsReportedAsNotCovered() {
    List<FeatureFiles.Parsed> assistantsOnly =
        features.stream().filter(f -> f.uri().endsWith("/assistants.feature")).toList();

    Coverage partial = Coverage.of(Contract.openApi(), assistantsOnly);

    assertThat(partial.missing())
        .contains("createRun", "getRunStep")
        .doesNotContain("createAssistant");
    assertThat(partial.markdown()).contains("| `createRun` | 0 | NOT COVERED |");
  }
}
