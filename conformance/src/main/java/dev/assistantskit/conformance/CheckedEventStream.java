package dev.assistantskit.conformance;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Stands between an event stream and the body subscriber the caller asked for: each event reaches
 * the caller as soon as it is complete and checked against the contract ({@link EventStreamCheck}),
 * never before. An event the contract does not allow ends the body with that {@link AssertionError}
 * once the events before it were delivered, so the reader fails on it, naming the event and the
 * field.
 *
 * <p>It keeps the caller's demand: at most one item is asked of the connection at a time, and only
 * while the caller wants more than what is ready.
 */
final class CheckedEventStream<T> implements HttpResponse.BodySubscriber<T>, Flow.Subscription {
  private final HttpResponse.BodySubscriber<T> downstream;
  private final EventStreamCheck check;
  private final Deque<byte[]> ready = new ArrayDeque<>();
  private Flow.Subscription upstream;
  private long demand;
  private boolean awaitingUpstream;
  private boolean upstreamDone;
  private boolean ended;
  private Throwable failure;

  CheckedEventStream(HttpResponse.BodySubscriber<T> downstream, EventStreamCheck check) {
    this.downstream = downstream;
    this.check = check;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    synchronized (this) {
      upstream = subscription;
    }
    downstream.onSubscribe(this);
  }

  @Override
  public synchronized void request(long n) {
    if (n <= 0) {
      fail(new IllegalArgumentException("non-positive request: " + n));
      return;
    }
    demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
    drain();
  }

  @Override
  public synchronized void cancel() {
    ended = true;
    ready.clear();
    upstream.cancel();
  }

  @Override
  public synchronized void onNext(List<ByteBuffer> items) {
    awaitingUpstream = false;
    if (ended || failure != null) {
      return;
    }
    int size = items.stream().mapToInt(ByteBuffer::remaining).sum();
    byte[] bytes = new byte[size];
    int at = 0;
    for (ByteBuffer item : items) {
      int length = item.remaining();
      item.get(bytes, at, length);
      at += length;
    }
    EventStreamCheck.Fed fed = check.feed(bytes);
    if (fed.checked().length > 0) {
      ready.add(fed.checked());
    }
    if (fed.violation() != null) {
      upstream.cancel();
      fail(fed.violation());
    }
    drain();
  }

  @Override
  public synchronized void onError(Throwable error) {
    awaitingUpstream = false;
    fail(error);
  }

  @Override
  public synchronized void onComplete() {
    awaitingUpstream = false;
    upstreamDone = true;
    byte[] rest = check.rest();
    if (rest.length > 0) {
      ready.add(rest);
    }
    drain();
  }

  @Override
  public CompletionStage<T> getBody() {
    return downstream.getBody();
  }

  private void fail(Throwable error) {
    if (failure == null) {
      failure = error;
      drain();
    }
  }

  /** Delivers what is ready as far as the caller asked, then the end, or asks for more. */
  private void drain() {
    while (!ended && demand > 0 && !ready.isEmpty()) {
      demand--;
      downstream.onNext(List.of(ByteBuffer.wrap(ready.poll())));
    }
    if (ended || !ready.isEmpty()) {
      return;
    }
    if (failure != null) {
      ended = true;
      downstream.onError(failure);
    } else if (upstreamDone) {
      ended = true;
      downstream.onComplete();
    } else if (demand > 0 && !awaitingUpstream) {
      awaitingUpstream = true;
      upstream.request(1);
    }
  }
}
