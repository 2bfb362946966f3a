package dev.assistantskit.server.wire;

import dev.assistantskit.server.domain.AssistantThread;
import dev.assistantskit.server.generated.model.CreateThreadRequest;
import dev.assistantskit.server.generated.model.DeleteThreadResponse;
import dev.assistantskit.server.generated.model.ThreadObject;
import dev.assistantskit.server.threads.ThreadService;

/** Threads between the wire and the domain. */
public final class WireThreads {
  private WireThreads() {}

  public static ThreadService.Draft draft(CreateThreadRequest request) {
    if (request == null) {
      return ThreadService.Draft.EMPTY;
    }
    return new ThreadService.Draft(
        request.getMessages() == null
            ? null
            : request.getMessages().stream().map(WireMessages::newMessage).toList(),
        WireResources.create(request.getToolResources()),
        Checks.metadata("metadata", request.getMetadata()));
  }

  public static ThreadObject wire(AssistantThread thread) {
    return new ThreadObject()
        .id(thread.id())
        ._object(ThreadObject.ObjectEnum.THREAD)
        .createdAt(WireTime.of(thread.createdAt()))
        .toolResources(WireTools.wire(thread.toolResources()))
        .metadata(thread.metadata());
  }

  public static DeleteThreadResponse deleted(String id) {
    return new DeleteThreadResponse()
        .id(id)
        .deleted(true)
        ._object(DeleteThreadResponse.ObjectEnum.THREAD_DELETED);
  }
}
