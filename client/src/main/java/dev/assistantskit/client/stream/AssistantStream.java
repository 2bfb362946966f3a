package dev.assistantskit.client.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assistantskit.client.invoker.ApiClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The events of one streamed run, typed, in the order they arrive.
 *
 * <p>Events are read from the connection as they come: the first one is available as soon as the
 * server has sent it, long before the run ends. Iteration ends after the {@code done} event or at
 * the end of the response. An {@code error} event is delivered like any other (see {@link
 * AssistantStreamEvent#throwIfError()}); events with names this client does not know are delivered
 * as {@link AssistantStreamEvent.Unknown}.
 *
 * <pre>{@code
 * try (AssistantStream events = client.streamRun(threadId, new CreateRunRequest().assistantId(id))) {
 *   for (AssistantStreamEvent event : events) {
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>Close it (try-with-resources) when you stop early: that closes the connection. It is closed by
 * itself once the end is reached. An instance can be iterated once; it may be closed from another
 * thread, which ends the iteration.
 *
 * <p>Failures while iterating are unchecked: {@link AssistantStreamException} if a known event's
 * data does not parse (naming the event), {@link UncheckedIOException} if the connection fails.
 */
public final class AssistantStream implements Iterable<AssistantStreamEvent>, AutoCloseable {
  private final InputStream body;
  private final ServerSentEventReader reader;
  private final EventParser parser;
  private final Map<String, List<String>> headers;
  private final Object iteratorLock = new Object();
  private boolean iterated;
  private volatile boolean closed;
  private volatile boolean doneReceived;

  AssistantStream(InputStream body, ObjectMapper mapper, Map<String, List<String>> headers) {
    this.body = Objects.requireNonNull(body, "body");
    this.reader = new ServerSentEventReader(body);
    this.parser = new EventParser(Objects.requireNonNull(mapper, "mapper"));
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    this.headers = Collections.unmodifiableMap(copy);
  }

  /**
   * Reads an event stream from any source, e.g. a response body obtained some other way or a
   * recording. The payloads are read with the generated client's default {@link ObjectMapper}.
   *
   * @param eventStream the {@code text/event-stream} bytes (UTF-8); closed by {@link #close()}
   * @return the stream
   */
  public static AssistantStream read(InputStream eventStream) {
    return read(eventStream, ApiClient.createDefaultObjectMapper());
  }

  /**
   * Reads an event stream from any source with the given mapper.
   *
   * @param eventStream the {@code text/event-stream} bytes (UTF-8); closed by {@link #close()}
   * @param mapper reads the payloads into the generated model types
   * @return the stream
   */
  public static AssistantStream read(InputStream eventStream, ObjectMapper mapper) {
    return new AssistantStream(eventStream, mapper, Map.of());
  }

  /**
   * The events, read on demand. Only one iterator can be obtained.
   *
   * @return the iterator
   * @throws IllegalStateException if an iterator (or {@link #stream()}) was already obtained
   */
  @Override
  public Iterator<AssistantStreamEvent> iterator() {
    synchronized (iteratorLock) {
      if (iterated) {
        throw new IllegalStateException("An AssistantStream can be iterated only once");
      }
      iterated = true;
    }
    return new Events();
  }

  /**
   * The events as a sequential {@link Stream}; closing it closes this.
   *
   * @return the stream of events
   * @throws IllegalStateException if an iterator was already obtained
   */
  public Stream<AssistantStreamEvent> stream() {
    Spliterator<AssistantStreamEvent> events =
        Spliterators.spliteratorUnknownSize(
            iterator(), Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE);
    return StreamSupport.stream(events, false).onClose(this::close);
  }

  /**
   * Reads every remaining event, then closes.
   *
   * @return the events in arrival order
   */
  public List<AssistantStreamEvent> readAll() {
    List<AssistantStreamEvent> all = new ArrayList<>();
    try {
      iterator().forEachRemaining(all::add);
    } finally {
      close();
    }
    return all;
  }

  /**
   * Whether the {@code done} event has been read, i.e. the stream ended as it should rather than
   * being cut off.
   *
   * @return true after the {@code done} event
   */
  public boolean doneReceived() {
    return doneReceived;
  }

  /**
   * The response headers (case-insensitive names); empty for {@link #read(InputStream)}.
   *
   * @return the headers
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** Closes the connection; iteration ends. Idempotent. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      body.close();
    } catch (IOException ignored) {
      // Nothing left to release.
    }
  }

  private final class Events implements Iterator<AssistantStreamEvent> {
    private AssistantStreamEvent next;
    private boolean finished;

    @Override
    public boolean hasNext() {
      if (next != null) {
        return true;
      }
      if (finished || closed) {
        return false;
      }
      ServerSentEventReader.Event raw = readRaw();
      if (raw == null) {
        finished = true;
        close();
        return false;
      }
      next = parser.parse(raw.name(), raw.data());
      if (next.type() == EventType.DONE) {
        doneReceived = true;
        finished = true;
        close();
      }
      return true;
    }

    private ServerSentEventReader.Event readRaw() {
      try {
        return reader.next();
      } catch (IOException e) {
        if (closed) {
          return null;
        }
        close();
        throw new UncheckedIOException("Reading the event stream failed: " + e.getMessage(), e);
      }
    }

    @Override
    public AssistantStreamEvent next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      AssistantStreamEvent event = next;
      next = null;
      return event;
    }
  }
}
