package dev.assistantskit.conformance;

import dev.assistantskit.client.stream.AssistantStream;
import dev.assistantskit.client.stream.AssistantStreamEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * One streamed run as a scenario reads it: the events received so far, in order, read on demand
 * with the client's {@link AssistantStream}. A stream that is still open after {@link #LIMIT} is
 * closed, so a target that stops sending cannot hang the suite: the scenario then sees a stream
 * that did not end with {@code done}.
 */
public final class Streamed implements AutoCloseable {
  static final Duration LIMIT = Duration.ofSeconds(120);
  private static final ScheduledExecutorService WATCHDOG =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "conformance-stream-watchdog");
            thread.setDaemon(true);
            return thread;
          });

  private final AssistantStream stream;
  private final Iterator<AssistantStreamEvent> events;
  private final ScheduledFuture<?> watchdog;
  private final List<AssistantStreamEvent> received = new ArrayList<>();

  Streamed(AssistantStream stream) {
    this.stream = stream;
    this.events = stream.iterator();
    this.watchdog = WATCHDOG.schedule(stream::close, LIMIT.toSeconds(), TimeUnit.SECONDS);
  }

  /** The events received so far, in order. */
  public List<AssistantStreamEvent> received() {
    return List.copyOf(received);
  }

  /** Reads up to and including the first event {@code wanted} accepts; fails if the stream ends. */
  public AssistantStreamEvent readUntil(Predicate<AssistantStreamEvent> wanted, String what) {
    for (Optional<AssistantStreamEvent> event = next(); event.isPresent(); event = next()) {
      if (wanted.test(event.get())) {
        return event.get();
      }
    }
    throw new AssertionError("the stream ended before " + what + "; it sent " + names());
  }

  /** Reads every remaining event. */
  public List<AssistantStreamEvent> readAll() {
    while (next().isPresent()) {
      // each event is kept by next()
    }
    close();
    return received();
  }

  /** The names of the events received, in order. */
  public List<String> names() {
    return received.stream().map(AssistantStreamEvent::event).toList();
  }

  private Optional<AssistantStreamEvent> next() {
    try {
      if (!events.hasNext()) {
        return Optional.empty();
      }
      AssistantStreamEvent event = events.next();
      received.add(event);
      return Optional.of(event);
    } catch (RuntimeException e) {
      AssertionError violation = violationIn(e);
      if (violation != null) {
        throw violation;
      }
      throw e;
    }
  }

  /**
   * A contract violation the checking client found in an event reaches the reader wrapped in the
   * reader's I/O error: unwrap it, so the scenario fails naming the event and the field.
   */
  private static AssertionError violationIn(RuntimeException failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof AssertionError violation) {
        return violation;
      }
    }
    return null;
  }

  @Override
  public void close() {
    watchdog.cancel(false);
    stream.close();
  }
}
