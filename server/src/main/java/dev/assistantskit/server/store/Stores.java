package dev.assistantskit.server.store;

import java.util.function.Function;

/**
 * All state, reached only inside a transaction. A unit of work either happens completely or — when
 * it throws — not at all; a {@link #write} excludes every other write, so a check and the change it
 * guards (a thread's active run, say) cannot be interleaved with another request.
 *
 * <p>Stores hold immutable records and hand out values, never live objects: an implementation
 * backed by a database can replace the in-memory one without changing a service.
 */
public interface Stores {
  <T> T read(Function<Tx, T> work);

  <T> T write(Function<Tx, T> work);

  /** Forgets everything (the control plane's reset). */
  void clear();
}
