package dev.assistantskit.conformance.features;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.Pickle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** The features shipped under {@code features/} on the class path (a folder or the jar), parsed. */
public final class FeatureFiles {
  public static final String FOLDER = "features";

  private FeatureFiles() {}

  /**
   * One parsed feature file.
   *
   * @param uri where it lives, e.g. {@code classpath:features/assistants.feature}
   * @param document its syntax tree, with comments
   * @param pickles its scenarios as Cucumber runs them (an outline gives one per example row)
   * @param parseErrors what did not parse
   */
  public record Parsed(
      String uri, GherkinDocument document, List<Pickle> pickles, List<String> parseErrors) {}

  /** Every feature under {@code features/}, sorted by file name. */
  public static List<Parsed> load() {
    List<Parsed> parsed = new ArrayList<>();
    for (String resource : resources()) {
      try (InputStream in = FeatureFiles.class.getClassLoader().getResourceAsStream(resource)) {
        parsed.add(parse("classpath:" + resource, in.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    }
    return parsed;
  }

  public static Parsed parse(String uri, byte[] content) {
    List<Envelope> envelopes =
        GherkinParser.builder().includeSource(false).build().parse(uri, content).toList();
    GherkinDocument document = null;
    List<Pickle> pickles = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (Envelope envelope : envelopes) {
      if (envelope.getGherkinDocument().isPresent()) {
        document = envelope.getGherkinDocument().get();
      }
      envelope.getPickle().ifPresent(pickles::add);
      envelope.getParseError().ifPresent(e -> errors.add(e.getMessage()));
    }
    return new Parsed(uri, document, pickles, errors);
  }

  /** The class path names of the feature files, e.g. {@code features/assistants.feature}. */
  static List<String> resources() {
    List<String> names = new ArrayList<>();
    try {
      for (URL url : Collections.list(FeatureFiles.class.getClassLoader().getResources(FOLDER))) {
        if (url.getProtocol().equals("jar")) {
          JarURLConnection connection = (JarURLConnection) url.openConnection();
          connection.setUseCaches(false);
          try (JarFile jar = connection.getJarFile()) {
            jar.stream()
                .map(JarEntry::getName)
                .filter(name -> name.startsWith(FOLDER + "/") && name.endsWith(".feature"))
                .forEach(names::add);
          }
        } else if (url.getProtocol().equals("file")) {
          Path dir = Path.of(url.toURI());
          try (Stream<Path> files = Files.list(dir)) {
            files
                .filter(file -> file.getFileName().toString().endsWith(".feature"))
                .forEach(file -> names.add(FOLDER + "/" + file.getFileName()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the features on the class path", e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return names.stream().distinct().sorted(Comparator.naturalOrder()).toList();
  }
}
