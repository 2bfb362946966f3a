package dev.assistantskit.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assistantskit.server.assistants.AssistantService;
import dev.assistantskit.server.backend.DeterministicModel;
import dev.assistantskit.server.backend.ModelBackend;
import dev.assistantskit.server.backend.TokenCounter;
import dev.assistantskit.server.backend.scripted.Tokenizer;
import dev.assistantskit.server.control.Faults;
import dev.assistantskit.server.control.ScriptBook;
import dev.assistantskit.server.control.ScriptFile;
import dev.assistantskit.server.domain.Ids;
import dev.assistantskit.server.files.FileContents;
import dev.assistantskit.server.files.FileService;
import dev.assistantskit.server.json.WireJson;
import dev.assistantskit.server.messages.MessageService;
import dev.assistantskit.server.messages.MessageWriter;
import dev.assistantskit.server.runs.RunEventBus;
import dev.assistantskit.server.runs.RunExecutor;
import dev.assistantskit.server.runs.RunService;
import dev.assistantskit.server.runs.RunWriter;
import dev.assistantskit.server.runs.ThreadLock;
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
  private final ScriptBook scripts = new ScriptBook();
  private final Faults faults = new Faults();
  private final RunEventBus events = new RunEventBus();
  private final ObjectMapper json = WireJson.newMapper();
  private final TokenCounter tokens = new Tokenizer();
  private final AssistantService assistants;
  private final ThreadService threads;
  private final MessageService messages;
  private final FileService files;
  private final VectorStoreService vectorStores;
  private final VectorStoreFileService vectorStoreFiles;
  private final RunExecutor executor;
  private final RunService runs;

  public Emulator(EmulatorConfig config) {
    this(config, new DeterministicModel());
  }

  public Emulator(EmulatorConfig config, ModelBackend model) {
    this.config = config;
    this.clock = new EmulatorClock(config.clock());
    this.stores = new MemoryStores();
    this.contents = new FileContents(config.dataDirectory());
    Ids ids = new Ids();
    VectorStoreWriter vectorStoreWriter = new VectorStoreWriter(clock, ids, contents::exists);
    ToolResourcesResolver resources = new ToolResourcesResolver(vectorStoreWriter);
    MessageWriter messageWriter = new MessageWriter(clock, ids, vectorStoreWriter);
    ThreadLock lock = new ThreadLock(clock);
    this.assistants = new AssistantService(stores, clock, ids, resources);
    this.threads = new ThreadService(stores, clock, ids, resources, messageWriter);
    this.messages = new MessageService(stores, messageWriter, lock, events);
    this.files = new FileService(stores, contents, clock, ids, config.maxUploadBytes());
    this.vectorStores = new VectorStoreService(stores, clock, vectorStoreWriter);
    this.vectorStoreFiles = new VectorStoreFileService(stores, clock, ids, vectorStoreWriter);
    this.executor =
        new RunExecutor(
            stores,
            clock,
            model,
            scripts,
            files,
            tokens,
            events,
            new RunWriter(clock, ids, tokens));
    this.runs =
        new RunService(
            stores,
            clock,
            ids,
            config.runExpiry(),
            lock,
            threads,
            messageWriter,
            resources,
            executor,
            events);
    if (config.scriptFile() != null) {
      ScriptFile.read(config.scriptFile(), json).applyTo(scripts, faults);
    }
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

  /** The bytes of uploaded files, on disk. */
  public FileContents contents() {
    return contents;
  }

  public VectorStoreService vectorStores() {
    return vectorStores;
  }

  public VectorStoreFileService vectorStoreFiles() {
    return vectorStoreFiles;
  }

  public RunService runs() {
    return runs;
  }

  public RunExecutor executor() {
    return executor;
  }

  public RunEventBus events() {
    return events;
  }

  /** The wire's JSON policy, for what is written outside Jersey's entity providers (streams). */
  public ObjectMapper json() {
    return json;
  }

  public TokenCounter tokens() {
    return tokens;
  }

  public ScriptBook scripts() {
    return scripts;
  }

  public Faults faults() {
    return faults;
  }

  /** Forgets every object, file, script and fault (the control plane's reset). */
  public void reset() {
    scripts.clear();
    faults.clear();
    stores.clear();
    contents.clear();
  }

  @Override
  public void close() {
    executor.close();
    contents.close();
  }
}
