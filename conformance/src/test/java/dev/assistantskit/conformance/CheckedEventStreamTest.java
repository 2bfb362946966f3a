package dev.assistantskit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An event stream reaches the reader event by event, each once it is complete and checked against
 * the contract; the first event the contract does not allow ends it with an error naming the event
 * and the field, after the events before it.
 */
class CheckedEventStreamTest {
  private static final String DONE = "event: done\ndata: [DONE]\n\n";

  private final Connection connection = new Connection();
  private Reader reader;
  private CheckedEventStream<List<String>> stream;

  @BeforeEach
  void subscribe() {
    subscribe(new Reader(1));
  }

  private void subscribe(Reader subscriber) {
    reader = subscriber;
    stream =
        new CheckedEventStream<>(
            reader, new EventStreamCheck("POST", "/openai/threads/thread_x/runs"));
    stream.onSubscribe(connection);
  }

  private void arrives(String text) {
    stream.onNext(List.of(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void anEventReachesTheReaderOnlyOnceItIsComplete() {
    arrives("event: do");
    arrives("ne\r\ndata: [DO");

    assertThat(reader.received).isEmpty();
    assertThat(connection.requested).as("asked the connection for more").isEqualTo(3);

    arrives("NE]\r\n\r\n: a comment\n\n");
    stream.onComplete();

    assertThat(String.join("", reader.received))
        .isEqualTo("event: done\r\ndata: [DONE]\r\n\r\n: a comment\n\n");
    assertThat(reader.completed).isTrue();
  }

  @Test
  void theReaderGetsNoMoreThanItAskedFor() {
    subscribe(new Reader(0));
    arrives(DONE + DONE);

    assertThat(reader.received).isEmpty();

    stream.request(1);

    assertThat(reader.received).containsExactly(DONE + DONE);
  }

  @Test
  void anEventWhoseDataTheContractDoesNotAllowEndsTheStreamNamingTheEventAndTheField() {
    arrives(DONE + "event: done\ndata: DONE\n\n" + DONE);

    assertThat(reader.received).containsExactly(DONE);
    assertThat(reader.error)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "POST /openai/threads/thread_x/runs streamed a \"done\" event whose data the contract"
                + " does not allow")
        .hasMessageContaining("/data")
        .hasMessageContaining("[DONE]");
    assertThat(connection.cancelled).isTrue();
  }

  @Test
  void anEventTheContractDoesNotHaveEndsTheStreamNamingIt() {
    arrives("event: thread.run.exploded\ndata: {}\n\n");

    assertThat(reader.error)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "streamed an event \"thread.run.exploded\" that the contract does not have");
  }

  @Test
  void aStreamReadWholeByRawHttpIsCheckedEventByEventToo() {
    ContractCheck.Exchange exchange =
        new ContractCheck.Exchange(
            "POST",
            URI.create("http://localhost/openai/threads/thread_x/runs?api-version=x"),
            200,
            "text/event-stream",
            (DONE + "event: done\ndata: DONE\n\n").getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> ContractCheck.verify(exchange, "/openai"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("streamed a \"done\" event whose data the contract does not allow");
  }

  /** The caller's subscriber: asks for one item at a time unless told otherwise. */
  private static final class Reader implements HttpResponse.BodySubscriber<List<String>> {
    final List<String> received = new ArrayList<>();
    Flow.Subscription subscription;
    final int wants;
    Throwable error;
    boolean completed;

    Reader(int wants) {
      this.wants = wants;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      if (wants > 0) {
        subscription.request(wants);
      }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      items.forEach(item -> received.add(StandardCharsets.UTF_8.decode(item).toString()));
      subscription.request(1);
    }

    @Override
    public void onError(Throwable throwable) {
      error = throwable;
    }

    @Override
    public void onComplete() {
      completed = true;
    }

    @Override
    public CompletionStage<List<String>> getBody() {
      return CompletableFuture.completedFuture(received);
    }
  }

  /** The connection underneath: counts what it is asked for. */
  private static final class Connection implements Flow.Subscription {
    long requested;
    boolean cancelled;

    @Override
    public void request(long n) {
      requested += n;
    }

    @Override
    public void cancel() {
      cancelled = true;
    }
  }
}
