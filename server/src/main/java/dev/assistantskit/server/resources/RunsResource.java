package dev.assistantskit.server.resources;

import dev.assistantskit.server.errors.Errors;
import dev.assistantskit.server.generated.api.RunsApi;
import dev.assistantskit.server.generated.model.CreateRunRequest;
import dev.assistantskit.server.generated.model.CreateThreadAndRunRequest;
import dev.assistantskit.server.generated.model.ListRunsResponse;
import dev.assistantskit.server.generated.model.ModifyRunRequest;
import dev.assistantskit.server.generated.model.RunObject;
import dev.assistantskit.server.generated.model.SubmitToolOutputsRunRequest;

/** The Runs operations. */
public final class RunsResource implements RunsApi {
  @Override
  public RunObject cancelRun(String threadId, String runId, String apiVersion) {
    throw Errors.notImplemented("cancelRun");
  }

  @Override
  public jakarta.ws.rs.core.Response createRun(
      String threadId, String apiVersion, CreateRunRequest createRunRequest) {
    throw Errors.notImplemented("createRun");
  }

  @Override
  public jakarta.ws.rs.core.Response createThreadAndRun(
      String apiVersion, CreateThreadAndRunRequest createThreadAndRunRequest) {
    throw Errors.notImplemented("createThreadAndRun");
  }

  @Override
  public RunObject getRun(String threadId, String runId, String apiVersion) {
    throw Errors.notImplemented("getRun");
  }

  @Override
  public ListRunsResponse listRuns(
      String threadId,
      String apiVersion,
      Integer limit,
      String order,
      String after,
      String before) {
    throw Errors.notImplemented("listRuns");
  }

  @Override
  public RunObject modifyRun(
      String threadId, String runId, String apiVersion, ModifyRunRequest modifyRunRequest) {
    throw Errors.notImplemented("modifyRun");
  }

  @Override
  public jakarta.ws.rs.core.Response submitToolOutputsToRun(
      String threadId,
      String runId,
      String apiVersion,
      SubmitToolOutputsRunRequest submitToolOutputsRunRequest) {
    throw Errors.notImplemented("submitToolOutputsToRun");
  }
}
