package dev.assistantskit.server.resources;

import dev.assistantskit.server.Emulator;
import dev.assistantskit.server.generated.api.ThreadsApi;
import dev.assistantskit.server.generated.model.CreateThreadRequest;
import dev.assistantskit.server.generated.model.DeleteThreadResponse;
import dev.assistantskit.server.generated.model.ModifyThreadRequest;
import dev.assistantskit.server.generated.model.ThreadObject;
import dev.assistantskit.server.threads.ThreadService;
import dev.assistantskit.server.wire.Checks;
import dev.assistantskit.server.wire.WireThreads;
import dev.assistantskit.server.wire.WireTools;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** The Threads operations. */
@Singleton
public final class ThreadsResource implements ThreadsApi {
  private final ThreadService threads;

  @Inject
  public ThreadsResource(Emulator emulator) {
    this.threads = emulator.threads();
  }

  @Override
  public ThreadObject createThread(String apiVersion, CreateThreadRequest request) {
    return WireThreads.wire(threads.create(WireThreads.draft(request)));
  }

  @Override
  public DeleteThreadResponse deleteThread(String threadId, String apiVersion) {
    threads.delete(threadId);
    return WireThreads.deleted(threadId);
  }

  @Override
  public ThreadObject getThread(String threadId, String apiVersion) {
    return WireThreads.wire(threads.get(threadId));
  }

  @Override
  public ThreadObject modifyThread(
      String threadId, String apiVersion, ModifyThreadRequest request) {
    return WireThreads.wire(
        threads.modify(
            threadId,
            WireTools.resources(request.getToolResources()),
            Checks.metadata("metadata", request.getMetadata())));
  }
}
