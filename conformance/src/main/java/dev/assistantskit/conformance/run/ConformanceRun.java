package dev.assistantskit.conformance.run;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import dev.assistantskit.conformance.Target;
import io.cucumber.tagexpressions.Expression;
import io.cucumber.tagexpressions.TagExpressionParser;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the features against a target with the JUnit Platform Launcher and the Cucumber engine, the
 * way {@code ./assistants conform} does: it reports each scenario as it finishes, writes the
 * Cucumber HTML, JSON and JUnit XML reports, and returns how every scenario ended.
 */
public final class ConformanceRun {
  public static final String GLUE = "dev.assistantskit.conformance.steps";
  public static final String FEATURES_PACKAGE = "features";

  private final Options options;

  private ConformanceRun(Options options) {
    this.options = options;
  }

  /**
   * What to run and where to report it.
   *
   * @param target the endpoint to check
   * @param tags a Cucumber tag expression selecting scenarios, or null for all
   * @param features classpath resources of the features to run (e.g. {@code
   *     features/assistants.feature}); empty for every feature in {@value #FEATURES_PACKAGE}
   * @param name a regular expression scenario names must match, or null
   * @param reportDir where the reports go, or null for none
   * @param progress where to report each scenario as it finishes, or null
   */
  public record Options(
      Target target,
      String tags,
      List<String> features,
      String name,
      Path reportDir,
      PrintStream progress) {
    public Options {
      features = features == null ? List.of() : List.copyOf(features);
    }

    public static Options of(Target target) {
      return new Options(target, null, List.of(), null, null, null);
    }

    public Options withTags(String value) {
      return new Options(target, value, features, name, reportDir, progress);
    }

    public Options withFeatures(String... value) {
      return new Options(target, tags, List.of(value), name, reportDir, progress);
    }

    public Options withName(String value) {
      return new Options(target, tags, features, value, reportDir, progress);
    }

    public Options withReportDir(Path value) {
      return new Options(target, tags, features, name, value, progress);
    }

    public Options withProgress(PrintStream value) {
      return new Options(target, tags, features, name, reportDir, value);
    }
  }

  public static RunResult run(Options options) {
    return new ConformanceRun(options).run();
  }

  private RunResult run() {
    Instant start = Instant.now();
    Expression selected =
        options.tags() == null || options.tags().isBlank()
            ? tags -> true
            : TagExpressionParser.parse(options.tags());
    Collector collector = new Collector(options.progress(), selected);
    try (Target.Activation ignored = Target.activate(options.target())) {
      Launcher launcher = LauncherFactory.create();
      launcher.execute(request(), collector);
    }
    return new RunResult(collector.results, Duration.between(start, Instant.now()));
  }

