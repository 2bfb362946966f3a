package dev.assistantskit.server.files;

import dev.assistantskit.server.errors.Errors;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The bytes of files, on disk — under {@code --data-dir}, or in a temporary folder removed on
 * close. Content is streamed in and out, never held whole in memory, and a file appears under its
 * id only once completely written.
 */
public final class FileContents implements AutoCloseable {
  private static final int BUFFER = 64 * 1024;

  private final Path root;
  private final boolean temporary;

  public FileContents(Optional<Path> dataDir) {
    try {
      if (dataDir.isPresent()) {
        root = Files.createDirectories(dataDir.get().resolve("files"));
        temporary = false;
      } else {
        root = Files.createTempDirectory("assistants-kit-files-");
        temporary = true;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the file store", e);
    }
  }

  /**
   * Copies {@code content} to the file {@code id}; throws 413 (and keeps nothing) when it is longer
   * than {@code maxBytes}.
   *
   * @return the number of bytes written
   */
  public long write(String id, InputStream content, long maxBytes) {
    Path partial = root.resolve(id + ".part");
    long written = 0;
    try (InputStream in = content;
        OutputStream out = Files.newOutputStream(partial)) {
      byte[] buffer = new byte[BUFFER];
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        written += read;
        if (written > maxBytes) {
          throw Errors.payloadTooLarge(maxBytes);
        }
        out.write(buffer, 0, read);
      }
    } catch (IOException e) {
      deleteQuietly(partial);
      throw new UncheckedIOException("cannot store file " + id, e);
    } catch (RuntimeException e) {
      deleteQuietly(partial);
      throw e;
    }
    try {
      Files.move(partial, path(id), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      deleteQuietly(partial);
      throw new UncheckedIOException("cannot store file " + id, e);
    }
    return written;
  }

  public void write(String id, byte[] content) {
    write(id, new java.io.ByteArrayInputStream(content), Long.MAX_VALUE);
  }

  public boolean exists(String id) {
    return Files.isRegularFile(path(id));
  }

  public Path path(String id) {
    return root.resolve(id);
  }

  public void delete(String id) {
    deleteQuietly(path(id));
  }

  /** Removes every file's content (the control plane's reset). */
  public void clear() {
    try (Stream<Path> files = Files.list(root)) {
      files.forEach(FileContents::deleteQuietly);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    if (!temporary) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(FileContents::deleteQuietly);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException ignored) {
      // a file that cannot be removed now is left behind, not worth failing the request for
    }
  }
}
