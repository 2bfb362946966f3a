package dev.assistantskit.server.files;

import dev.assistantskit.server.domain.Assistant;
import dev.assistantskit.server.domain.AssistantThread;
import dev.assistantskit.server.domain.Ids;
import dev.assistantskit.server.domain.StoredFile;
import dev.assistantskit.server.domain.VectorStoreFile;
import dev.assistantskit.server.errors.Errors;
import dev.assistantskit.server.store.Stores;
import dev.assistantskit.server.store.Tx;
import dev.assistantskit.server.time.EmulatorClock;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Uploaded and generated files: their descriptions in the stores, their bytes on disk. */
public final class FileService {
  /** Purposes whose files get Azure's fine-tuning style id ({@code file-} + 32 hex digits). */
  private static final Set<String> FINE_TUNE_PURPOSES =
      Set.of("fine-tune", "fine-tune-results", "batch", "batch_output");

  private final Stores stores;
  private final FileContents contents;
  private final EmulatorClock clock;
  private final Ids ids;
  private final long maxUploadBytes;

  public FileService(
      Stores stores, FileContents contents, EmulatorClock clock, Ids ids, long maxUploadBytes) {
    this.stores = stores;
    this.contents = contents;
    this.clock = clock;
    this.ids = ids;
    this.maxUploadBytes = maxUploadBytes;
  }

  public long maxUploadBytes() {
    return maxUploadBytes;
  }

  /** Streams an upload to disk, then records it; the file is {@code processed} at once. */
  public StoredFile upload(String filename, String purpose, InputStream content) {
    String id =
        FINE_TUNE_PURPOSES.contains(purpose)
            ? ids.nextFineTuneFile()
            : ids.next(Ids.ASSISTANTS_FILE);
    long bytes = contents.write(id, content, maxUploadBytes);
    return record(new StoredFile(id, clock.seconds(), bytes, filename, purpose, "processed", null));
  }

  /** Keeps a file a run produced (a chart), with purpose {@code assistants_output}. */
  public StoredFile storeOutput(String filename, byte[] content) {
    String id = ids.next(Ids.ASSISTANTS_FILE);
    contents.write(id, content);
    return record(
        new StoredFile(
            id, clock.seconds(), content.length, filename, "assistants_output", "processed", null));
  }

  public List<StoredFile> list(String purpose) {
    return stores.read(tx -> tx.files().list(purpose));
  }

  public StoredFile get(String id) {
    return stores.read(tx -> find(tx, id));
  }

  /** Where the bytes of an existing file are. */
  public Path content(String id) {
    get(id);
    return contents.path(id);
  }

  /**
   * Deletes a file: it leaves every vector store and every assistant's and thread's tool resources,
   * then its bytes are removed.
   */
  public void delete(String id) {
    stores.write(
        tx -> {
          find(tx, id);
          for (VectorStoreFile attached : tx.vectorStoreFiles().ofFile(id)) {
            tx.vectorStoreFiles().delete(attached.vectorStoreId(), id);
          }
          for (Assistant assistant : tx.assistants().referencing(id)) {
            tx.assistants().put(assistant.withToolResources(assistant.toolResources().without(id)));
          }
          for (AssistantThread thread : tx.threads().referencing(id)) {
            tx.threads().put(thread.withToolResources(thread.toolResources().without(id)));
          }
          tx.files().delete(id);
          return null;
        });
    contents.delete(id);
  }

  private StoredFile record(StoredFile file) {
    try {
      return stores.write(
          tx -> {
            tx.files().put(file);
            return file;
          });
    } catch (RuntimeException e) {
      contents.delete(file.id());
      throw e;
    }
  }

  public static StoredFile find(Tx tx, String id) {
    return tx.files().find(id).orElseThrow(() -> Errors.notFound("file", id));
  }
}
