package dev.assistantskit.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Keeps a README snippet and the compiled test source it is copied from the same. */
public final class ReadmeSnippet {
  private ReadmeSnippet() {}

  /**
   * Asserts that README.md shows, as a {@code java} code block, exactly the lines between the
   * {@code // README snippet begin} and {@code end} markers of {@code source} (un-indented by
   * four).
   *
   * @param source the test source holding the snippet, relative to the module
   * @param minLines fewest lines the snippet may have
   * @param maxLines most lines the snippet may have
   */
  public static void assertReadmeShows(String source, int minLines, int maxLines)
      throws IOException {
    List<String> lines = Files.readAllLines(Path.of(source));
    int begin = lines.indexOf("    // README snippet begin");
    int end = lines.indexOf("    // README snippet end");
    String snippet =
        lines.subList(begin + 1, end).stream()
            .map(line -> line.substring(4))
            .collect(Collectors.joining("\n", "```java\n", "\n```"));

    assertThat(begin).isPositive();
    assertThat(end - begin - 1).isBetween(minLines, maxLines);
    assertThat(Files.readString(Path.of("README.md"))).contains(snippet);
  }
}
