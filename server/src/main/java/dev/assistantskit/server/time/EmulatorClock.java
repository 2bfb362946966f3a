package dev.assistantskit.server.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The emulator's clock: a base clock plus an offset that only grows. Tests and the control plane
 * advance it to make time pass (run expiry, vector store expiry) without sleeping.
 */
public final class EmulatorClock extends Clock {
  private final Clock base;
  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

  public EmulatorClock(Clock base) {
    this.base = base;
  }

  /**
   * Moves this clock forward and tells the listeners (expiry acts at once); negative amounts are
   * refused, time never runs backwards.
   */
  public void advance(Duration amount) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException("the clock only moves forward");
    }
    offset.accumulateAndGet(amount, Duration::plus);
    listeners.forEach(Runnable::run);
  }

  /** Called after every {@link #advance}. */
  public void onAdvance(Runnable listener) {
    listeners.add(listener);
  }

  /** Unix seconds, the unit of every timestamp on the wire. */
  public long seconds() {
    return instant().getEpochSecond();
  }

  public Duration offset() {
    return offset.get();
  }

  @Override
  public Instant instant() {
    return base.instant().plus(offset.get());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
