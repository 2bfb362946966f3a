package dev.assistantskit.conformance.steps;

import dev.assistantskit.conformance.World;
import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.cucumber.java.Status;
import java.util.Set;
import org.opentest4j.TestAbortedException;

/**
 * Skips what the target cannot run, with the reason, and cleans up after every scenario.
 *
 * <p>{@code @emulator} scenarios need the emulator's control plane; {@code @needs-bearer-token}
 * ones need a token the target accepts. The embedded emulator has everything any scenario needs, so
 * against it nothing is ever skipped: a scenario that would be (by these hooks, or by a step that
 * gives up, is pending or undefined) fails instead, naming why, so that {@code mvn verify} and
 * {@code conform} cannot stay green on scenarios that did not run.
 */
public final class Hooks {
  public static final String NEEDS_CONTROL_PLANE = "needs the emulator control plane";
  public static final String NEEDS_BEARER_TOKEN =
      "needs a bearer token: set ASSISTANTS_BEARER_TOKEN to an Entra ID access token";

  /** What the message of a skip turned into a failure starts with. */
  public static final String NOTHING_SKIPPED =
      "against the embedded emulator every scenario must run, but this one was skipped";

  /** The ends of a scenario that mean it did not run to the end. */
  private static final Set<Status> NOT_RUN =
      Set.of(Status.SKIPPED, Status.PENDING, Status.UNDEFINED);

  private final World world;

  public Hooks(World world) {
    this.world = world;
  }

  @Before("@emulator")
  public void needsControlPlane() {
    if (!world.target().hasControlPlane()) {
      skip(NEEDS_CONTROL_PLANE);
    }
  }

  @Before("@needs-bearer-token")
  public void needsBearerToken() {
    if (world.target().bearerToken() == null) {
      skip(NEEDS_BEARER_TOKEN);
    }
  }

  /** Skips the scenario with {@code reason}; against the embedded emulator, fails it instead. */
  private void skip(String reason) {
    if (world.target().embedded()) {
      throw new AssertionError(NOTHING_SKIPPED + ": " + reason);
    }
    throw new TestAbortedException(reason);
  }

  @After
  public void cleanUp(Scenario scenario) {
    world.cleanUp();
    if (world.target().embedded() && NOT_RUN.contains(scenario.getStatus())) {
      throw new AssertionError(
          NOTHING_SKIPPED
              + ": it ended "
              + scenario.getStatus()
              + " (a step or hook gave up on it, or a step is pending or undefined)");
    }
  }
}
