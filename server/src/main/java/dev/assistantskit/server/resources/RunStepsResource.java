package dev.assistantskit.server.resources;

import dev.assistantskit.server.errors.Errors;
import dev.assistantskit.server.generated.api.RunStepsApi;
import dev.assistantskit.server.generated.model.ListRunStepsResponse;
import dev.assistantskit.server.generated.model.RunStepObject;

/** The RunSteps operations. */
public final class RunStepsResource implements RunStepsApi {
  @Override
  public RunStepObject getRunStep(String threadId, String runId, String stepId, String apiVersion) {
    throw Errors.notImplemented("getRunStep");
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
    throw Errors.notImplemented("listRunSteps");
  }
}
