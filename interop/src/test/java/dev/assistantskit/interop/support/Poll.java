package dev.assistantskit.interop.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** Polling an emulator resource (a run) until it reaches a state. */
public final class Poll {
  private static final long INTERVAL_MILLIS = 25;

  private Poll() {}

  /**
   * Starting from {@code first}, fetches {@code next} every 25 ms until {@code done} holds; fails,
   * with {@code describe} of the last value, if it does not within {@code limit}.
   */
  public static <T> T until(
      T first,
      Predicate<T> done,
      UnaryOperator<T> next,
      Duration limit,
      Function<T, String> describe) {
    Instant deadline = Instant.now().plus(limit);
    T current = first;
    while (!done.test(current)) {
      assertThat(Instant.now())
          .as("%s after %s", describe.apply(current), limit)
          .isBefore(deadline);
      sleep(INTERVAL_MILLIS);
      current = next.apply(current);
    }
    return current;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
