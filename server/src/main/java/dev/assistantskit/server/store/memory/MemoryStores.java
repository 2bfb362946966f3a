package dev.assistantskit.server.store.memory;

import dev.assistantskit.server.store.AssistantStore;
import dev.assistantskit.server.store.FileBatchStore;
import dev.assistantskit.server.store.FileStore;
import dev.assistantskit.server.store.MessageStore;
import dev.assistantskit.server.store.RunStepStore;
import dev.assistantskit.server.store.RunStore;
import dev.assistantskit.server.store.Stores;
import dev.assistantskit.server.store.ThreadStore;
import dev.assistantskit.server.store.Tx;
import dev.assistantskit.server.store.VectorStoreFileStore;
import dev.assistantskit.server.store.VectorStoreStore;
import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * The default {@link Stores}: everything in memory. One writer at a time, readers in parallel with
 * each other; a writer that throws leaves no trace (its journal is replayed backwards).
 */
public final class MemoryStores implements Stores, Tx {
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Journal journal = new Journal();
  private final MemoryAssistantStore assistants = new MemoryAssistantStore(journal);
  private final MemoryThreadStore threads = new MemoryThreadStore(journal);
  private final MemoryMessageStore messages = new MemoryMessageStore(journal);
  private final MemoryFileStore files = new MemoryFileStore(journal);
  private final MemoryVectorStoreStore vectorStores = new MemoryVectorStoreStore(journal);
  private final MemoryVectorStoreFileStore vectorStoreFiles =
      new MemoryVectorStoreFileStore(journal);
  private final MemoryFileBatchStore fileBatches = new MemoryFileBatchStore(journal);
  private final MemoryRunStore runs = new MemoryRunStore(journal);
  private final MemoryRunStepStore runSteps = new MemoryRunStepStore(journal);

  @Override
  public <T> T read(Function<Tx, T> work) {
    lock.readLock().lock();
    try {
      return work.apply(this);
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public <T> T write(Function<Tx, T> work) {
    lock.writeLock().lock();
    try {
      journal.begin();
      T result;
      try {
        result = work.apply(this);
      } catch (RuntimeException | Error failure) {
        journal.rollback();
        throw failure;
      }
      journal.commit();
      return result;
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public void clear() {
    write(
        tx -> {
          tables().forEach(OrderedTable::clear);
          return null;
        });
  }

  private List<OrderedTable<?>> tables() {
    return List.of(
        assistants.table,
        threads.table,
        messages.table,
        messages.byRun,
        files.table,
        vectorStores.table,
        vectorStoreFiles.table,
        fileBatches.table,
        runs.table,
        runSteps.table);
  }

  @Override
  public AssistantStore assistants() {
    return assistants;
  }

  @Override
  public ThreadStore threads() {
    return threads;
  }

  @Override
  public MessageStore messages() {
    return messages;
  }

  @Override
  public FileStore files() {
    return files;
  }

  @Override
  public VectorStoreStore vectorStores() {
    return vectorStores;
  }

  @Override
  public VectorStoreFileStore vectorStoreFiles() {
    return vectorStoreFiles;
  }

  @Override
  public FileBatchStore fileBatches() {
    return fileBatches;
  }

  @Override
  public RunStore runs() {
    return runs;
  }

  @Override
  public RunStepStore runSteps() {
    return runSteps;
  }
}
