package dev.assistantskit.server.resources;

import dev.assistantskit.server.Emulator;
import dev.assistantskit.server.errors.Errors;
import dev.assistantskit.server.generated.api.RunsApi;
import dev.assistantskit.server.generated.model.CreateRunRequest;
import dev.assistantskit.server.generated.model.CreateThreadAndRunRequest;
import dev.assistantskit.server.generated.model.ListRunsResponse;
import dev.assistantskit.server.generated.model.ModifyRunRequest;
import dev.assistantskit.server.generated.model.RunObject;
import dev.assistantskit.server.generated.model.SubmitToolOutputsRunRequest;
import dev.assistantskit.server.runs.RunService;
import dev.assistantskit.server.wire.Checks;
import dev.assistantskit.server.wire.WireRuns;
import dev.assistantskit.server.wire.WireThreads;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The Runs operations. */
@Singleton
public final class RunsResource implements RunsApi {
  private final RunService runs;

  @Inject
  public RunsResource(Emulator emulator) {
    this.runs = emulator.runs();
  }

  @Override
  public Response createRun(String threadId, String apiVersion, CreateRunRequest request) {
    refuseStreaming(request.getStream());
    return json(WireRuns.wire(runs.create(threadId, WireRuns.draft(request))));
  }

  @Override
  public Response createThreadAndRun(String apiVersion, CreateThreadAndRunRequest request) {
    refuseStreaming(request.getStream());
    return json(
        WireRuns.wire(
            runs.createThreadAndRun(WireThreads.draft(request.getThread()), WireRuns.draft(request))
                .run()));
  }

  @Override
  public ListRunsResponse listRuns(
      String threadId,
      String apiVersion,
      Integer limit,
      String order,
      String after,
      String before) {
    return WireRuns.list(runs.list(threadId, Checks.page(limit, order, after, before)));
  }

  @Override
  public RunObject getRun(String threadId, String runId, String apiVersion) {
    return WireRuns.wire(runs.get(threadId, runId));
  }

  @Override
  public RunObject modifyRun(
      String threadId, String runId, String apiVersion, ModifyRunRequest request) {
    return WireRuns.wire(
        runs.modify(threadId, runId, Checks.metadata("metadata", request.getMetadata())));
  }

  @Override
  public RunObject cancelRun(String threadId, String runId, String apiVersion) {
    return WireRuns.wire(runs.cancel(threadId, runId));
  }

  @Override
  public Response submitToolOutputsToRun(
      String threadId, String runId, String apiVersion, SubmitToolOutputsRunRequest request) {
    refuseStreaming(request.getStream());
    return json(WireRuns.wire(runs.submitToolOutputs(threadId, runId, WireRuns.outputs(request))));
  }

  private static Response json(RunObject run) {
    return Response.ok(run, MediaType.APPLICATION_JSON_TYPE).build();
  }

  private static void refuseStreaming(Boolean stream) {
    if (Boolean.TRUE.equals(stream)) {
      throw Errors.invalid("stream", "Streaming ('stream': true) is not supported yet.", null);
    }
  }
}