  private LauncherDiscoveryRequest request() {
    List<DiscoverySelector> selectors = new ArrayList<>();
    if (options.features().isEmpty()) {
      selectors.add(selectPackage(FEATURES_PACKAGE));
    } else {
      options.features().forEach(feature -> selectors.add(selectClasspathResource(feature)));
    }
    LauncherDiscoveryRequestBuilder request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectors)
            .filters(EngineFilter.includeEngines("cucumber"))
            .configurationParameter("cucumber.glue", GLUE)
            .configurationParameter("cucumber.publish.quiet", "true")
            .configurationParameter("cucumber.junit-platform.naming-strategy", "short")
            .configurationParameter(
                "cucumber.junit-platform.naming-strategy.short.example-name", "pickle");
    if (options.tags() != null && !options.tags().isBlank()) {
      request.configurationParameter("cucumber.filter.tags", options.tags());
    }
    if (options.name() != null) {
      request.configurationParameter("cucumber.filter.name", options.name());
    }
    if (options.reportDir() != null) {
      Path dir = options.reportDir().toAbsolutePath();
      try {
        Files.createDirectories(dir);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create the report directory " + dir, e);
      }
      request.configurationParameter(
          "cucumber.plugin",
          String.join(
              ", ",
              "html:" + dir.resolve("cucumber.html"),
              "json:" + dir.resolve("cucumber.json"),
              "junit:" + dir.resolve("cucumber-junit.xml")));
    }
    return request.build();
  }

  /**
   * Turns the Launcher's events into one result per scenario, reporting each as it ends. The
   * Cucumber engine reports the scenarios its filters leave out as skipped: they are left out here.
   */
  private static final class Collector implements TestExecutionListener {
    private static final String FILTERED = "'cucumber.filter.";

    private final PrintStream progress;
    private final Expression selected;
    private final List<ScenarioResult> results = new ArrayList<>();
    private final Map<String, Instant> started = new HashMap<>();
    private TestPlan plan;

    Collector(PrintStream progress, Expression selected) {
      this.progress = progress;
      this.selected = selected;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
      plan = testPlan;
      if (progress != null) {
        long count =
            testPlan.countTestIdentifiers(
                id -> id.isTest() && selected.evaluate(List.copyOf(cucumberTags(id))));
        progress.printf("Running %d scenarios%n", count);
      }
    }

    @Override
    public void executionStarted(TestIdentifier id) {
      started.put(id.getUniqueId(), Instant.now());
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
      if (reason != null && reason.startsWith(FILTERED)) {
        return;
      }
      if (id.isTest()) {
        record(id, ScenarioResult.Status.SKIPPED, reason);
      } else {
        plan.getDescendants(id).stream()
            .filter(TestIdentifier::isTest)
            .forEach(test -> record(test, ScenarioResult.Status.SKIPPED, reason));
      }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
      String message = result.getThrowable().map(Collector::describe).orElse(null);
      if (message != null && message.startsWith(FILTERED)) {
        return;
      }
      if (id.isTest()) {
        record(id, status(result), message);
      } else if (result.getStatus() == TestExecutionResult.Status.FAILED
          && id.getParentId().isPresent()) {
        // a feature that does not parse, a hook that breaks a whole container
        record(id, ScenarioResult.Status.FAILED, message);
      }
    }

    private static ScenarioResult.Status status(TestExecutionResult result) {
      return switch (result.getStatus()) {
        case SUCCESSFUL -> ScenarioResult.Status.PASSED;
        case ABORTED -> ScenarioResult.Status.SKIPPED;
        case FAILED -> ScenarioResult.Status.FAILED;
      };
    }

    private static String describe(Throwable failure) {
      String message = failure.getMessage();
      if (message == null || message.isBlank()) {
        return failure.getClass().getName();
      }
      return failure instanceof AssertionError
              || failure.getClass().getName().startsWith("org.opentest4j")
          ? message.strip()
          : failure.getClass().getSimpleName() + ": " + message.strip();
    }

    private void record(TestIdentifier id, ScenarioResult.Status status, String message) {
      Instant from = started.getOrDefault(id.getUniqueId(), Instant.now());
      ScenarioResult result =
          new ScenarioResult(
              feature(id),
              scenario(id),
              status,
              message,
              tags(id),
              Duration.between(from, Instant.now()));
      results.add(result);
      if (progress != null) {
        progress.printf(
            "  %-7s %s › %s%s%n",
            status.name().toLowerCase(java.util.Locale.ROOT),
            result.feature(),
            result.scenario(),
            status == ScenarioResult.Status.PASSED
                ? " (" + result.duration().toMillis() + " ms)"
                : status == ScenarioResult.Status.SKIPPED ? ": " + message : "");
        progress.flush();
      }
    }

    /** The feature is the container right below the engine. */
    private String feature(TestIdentifier id) {
      TestIdentifier current = id;
      while (true) {
        Optional<TestIdentifier> parent = plan.getParent(current);
        if (parent.isEmpty() || plan.getParent(parent.get()).isEmpty()) {
          return current.getDisplayName();
        }
        current = parent.get();
      }
    }

    /** A scenario's name; an example also names its examples and row, as pickles share names. */
    private String scenario(TestIdentifier id) {
      Optional<TestIdentifier> parent = plan.getParent(id);
      boolean example =
          UniqueId.parse(id.getUniqueId()).getLastSegment().getType().equals("example");
      if (!example || parent.isEmpty()) {
        return id.getDisplayName();
      }
      String examples = parent.get().getDisplayName();
      String line = UniqueId.parse(id.getUniqueId()).getLastSegment().getValue();
      return id.getDisplayName() + " [" + examples + ", line " + line + "]";
    }

    /** Tags as Cucumber writes them, with {@code @}. */
    private static Set<String> cucumberTags(TestIdentifier id) {
      return tags(id).stream().map(tag -> "@" + tag).collect(Collectors.toSet());
    }

    private static Set<String> tags(TestIdentifier id) {
      return id.getTags().stream()
          .map(tag -> tag.getName().startsWith("@") ? tag.getName().substring(1) : tag.getName())
          .collect(Collectors.toCollection(LinkedHashSet::new));
    }
  }
}
