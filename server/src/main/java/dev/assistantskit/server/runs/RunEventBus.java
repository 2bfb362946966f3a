package dev.assistantskit.server.runs;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Hands the events of a run to whoever listens (a stream being sent). Events are published after
 * the transaction that caused them committed, in order: the executor publishes each change of a run
 * before the next change of that run commits.
 */
public final class RunEventBus {
  private final Map<String, List<Consumer<RunEvent>>> listeners = new ConcurrentHashMap<>();

  /** Listens to a run's events until the returned handle is closed. */
  public AutoCloseable subscribe(String runId, Consumer<RunEvent> listener) {
    listeners.computeIfAbsent(runId, id -> new CopyOnWriteArrayList<>()).add(listener);
    return () ->
        listeners.computeIfPresent(
            runId,
            (id, list) -> {
              list.remove(listener);
              return list.isEmpty() ? null : list;
            });
  }

  /** Hands each event to the listeners of its run; call after the change committed. */
  public void publish(List<RunEvent> events) {
    for (RunEvent event : events) {
      List<Consumer<RunEvent>> subscribed = listeners.get(event.runId());
      if (subscribed != null) {
        for (Consumer<RunEvent> listener : subscribed) {
          listener.accept(event);
        }
      }
    }
  }

  public int listening() {
    return listeners.values().stream().mapToInt(List::size).sum();
  }
}
