package dev.assistantskit.interop.support;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** Prints the last exchanges of a failed test, so that a failure comes with its wire trace. */
public final class WireDump implements TestWatcher {
  private static final int SHOWN = 6;
  private final Supplier<InteropEmulator> emulator;

  public WireDump(Supplier<InteropEmulator> emulator) {
    this.emulator = emulator;
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    InteropEmulator current = emulator.get();
    if (current == null) {
      return;
    }
    List<Exchange> all = current.wire().exchanges();
    StringBuilder out = new StringBuilder();
    out.append("=== ")
        .append(context.getDisplayName())
        .append(" failed; last ")
        .append(Math.min(SHOWN, all.size()))
        .append(" of ")
        .append(all.size())
        .append(" exchanges ===\n");
    for (Exchange exchange : all.subList(Math.max(0, all.size() - SHOWN), all.size())) {
      out.append(exchange).append("\n---\n");
    }
    System.out.println(out);
  }
}
