package dev.assistantskit.conformance.steps;

import dev.assistantskit.conformance.World;
import io.cucumber.java.After;
import io.cucumber.java.Before;
import org.opentest4j.TestAbortedException;

/**
 * Skips what the target cannot run, with the reason, and cleans up after every scenario.
 *
 * <p>{@code @emulator} scenarios need the emulator's control plane; {@code @needs-bearer-token}
 * ones need a token the target accepts.
 */
public final class Hooks {
  public static final String NEEDS_CONTROL_PLANE = "needs the emulator control plane";
  public static final String NEEDS_BEARER_TOKEN =
      "needs a bearer token: set ASSISTANTS_BEARER_TOKEN to an Entra ID access token";

  private final World world;

  public Hooks(World world) {
    this.world = world;
  }

  @Before("@emulator")
  public void needsControlPlane() {
    if (!world.target().hasControlPlane()) {
      throw new TestAbortedException(NEEDS_CONTROL_PLANE);
    }
  }

  @Before("@needs-bearer-token")
  public void needsBearerToken() {
    if (world.target().bearerToken() == null) {
      throw new TestAbortedException(NEEDS_BEARER_TOKEN);
    }
  }

  @After
  public void cleanUp() {
    world.cleanUp();
  }
}
