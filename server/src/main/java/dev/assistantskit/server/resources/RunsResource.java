package dev.assistantskit.server.resources;

import dev.assistantskit.server.Emulator;
import dev.assistantskit.server.control.FaultFilter;
import dev.assistantskit.server.generated.api.RunsApi;
import dev.assistantskit.server.generated.model.CreateRunRequest;
import dev.assistantskit.server.generated.model.CreateThreadAndRunRequest;
import dev.assistantskit.server.generated.model.ListRunsResponse;
import dev.assistantskit.server.generated.model.ModifyRunRequest;
import dev.assistantskit.server.generated.model.RunObject;
import dev.assistantskit.server.generated.model.SubmitToolOutputsRunRequest;
import dev.assistantskit.server.runs.RunService;
import dev.assistantskit.server.streaming.RunStream;
import dev.assistantskit.server.wire.Checks;
import dev.assistantskit.server.wire.WireRuns;
import dev.assistantskit.server.wire.WireThreads;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Consumer;
import org.glassfish.jersey.server.AsyncContext;
import org.glassfish.jersey.server.ContainerRequest;

/** The Runs operations. */
@Singleton
public final class RunsResource implements RunsApi {
  private final Emulator emulator;
  private final RunService runs;
  private final Provider<ContainerRequest> request;
  private final Provider<AsyncContext> async;

  @Inject
  public RunsResource(
      Emulator emulator, Provider<ContainerRequest> request, Provider<AsyncContext> async) {
    this.emulator = emulator;
    this.runs = emulator.runs();
    this.request = request;
    this.async = async;
  }

  @Override
  public Response createRun(String threadId, String apiVersion, CreateRunRequest body) {
    if (Boolean.TRUE.equals(body.getStream())) {
      return streamed(stream -> runs.create(threadId, WireRuns.draft(body), stream));
    }
    return json(WireRuns.wire(runs.create(threadId, WireRuns.draft(body))));
  }

  @Override
  public Response createThreadAndRun(String apiVersion, CreateThreadAndRunRequest body) {
    if (Boolean.TRUE.equals(body.getStream())) {
      return streamed(
          stream ->
              runs.createThreadAndRun(
                  WireThreads.draft(body.getThread()), WireRuns.draft(body), stream));
    }
    return json(
        WireRuns.wire(
            runs.createThreadAndRun(WireThreads.draft(body.getThread()), WireRuns.draft(body))
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
      String threadId, String runId, String apiVersion, SubmitToolOutputsRunRequest body) {
    if (Boolean.TRUE.equals(body.getStream())) {
      return streamed(
          stream -> runs.submitToolOutputs(threadId, runId, WireRuns.outputs(body), stream));
    }
    return json(WireRuns.wire(runs.submitToolOutputs(threadId, runId, WireRuns.outputs(body))));
  }

  private static Response json(RunObject run) {
    return Response.ok(run, MediaType.APPLICATION_JSON_TYPE).build();
  }

  /**
   * Starts a streamed run on a suspended request, which the stream answers at its first event (see
   * {@link RunStream}). If starting fails, the answer is an ordinary JSON error. What this method
   * returns is ignored: the request is suspended.
   */
  private Response streamed(Consumer<RunStream> start) {
    Object breakAfter = request.get().getProperty(FaultFilter.STREAM_ERROR_AFTER);
    AsyncContext suspended = async.get();
    if (!suspended.suspend()) {
      throw new IllegalStateException("The request could not be suspended for a stream");
    }
    RunStream stream =
        new RunStream(
            emulator.json(),
            emulator.tokens(),
            breakAfter instanceof Integer n ? n : -1,
            suspended);
    try {
      start.accept(stream);
    } catch (RuntimeException | Error failure) {
      stream.refuse(failure);
    }
    return null;
  }
}
