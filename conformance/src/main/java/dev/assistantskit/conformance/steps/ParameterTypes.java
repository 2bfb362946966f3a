package dev.assistantskit.conformance.steps;

import dev.assistantskit.conformance.Kind;
import io.cucumber.java.ParameterType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parameter types the features use beyond Cucumber's own. */
public final class ParameterTypes {
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

  /** {@code "a"}, {@code "a" and "b"}, {@code "a", "b" then "c"}: the quoted names, in order. */
  @ParameterType("\"[^\"]*\"(?:(?:, | and | then )\"[^\"]*\")*")
  public List<String> names(String text) {
    List<String> names = new ArrayList<>();
    Matcher m = QUOTED.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  @ParameterType("assistant|thread|message|file|vector store|batch|run")
  public Kind kind(String noun) {
    return Kind.of(noun);
  }
}
