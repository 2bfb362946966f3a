package dev.assistantskit.server.resources;

import dev.assistantskit.server.Emulator;
import dev.assistantskit.server.generated.api.RunStepsApi;
import dev.assistantskit.server.generated.model.ListRunStepsResponse;
import dev.assistantskit.server.generated.model.RunStepObject;
import dev.assistantskit.server.runs.RunService;
import dev.assistantskit.server.wire.Checks;
import dev.assistantskit.server.wire.WireRunSteps;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** The Run Steps operations. */
@Singleton
public final class RunStepsResource implements RunStepsApi {
  private final RunService runs;

  @Inject
  public RunStepsResource(Emulator emulator) {
    this.runs = emulator.runs();
  }

  @Override
  public RunStepObject getRunStep(String threadId, String runId, String stepId, String apiVersion) {
    return WireRunSteps.wire(runs.getStep(threadId, runId, stepId));
  }

  @Override
  public ListRunStepsResponse listRunSteps(
      String threadId,
      String runId,
      String apiVersion,
      Integer limit,
      String order,
      String after,
      String before) {
    return WireRunSteps.list(
        runs.listSteps(threadId, runId, Checks.page(limit, order, after, before)));
  }
}
