package dev.assistantskit.conformance.steps;

import io.cucumber.java.en.When;
import org.opentest4j.TestAbortedException;

/**
 * Test only (not shipped): a step that gives up on its scenario, the way an assumption that does
 * not hold would, for {@code testfeatures/gives_up.feature}.
 */
public final class GivingUpSteps {
  @When("a step gives up because {string}")
  public void aStepGivesUp(String reason) {
    throw new TestAbortedException(reason);
  }
}
