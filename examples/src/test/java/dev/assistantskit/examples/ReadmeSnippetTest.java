package dev.assistantskit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The READMEs show the lines of {@link Walkthrough} between its "README snippet" markers, exactly:
 * examples/README.md and the main README.
 */
class ReadmeSnippetTest {
  static final Path SOURCE = Path.of("src/main/java/dev/assistantskit/examples/Walkthrough.java");

  @Test
  void theSnippetIsSixToTenLinesOfTheWalkthrough() throws IOException {
    assertThat(snippetLines()).hasSizeBetween(6, 10);
  }

  @Test
  void theExamplesReadmeShowsExactlyTheCompiledSnippet() throws IOException {
    assertThat(Files.readString(Path.of("README.md"))).contains(fenced());
  }

  @Test
  void theMainReadmeShowsExactlyTheCompiledSnippet() throws IOException {
    assertThat(Files.readString(Path.of("../README.md"))).contains(fenced());
  }

  static List<String> snippetLines() throws IOException {
    List<String> source = Files.readAllLines(SOURCE);
    int start = source.indexOf("    // README snippet start");
    int end = source.indexOf("    // README snippet end");
    assertThat(start).as("start marker").isPositive();
    assertThat(end).as("end marker").isGreaterThan(start);
    List<String> lines = source.subList(start + 1, end);
    assertThat(lines).allMatch(line -> line.startsWith("    "));
    return lines.stream().map(line -> line.substring(4)).toList();
  }

  static String fenced() throws IOException {
    return snippetLines().stream().collect(Collectors.joining("\n", "```java\n", "\n```\n"));
  }
}
