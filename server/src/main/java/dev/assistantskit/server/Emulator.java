package dev.assistantskit.server;

/**
 * The composition root: one emulator's configuration, state and services. Everything a resource
 * needs is reached from here, so two emulators in one JVM never share state.
 */
public final class Emulator implements AutoCloseable {
  private final EmulatorConfig config;

  public Emulator(EmulatorConfig config) {
    this.config = config;
  }

  public EmulatorConfig config() {
    return config;
  }

  @Override
  public void close() {}
}
