package dev.assistantskit.server.streaming;

import static dev.assistantskit.server.testing.Apis.V;
import static org.assertj.core.api.Assertions.assertThat;

import dev.assistantskit.client.model.RunStatus;
import dev.assistantskit.server.Emulator;
import dev.assistantskit.server.control.ScriptDefinition;
import dev.assistantskit.server.testing.EmulatorExtension;
import dev.assistantskit.server.testing.RawHttp;
import dev.assistantskit.server.testing.Runs;
import dev.assistantskit.server.testing.Sse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Clients that hang up mid-stream break nothing: the runs go on to the end, and subscriptions,
 * executor tasks, threads and heap come back to where they were.
 */
@Timeout(120)
class AbortedStreamsTest {
  @RegisterExtension static final EmulatorExtension EMULATOR = new EmulatorExtension();

  private static final int STREAMS = 200;
  private final Runs runs = Runs.of(EMULATOR);
  private final RawHttp http = EMULATOR.http();

  @Test
  void twoHundredAbortedStreamsLeaveRunsCompletedAndNothingBehind() throws Exception {
    String assistant = runs.codeAssistant();
    Emulator emulator = EMULATOR.server().emulator();
    abort(assistant, 20);
    awaitQuiet(emulator);
    java.util.Set<String> namesBefore = threadNames();
    int threadsBefore = liveThreads();
    long heapBefore = usedHeap();

    List<String[]> started = abort(assistant, STREAMS);

    for (String[] run : started) {
      assertThat(runs.awaitEnd(runs.api().runs().getRun(run[0], run[1], V)).getStatus())
          .isEqualTo(RunStatus.COMPLETED);
    }
    awaitQuiet(emulator);
    assertThat(emulator.events().listening()).as("stream subscriptions left").isZero();
    assertThat(emulator.executor().busy()).as("run tasks left").isZero();
    assertThat(liveThreads())
        .as(() -> "live threads; new: " + newThreads(namesBefore))
        .isLessThanOrEqualTo(threadsBefore + 2);
    assertThat(usedHeap() - heapBefore).as("heap growth in bytes").isLessThan(48L * 1024 * 1024);
  }

  /** Starts {@code count} streamed runs, each held half-written, and hangs up after one event. */
  private List<String[]> abort(String assistant, int count) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(20);
    try {
      List<Future<String[]>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        futures.add(
            clients.submit(
                () -> {
                  String thread = runs.thread("stream " + Thread.currentThread().getName());
                  EMULATOR
                      .server()
                      .emulator()
                      .scripts()
                      .add(new ScriptDefinition(null, thread, 0L, 20L, 20L, 1, List.of()));
                  try (Sse sse =
                      Sse.open(
                          http,
                          RawHttp.withVersion("/threads/" + thread + "/runs"),
                          "{\"assistant_id\":\"" + assistant + "\",\"stream\":true}")) {
                    Sse.Event first = sse.next();
                    assertThat(first.name()).isEqualTo("thread.run.created");
                    return new String[] {thread, first.json().get("id").asText()};
                  }
                }));
      }
      List<String[]> started = new ArrayList<>();
      for (Future<String[]> future : futures) {
        started.add(future.get());
      }
      return started;
    } finally {
      clients.shutdown();
    }
  }

  private static void awaitQuiet(Emulator emulator) throws InterruptedException {
    for (int i = 0;
        i < 500 && (emulator.executor().busy() > 0 || emulator.events().listening() > 0);
        i++) {
      Thread.sleep(10);
    }
    Thread.sleep(200);
  }

  /** The server's threads: the test's own HTTP clients (JDK "HttpClient-" workers) aside. */
  private static int liveThreads() throws InterruptedException {
    Thread.sleep(300);
    return (int)
        Thread.getAllStackTraces().keySet().stream()
            .filter(Thread::isAlive)
            .filter(t -> !t.getName().startsWith("HttpClient-"))
            .count();
  }

  private static java.util.Set<String> threadNames() {
    java.util.Set<String> names = new java.util.TreeSet<>();
    Thread.getAllStackTraces().keySet().forEach(t -> names.add(t.getName()));
    return names;
  }

  private static java.util.Set<String> newThreads(java.util.Set<String> before) {
    java.util.Set<String> now = threadNames();
    now.removeAll(before);
    return now;
  }

  private static long usedHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
