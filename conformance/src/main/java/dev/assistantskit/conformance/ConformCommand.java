package dev.assistantskit.conformance;

import dev.assistantskit.conformance.features.Coverage;
import dev.assistantskit.conformance.features.FeatureFiles;
import dev.assistantskit.conformance.run.ConformanceRun;
import dev.assistantskit.conformance.run.RunResult;
import dev.assistantskit.conformance.run.Summary;
import io.cucumber.tagexpressions.TagExpressionException;
import io.cucumber.tagexpressions.TagExpressionParser;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./assistants conform}: checks an endpoint (by default an emulator started in this JVM)
 * against the contract and Azure's documented behaviour, and exits non-zero if it does not conform.
 */
@Command(
    name = "conform",
    mixinStandardHelpOptions = true,
    version = "assistants-kit conformance suite for api-version 2024-05-01-preview",
    sortOptions = false,
    description = {
      "Runs the conformance suite against an Azure OpenAI Assistants endpoint"
          + " (api-version 2024-05-01-preview) and reports what does not conform.",
      "Without --endpoint it checks an emulator started for the run.",
      "Every flag falls back to its environment variable (ASSISTANTS_ENDPOINT, ASSISTANTS_API_KEY,"
          + " ASSISTANTS_API_VERSION, ASSISTANTS_MODEL, ASSISTANTS_BEARER_TOKEN).",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every scenario that ran passed",
      "1:a scenario failed, or none ran",
      "2:the command line is wrong"
    })
public final class ConformCommand implements Callable<Integer> {
  @Option(
      names = "--endpoint",
      paramLabel = "URL",
      description = "The resource endpoint, e.g. https://myres.openai.azure.com (without /openai).")
  String endpoint;

  @Option(names = "--api-key", paramLabel = "KEY", description = "The key, sent as api-key.")
  String apiKey;

  @Option(
      names = "--api-version",
      paramLabel = "V",
      description = "The api-version every request carries (default: 2024-05-01-preview).")
  String apiVersion;

  @Option(
      names = "--model",
      paramLabel = "NAME",
      description = "The deployment name sent as model (default: " + Target.DEFAULT_MODEL + ").")
  String model;

  @Option(
      names = "--bearer-token",
      paramLabel = "TOKEN",
      description = "An Entra ID access token, to check bearer authentication too.")
  String bearerToken;

  @Option(
      names = "--tags",
      paramLabel = "EXPR",
      description = "A Cucumber tag expression, e.g. \"@op:createAssistant and not @slow\".")
  String tags;

  @Option(
      names = "--report-dir",
      paramLabel = "DIR",
      defaultValue = "conformance-reports",
      description =
          "Where the HTML, JSON and JUnit XML reports and coverage.md go (default: ${DEFAULT-VALUE}).")
  Path reportDir;

  @Option(
      names = "--coverage",
      description = "Print which scenarios exercise which operation of the contract, and exit.")
  boolean coverageOnly;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    quietLogs();
    System.exit(commandLine().execute(args));
  }

  /**
   * The command as {@link #main} runs it: {@code execute(args)} returns the exit code. A wrong
   * command line is one line on standard error, the problem and where to look, then exit code 2.
   */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new ConformCommand());
    commandLine.setParameterExceptionHandler(
        (ex, args) -> {
          PrintWriter err = ex.getCommandLine().getErr();
          err.println("conform: " + ex.getMessage() + " (see --help)");
          err.flush();
          return ex.getCommandLine().getCommandSpec().exitCodeOnInvalidInput();
        });
    return commandLine;
  }

  /** The embedded emulator and the validator log at INFO; only warnings matter here. */
  private static void quietLogs() {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    Logger.getLogger("").setLevel(Level.WARNING);
    for (java.util.logging.Handler handler : Logger.getLogger("").getHandlers()) {
      handler.setLevel(Level.WARNING);
    }
  }

  @Override
  public Integer call() throws IOException {
    checkTags();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    String coverage = Coverage.of(ContractCheck.contract(), FeatureFiles.load()).markdown();
    if (coverageOnly) {
      out.print(coverage);
      return 0;
    }
    Target target = target();
    out.println("Checking " + target);
    if (target.embedded()) {
      out.println(
          "Its runs expire "
              + Target.SHORT_RUN_EXPIRY.toSeconds()
              + " s after they are created (Azure: 10 minutes), so the @slow scenarios are quick.");
    }
    String unreachable = unreachable(target);
    if (unreachable != null) {
      out.println("Cannot reach " + target.baseUri() + ": " + unreachable);
      out.println("Check --endpoint (the resource endpoint, without /openai) and the network.");
      return 1;
    }
    RunResult result =
        ConformanceRun.run(
            ConformanceRun.Options.of(target)
                .withTags(tags)
                .withReportDir(reportDir)
                .withProgress(out));
    Summary.print(out, result);
    Files.writeString(reportDir.resolve("coverage.md"), coverage, StandardCharsets.UTF_8);
    out.println(
        "Reports: "
            + reportDir.toAbsolutePath()
            + " (cucumber.html, cucumber.json, cucumber-junit.xml, coverage.md)");
    return result.conforms() ? 0 : 1;
  }

  /** A tag expression that does not parse is a wrong command line, told before anything runs. */
  private void checkTags() {
    if (tags == null || tags.isBlank()) {
      return;
    }
    try {
      TagExpressionParser.parse(tags);
    } catch (TagExpressionException e) {
      String why = e.getMessage() == null ? "" : e.getMessage().replaceAll("\\s*\\R\\s*", " ");
      int reason = why.lastIndexOf("syntax error: ");
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--tags \""
              + tags
              + "\" is not a Cucumber tag expression"
              + (reason < 0 ? (why.isEmpty() ? "" : ": " + why) : ": " + why.substring(reason)));
    }
  }

  /** Why the target cannot be reached at all, or null if it answers (whatever it answers). */
  private static String unreachable(Target target) {
    HttpRequest probe =
        HttpRequest.newBuilder(
                URI.create(
                    target.baseUri() + "/assistants?limit=1&api-version=" + target.apiVersion()))
            .header("api-key", target.apiKey())
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build();
    try {
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build()
          .send(probe, HttpResponse.BodyHandlers.discarding());
      return null;
    } catch (IOException e) {
      return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  private Target target() {
    String url = or(endpoint, Target.ENDPOINT);
    String version = or(apiVersion, Target.API_VERSION);
    String deployment = or(model, Target.MODEL);
    if (url == null) {
      return Target.embedded(version, deployment, Target.SHORT_RUN_EXPIRY);
    }
    String key = or(apiKey, Target.API_KEY);
    if (key == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--endpoint needs --api-key (or " + Target.API_KEY + ")");
    }
    return Target.remote(url, key, version, deployment, or(bearerToken, Target.BEARER_TOKEN));
  }

  private static String or(String flag, String setting) {
    return flag != null && !flag.isBlank() ? flag.strip() : Target.setting(setting);
  }
}
