package dev.assistantskit.server.backend.scripted;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PatternExampleTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "^[0-9]{5}$",
        "^[0-9]{5}(-[0-9]{4})?$",
        "^[A-Z]{2,3}-\\d+$",
        "^(?:ORD|INV)_\\w{4,}$",
        "^\\+?[1-9]\\d{1,14}$",
        "^#[0-9a-fA-F]{6}$",
        "v\\d+\\.\\d+\\.\\d+",
        "^(red|green|blue)$",
        "^\\S+@\\S+\\.com$"
      })
  void theSampleMatchesThePatternItWasWrittenFrom(String regex) {
    String example = PatternExample.of(regex);

    assertThat(example).isNotNull();
    assertThat(Pattern.compile(regex).matcher(example).find()).as(example).isTrue();
  }

  @Test
  void theSampleIsTheShortestPlainReading() {
    assertThat(PatternExample.of("^[0-9]{5}$")).isEqualTo("00000");
    assertThat(PatternExample.of("^(red|green|blue)$")).isEqualTo("red");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"^(?=.*\\d).{8,}$", "^(a)\\1$", "[^abc]+", "^(unclosed$"})
  void patternsBeyondTheGeneratorGiveNoSample(String regex) {
    assertThat(PatternExample.of(regex)).isNull();
  }
}
