package dev.assistantskit.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * The breaking-change gate. {@code spec/baseline/assistants.yaml} is the last released contract; an
 * incompatible change fails the build until the baseline is updated in the same commit, so every
 * contract break is a deliberate, reviewed act.
 */
class SpecCompatibilityTest {
  static final Path BASELINE = Path.of("baseline", "assistants.yaml");

  @Test
  void theContractIsBackwardCompatibleWithTheBaseline() throws IOException {
    assertThat(BASELINE).as("committed baseline contract").exists();
    ChangedOpenApi diff = OpenApiCompare.fromContents(Files.readString(BASELINE), Contract.yaml());
    assertThat(diff.isIncompatible())
        .as(
            "incompatible contract change; if it is deliberate, copy"
                + " src/main/resources/openapi/assistants.yaml to baseline/ in the same commit:\n"
                + render(diff))
        .isFalse();
  }

  private static String render(ChangedOpenApi diff) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      new MarkdownRender().render(diff, writer);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
