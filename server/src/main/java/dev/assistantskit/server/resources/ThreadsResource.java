package dev.assistantskit.server.resources;

import dev.assistantskit.server.errors.Errors;
import dev.assistantskit.server.generated.api.ThreadsApi;
import dev.assistantskit.server.generated.model.CreateThreadRequest;
import dev.assistantskit.server.generated.model.DeleteThreadResponse;
import dev.assistantskit.server.generated.model.ModifyThreadRequest;
import dev.assistantskit.server.generated.model.ThreadObject;

/** The Threads operations. */
public final class ThreadsResource implements ThreadsApi {
  @Override
  public ThreadObject createThread(String apiVersion, CreateThreadRequest createThreadRequest) {
    throw Errors.notImplemented("createThread");
  }

  @Override
  public DeleteThreadResponse deleteThread(String threadId, String apiVersion) {
    throw Errors.notImplemented("deleteThread");
  }

  @Override
  public ThreadObject getThread(String threadId, String apiVersion) {
    throw Errors.notImplemented("getThread");
  }

  @Override
  public ThreadObject modifyThread(
      String threadId, String apiVersion, ModifyThreadRequest modifyThreadRequest) {
    throw Errors.notImplemented("modifyThread");
  }
}
