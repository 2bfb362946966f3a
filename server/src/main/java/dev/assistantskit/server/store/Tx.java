package dev.assistantskit.server.store;

/** The stores of one transaction, one per aggregate. */
public interface Tx {
  AssistantStore assistants();

  ThreadStore threads();

  MessageStore messages();

  FileStore files();

  VectorStoreStore vectorStores();

  VectorStoreFileStore vectorStoreFiles();

  FileBatchStore fileBatches();

  RunStore runs();

  RunStepStore runSteps();
}
