package dev.assistantskit.server.streaming;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assistantskit.server.backend.TokenCounter;
import dev.assistantskit.server.runs.RunEvent;
import dev.assistantskit.server.runs.RunListener;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Set;
import org.glassfish.jersey.server.ChunkedOutput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run's events sent as a server-sent-event stream, from {@code thread.run.created} (or {@code
 * thread.created}) to the run's end or its {@code requires_action}, then {@code done}.
 *
 * <p>Writing is asynchronous (Jersey's chunked output): no server thread waits on a slow or
 * vanished client. A client that goes away only ends its stream — the run goes on — and its
 * subscription is dropped at the next event it would have received.
 *
 * <p>The request is suspended before the run starts, and resumed with the stream by its first
 * event, under this stream's lock. Jersey attaches the output to the response during that resume,
 * so no event and no close of this stream can race the attaching: a run that ends before the
 * request that started it has returned still sends every event (with the output returned from the
 * resource method instead, about one such stream in a thousand lost its end, or left its connection
 * unable to answer the next request).
 */
public final class RunStream implements RunListener {
  private static final Logger LOG = LoggerFactory.getLogger(RunStream.class);
  private static final Set<String> LAST =
      Set.of(
          "thread.run.requires_action",
          "thread.run.completed",
          "thread.run.incomplete",
          "thread.run.failed",
          "thread.run.cancelled",
          "thread.run.expired");

  private final ChunkedOutput<String> output = new ChunkedOutput<>(String.class, "");
  private final StreamFrames frames;
  private final int breakAfter;
  private final AsyncResponse response;
  private AutoCloseable subscription;
  private boolean opened;
  private boolean ended;
  private int sent;

  /**
   * @param breakAfter after how many events an injected fault breaks the stream with an {@code
   *     error} event, or -1 for never
   * @param response the suspended request, answered with the stream at its first event
   */
  public RunStream(ObjectMapper json, TokenCounter tokens, int breakAfter, AsyncResponse response) {
    this.frames = new StreamFrames(json, tokens);
    this.breakAfter = breakAfter;
    this.response = response;
  }

  /**
   * The run could not be started: the request is answered with the failure (an ordinary JSON
   * error), or, should the stream have begun already, the stream ends with an {@code error} event.
   */
  public synchronized void refuse(Throwable failure) {
    if (opened) {
      fail("The run could not be started.");
      return;
    }
    ended = true;
    unsubscribe();
    response.resume(failure);
  }

  @Override
  public synchronized void subscribed(AutoCloseable handle) {
    subscription = handle;
    if (ended) {
      unsubscribe();
    }
  }

  @Override
  public synchronized void accept(RunEvent event) {
    if (ended) {
      return;
    }
    if (sent++ == breakAfter) {
      fail("The stream was interrupted by a fault injected through the emulator's control plane.");
      return;
    }
    open();
    try {
      for (String frame : frames.of(event)) {
        output.write(frame);
      }
      if (LAST.contains(event.name())) {
        output.write(StreamFrames.DONE);
        end();
      }
    } catch (IOException gone) {
      LOG.debug("Stream of run {} lost its client: {}", event.runId(), gone.toString());
      end();
    } catch (RuntimeException bug) {
      LOG.error("Stream of run {} failed", event.runId(), bug);
      fail("The emulator could not send the " + event.name() + " event.");
    }
  }

  /** Ends the stream with an {@code error} event (a failure of the emulator, not of the run). */
  public synchronized void fail(String message) {
    if (ended) {
      return;
    }
    open();
    try {
      output.write(frames.error("server_error", message));
    } catch (IOException ignored) {
      // the client is gone already
    }
    end();
  }

  /** Answers the suspended request with the stream; Jersey attaches the output meanwhile. */
  private void open() {
    if (!opened) {
      opened = true;
      response.resume(
          Response.ok(output, MediaType.SERVER_SENT_EVENTS_TYPE)
              .header("Cache-Control", "no-cache")
              .build());
    }
  }

  private void end() {
    ended = true;
    try {
      output.close();
    } catch (IOException ignored) {
      // closing a stream whose client left: nothing more to do
    }
    unsubscribe();
  }

  private void unsubscribe() {
    if (subscription != null) {
      try {
        subscription.close();
      } catch (Exception ignored) {
        // unsubscribing cannot fail in a way that matters to the run
      }
      subscription = null;
    }
  }
}
