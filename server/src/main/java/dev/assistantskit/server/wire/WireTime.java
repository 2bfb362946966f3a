package dev.assistantskit.server.wire;

/** Unix seconds as the generated models hold them (a 32-bit integer, as Azure's spec types it). */
public final class WireTime {
  private WireTime() {}

  public static Integer of(long seconds) {
    return Math.toIntExact(seconds);
  }

  public static Integer of(Long seconds) {
    return seconds == null ? null : of(seconds.longValue());
  }
}
