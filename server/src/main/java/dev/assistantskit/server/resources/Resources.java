package dev.assistantskit.server.resources;

import java.util.List;

/** One hand-written resource per tag of the spec, each implementing its generated interface. */
public final class Resources {
  private Resources() {}

  public static List<Class<?>> all() {
    return List.of(
        AssistantsResource.class,
        ThreadsResource.class,
        MessagesResource.class,
        RunsResource.class,
        RunStepsResource.class,
        VectorStoresResource.class,
        VectorStoreFilesResource.class,
        VectorStoreFileBatchesResource.class,
        FilesResource.class);
  }
}
