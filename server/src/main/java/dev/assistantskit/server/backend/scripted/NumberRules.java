package dev.assistantskit.server.backend.scripted;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Bounds of a numeric schema — {@code minimum}/{@code maximum}, exclusive bounds in both the
 * draft-04 (boolean) and later (number) forms, {@code multipleOf} — and the value nearest a wish
 * that satisfies them.
 */
final class NumberRules {

  private static final BigDecimal FRACTION = new BigDecimal("0.5");

  private final boolean integer;
  private final BigDecimal low;
  private final boolean lowExclusive;
  private final BigDecimal high;
  private final boolean highExclusive;
  private final BigDecimal multipleOf;

  NumberRules(JsonNode schema, boolean integer) {
    this.integer = integer;
    JsonNode exclusiveMin = schema.path("exclusiveMinimum");
    JsonNode exclusiveMax = schema.path("exclusiveMaximum");
    if (exclusiveMin.isNumber()) {
      low = exclusiveMin.decimalValue();
      lowExclusive = true;
    } else {
      low = schema.path("minimum").isNumber() ? schema.get("minimum").decimalValue() : null;
      lowExclusive = exclusiveMin.asBoolean(false);
    }
    if (exclusiveMax.isNumber()) {
      high = exclusiveMax.decimalValue();
      highExclusive = true;
    } else {
      high = schema.path("maximum").isNumber() ? schema.get("maximum").decimalValue() : null;
      highExclusive = exclusiveMax.asBoolean(false);
    }
    BigDecimal step =
        schema.path("multipleOf").isNumber() ? schema.get("multipleOf").decimalValue() : null;
    this.multipleOf = step != null && step.signum() > 0 ? step : null;
  }

  /** The wished-for value moved into bounds, or a small valid one (1 if allowed) for null. */
  JsonNode node(BigDecimal wish) {
    BigDecimal value = fit(wish == null ? BigDecimal.ONE : wish);
    return json(value, integer);
  }

  /**
   * The node Jackson itself would read for this number from JSON text (an int node for 3, a double
   * node for 19.99), so generated arguments compare equal to parsed ones.
   */
  static JsonNode json(BigDecimal value, boolean integer) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    BigDecimal plain = value.stripTrailingZeros();
    if (integer || plain.scale() <= 0) {
      BigInteger whole = value.setScale(0, RoundingMode.HALF_UP).toBigInteger();
      if (whole.bitLength() < Integer.SIZE) {
        return json.numberNode(whole.intValue());
      }
      return whole.bitLength() < Long.SIZE
          ? json.numberNode(whole.longValue())
          : json.numberNode(whole);
    }
    double asDouble = plain.doubleValue();
    return new BigDecimal(Double.toString(asDouble)).compareTo(plain) == 0
        ? json.numberNode(asDouble)
        : json.numberNode(plain);
  }

  private BigDecimal fit(BigDecimal wish) {
    BigDecimal value = integer ? wish.setScale(0, RoundingMode.HALF_UP) : wish;
    if (low != null && (value.compareTo(low) < 0 || lowExclusive && value.compareTo(low) == 0)) {
      value = lowExclusive ? above(low) : roundUp(low);
    }
    if (high != null
        && (value.compareTo(high) > 0 || highExclusive && value.compareTo(high) == 0)) {
      value = highExclusive ? below(high) : roundDown(high);
    }
    if (multipleOf != null) {
      BigDecimal up = value.divide(multipleOf, 0, RoundingMode.CEILING).multiply(multipleOf);
      boolean upFits =
          high == null || up.compareTo(high) < 0 || !highExclusive && up.compareTo(high) == 0;
      value = upFits ? up : value.divide(multipleOf, 0, RoundingMode.FLOOR).multiply(multipleOf);
    }
    return value;
  }

  private BigDecimal above(BigDecimal bound) {
    if (integer) {
      return bound.setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE);
    }
    return high != null ? bound.add(high).divide(BigDecimal.valueOf(2)) : bound.add(FRACTION);
  }

  private BigDecimal below(BigDecimal bound) {
    if (integer) {
      return bound.setScale(0, RoundingMode.CEILING).subtract(BigDecimal.ONE);
    }
    return low != null ? bound.add(low).divide(BigDecimal.valueOf(2)) : bound.subtract(FRACTION);
  }

  private BigDecimal roundUp(BigDecimal bound) {
    return integer ? bound.setScale(0, RoundingMode.CEILING) : bound;
  }

  private BigDecimal roundDown(BigDecimal bound) {
    return integer ? bound.setScale(0, RoundingMode.FLOOR) : bound;
  }
}
