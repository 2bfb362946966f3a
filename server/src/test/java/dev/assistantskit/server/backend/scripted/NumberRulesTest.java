package dev.assistantskit.server.backend.scripted;

import static dev.assistantskit.server.backend.scripted.SchemaValidation.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumberRulesTest {

  @Test
  void aWishWithinBoundsIsKept() {
    assertThat(rules("{\"minimum\": 1, \"maximum\": 10}", true).node(new BigDecimal("7")))
        .isEqualTo(json("7"));
  }

  @Test
  void aWishOutsideBoundsIsMovedToTheNearestAllowedValue() {
    NumberRules oneToTen = rules("{\"minimum\": 1, \"maximum\": 10}", true);

    assertThat(oneToTen.node(new BigDecimal("50"))).isEqualTo(json("10"));
    assertThat(oneToTen.node(new BigDecimal("-3"))).isEqualTo(json("1"));
  }

  @Test
  void exclusiveBoundsInBothDraftStylesAreNeverHit() {
    assertThat(rules("{\"exclusiveMinimum\": 0}", true).node(BigDecimal.ZERO)).isEqualTo(json("1"));
    assertThat(rules("{\"minimum\": 0, \"exclusiveMinimum\": true}", true).node(BigDecimal.ZERO))
        .isEqualTo(json("1"));
    assertThat(
            rules("{\"minimum\": 0, \"maximum\": 1, \"exclusiveMaximum\": true}", false)
                .node(BigDecimal.ONE))
        .isEqualTo(json("0.5"));
  }

  @Test
  void integersAreRoundedAndMultiplesRespected() {
    assertThat(rules("{}", true).node(new BigDecimal("2.6"))).isEqualTo(json("3"));
    assertThat(rules("{\"multipleOf\": 5, \"maximum\": 12}", true).node(new BigDecimal("11")))
        .isEqualTo(json("10"));
  }

  @Test
  void withoutAWishTheSmallestSensibleValueIsChosen() {
    assertThat(rules("{}", true).node(null)).isEqualTo(json("1"));
    assertThat(rules("{\"minimum\": 18}", true).node(null)).isEqualTo(json("18"));
    assertThat(rules("{\"maximum\": -5}", true).node(null)).isEqualTo(json("-5"));
  }

  @Test
  void decimalsComeOutAsJacksonWouldReadThem() {
    assertThat(rules("{}", false).node(new BigDecimal("19.990"))).isEqualTo(json("19.99"));
  }

  private static NumberRules rules(String schema, boolean integer) {
    return new NumberRules(json(schema), integer);
  }
}
