package dev.assistantskit.client.stream;

import static dev.assistantskit.client.stream.StreamFixtures.ASSISTANT_ID;
import static dev.assistantskit.client.stream.StreamFixtures.THREAD;
import static dev.assistantskit.client.stream.StreamFixtures.sse;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.assistantskit.client.AssistantsClient;
import dev.assistantskit.client.model.CreateThreadAndRunRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A real server that writes events one by one, flushing each: WireMock cannot hold a body back. The
 * handlers wait on latches rather than sleeping, so the tests are not timing-dependent.
 */
@Timeout(30)
class IncrementalDeliveryTest {
  private HttpServer server;
  private ExecutorService executor;
  private AssistantsClient client;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    executor = Executors.newCachedThreadPool();
    server.setExecutor(executor);
    server.start();
    client =
        AssistantsClient.builder()
            .endpoint("http://127.0.0.1:" + server.getAddress().getPort())
            .apiKey("k")
            .readTimeout(Duration.ofMillis(500))
            .build();
  }

  @AfterEach
  void stop() {
    server.stop(0);
    executor.shutdownNow();
  }

  private static OutputStream startEventStream(HttpExchange exchange) throws IOException {
    exchange.getRequestBody().readAllBytes();
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
    exchange.sendResponseHeaders(200, 0); // chunked
    return exchange.getResponseBody();
  }

  private static void send(OutputStream out, String event) throws IOException {
    out.write(event.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private AssistantStream openStream() {
    return client.streamThreadAndRun(new CreateThreadAndRunRequest().assistantId(ASSISTANT_ID));
  }

  @Test
  void theFirstEventArrivesWhileTheServerStillHoldsTheRest() throws Exception {
    CountDownLatch clientHasFirstEvent = new CountDownLatch(1);
    AtomicBoolean restSent = new AtomicBoolean();
    server.createContext(
        "/openai/threads/runs",
        exchange -> {
          try (OutputStream out = startEventStream(exchange)) {
            send(out, sse("thread.created", THREAD));
            if (clientHasFirstEvent.await(10, TimeUnit.SECONDS)) {
              restSent.set(true);
              send(out, sse("thread.run.created", StreamFixtures.run("queued")));
              send(out, StreamFixtures.DONE);
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });

    try (AssistantStream stream = openStream()) {
      Iterator<AssistantStreamEvent> events = stream.iterator();
      assertThat(events.next().type()).isEqualTo(EventType.THREAD_CREATED);
      assertThat(restSent).isFalse();
      clientHasFirstEvent.countDown();

      assertThat(events.next().type()).isEqualTo(EventType.THREAD_RUN_CREATED);
      assertThat(events.next().type()).isEqualTo(EventType.DONE);
      assertThat(events.hasNext()).isFalse();
      assertThat(restSent).isTrue();
    }
  }

  @Test
  void theReadTimeoutBoundsTheHeadersNotTheLengthOfTheStream() throws Exception {
    server.createContext(
        "/openai/threads/runs",
        exchange -> {
          try (OutputStream out = startEventStream(exchange)) {
            send(out, sse("thread.created", THREAD));
            Thread.sleep(1500); // three times the client's read timeout
            send(out, StreamFixtures.DONE);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });

    try (AssistantStream stream = openStream()) {
      assertThat(stream.readAll())
          .extracting(AssistantStreamEvent::type)
          .containsExactly(EventType.THREAD_CREATED, EventType.DONE);
    }
  }

  @Test
  void closingMidStreamClosesTheConnection() throws Exception {
    CountDownLatch serverSawClose = new CountDownLatch(1);
    server.createContext(
        "/openai/threads/runs",
        exchange -> {
          OutputStream out = startEventStream(exchange);
          try {
            send(out, sse("thread.created", THREAD));
            for (int i = 0; i < 400; i++) { // a keep-alive comment every 25 ms, for 10 s at most
              Thread.sleep(25);
              send(out, ": keep-alive\n\n");
            }
          } catch (IOException closedByClient) {
            serverSawClose.countDown();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } finally {
            exchange.close();
          }
        });

    AssistantStream stream = openStream();
    assertThat(stream.iterator().next().type()).isEqualTo(EventType.THREAD_CREATED);
    stream.close();

    assertThat(serverSawClose.await(5, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void closingFromAnotherThreadEndsAnIterationWaitingForTheNextEvent() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    server.createContext(
        "/openai/threads/runs",
        exchange -> {
          try (OutputStream out = startEventStream(exchange)) {
            send(out, sse("thread.created", THREAD));
            release.await(20, TimeUnit.SECONDS); // sends nothing more until the test ends
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });

    try (AssistantStream stream = openStream()) {
      Iterator<AssistantStreamEvent> events = stream.iterator();
      assertThat(events.next().type()).isEqualTo(EventType.THREAD_CREATED);
      CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(events::hasNext);
      Thread.sleep(200); // let it block in the read

      stream.close();

      assertThat(waiting.get(5, TimeUnit.SECONDS)).isFalse();
    } finally {
      release.countDown();
    }
  }
}
