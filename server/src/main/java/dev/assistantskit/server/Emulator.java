package dev.assistantskit.server;

import dev.assistantskit.server.assistants.AssistantService;
import dev.assistantskit.server.domain.Ids;
import dev.assistantskit.server.files.FileContents;
import dev.assistantskit.server.files.FileService;
import dev.assistantskit.server.messages.MessageService;
import dev.assistantskit.server.messages.MessageWriter;
import dev.assistantskit.server.store.Stores;
import dev.assistantskit.server.store.memory.MemoryStores;
import dev.assistantskit.server.threads.ThreadService;
import dev.assistantskit.server.time.EmulatorClock;
import dev.assistantskit.server.vectorstores.ToolResourcesResolver;
import dev.assistantskit.server.vectorstores.VectorStoreFileService;
import dev.assistantskit.server.vectorstores.VectorStoreService;
import dev.assistantskit.server.vectorstores.VectorStoreWriter;

/**
 * The composition root: one emulator's configuration, state and services. Everything a resource
 * needs is reached from here, so two emulators in one JVM never share state.
 */
public final class Emulator implements AutoCloseable {
  private final EmulatorConfig config;
  private final EmulatorClock clock;
  private final Stores stores;
  private final FileContents contents;
  private final AssistantService assistants;
  private final ThreadService threads;
  private final MessageService messages;
  private final FileService files;
  private final VectorStoreService vectorStores;
  private final VectorStoreFileService vectorStoreFiles;

  public Emulator(EmulatorConfig config) {
    this.config = config;
    this.clock = new EmulatorClock(config.clock());
    this.stores = new MemoryStores();
    this.contents = new FileContents(config.dataDirectory());
    Ids ids = new Ids();
    VectorStoreWriter vectorStoreWriter = new VectorStoreWriter(clock, ids);
    ToolResourcesResolver resources = new ToolResourcesResolver(vectorStoreWriter);
    MessageWriter messageWriter = new MessageWriter(clock, ids, vectorStoreWriter);
    this.assistants = new AssistantService(stores, clock, ids, resources);
    this.threads = new ThreadService(stores, clock, ids, resources, messageWriter);
    this.messages = new MessageService(stores, messageWriter);
    this.files = new FileService(stores, contents, clock, ids, config.maxUploadBytes());
    this.vectorStores = new VectorStoreService(stores, clock, vectorStoreWriter);
    this.vectorStoreFiles = new VectorStoreFileService(stores, clock, ids, vectorStoreWriter);
  }

  public EmulatorConfig config() {
    return config;
  }

  public EmulatorClock clock() {
    return clock;
  }

  public Stores stores() {
    return stores;
  }

  public AssistantService assistants() {
    return assistants;
  }

  public ThreadService threads() {
    return threads;
  }

  public MessageService messages() {
    return messages;
  }

  public FileService files() {
    return files;
  }

  public VectorStoreService vectorStores() {
    return vectorStores;
  }

  public VectorStoreFileService vectorStoreFiles() {
    return vectorStoreFiles;
  }

  /** Forgets every object and file (the control plane's reset). */
  public void reset() {
    stores.clear();
    contents.clear();
  }

  @Override
  public void close() {
    contents.close();
  }
}
