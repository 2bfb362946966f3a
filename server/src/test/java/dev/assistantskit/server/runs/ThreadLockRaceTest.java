package dev.assistantskit.server.runs;

import static dev.assistantskit.server.testing.Apis.V;
import static org.assertj.core.api.Assertions.assertThat;

import dev.assistantskit.client.invoker.ApiException;
import dev.assistantskit.client.model.MessageObject;
import dev.assistantskit.server.control.ScriptDefinition;
import dev.assistantskit.server.testing.EmulatorExtension;
import dev.assistantskit.server.testing.Runs;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Fifty clients race on one thread. A watcher reads the store the whole time: never two active
 * runs; and every message a client was told exists, exists.
 */
class ThreadLockRaceTest {
  @RegisterExtension static final EmulatorExtension EMULATOR = new EmulatorExtension();

  private static final int CLIENTS = 50;
  private final Runs runs = Runs.of(EMULATOR);
  private final ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  /** What one racing request ended with: 200 and an id, or an error status and message. */
  record Outcome(String kind, String id, int status, String message) {}

  @Test
  void fiftyRunsRacingOnOneThreadLeaveExactlyOneActive() throws Exception {
    String thread = runs.thread("race");
    String assistant = runs.codeAssistant();
    hold(thread, CLIENTS);

    Watch watch = watch(thread);
    List<Outcome> outcomes = race(i -> run(thread, assistant));
    watch.stop();

    assertThat(outcomes.stream().filter(o -> o.status() == 200)).hasSize(1);
    String winner = outcomes.stream().filter(o -> o.status() == 200).findFirst().orElseThrow().id();
    assertThat(outcomes.stream().filter(o -> o.status() == 400))
        .hasSize(CLIENTS - 1)
        .allSatisfy(
            o ->
                assertThat(o.message())
                    .isEqualTo("Thread " + thread + " already has an active run " + winner + "."));
    assertThat(watch.mostActive()).isEqualTo(1);
  }

  @Test
  void messagesAndRunsRacingLoseNoMessage() throws Exception {
    String thread = runs.thread("race");
    String assistant = runs.codeAssistant();
    hold(thread, CLIENTS);

    Watch watch = watch(thread);
    List<Outcome> outcomes =
        race(i -> i % 2 == 0 ? run(thread, assistant) : message(thread, "racer " + i));
    watch.stop();

    assertThat(outcomes).allSatisfy(o -> assertThat(o.status()).isIn(200, 400));
    assertThat(outcomes.stream().filter(o -> o.kind().equals("run") && o.status() == 200))
        .hasSize(1);
    Set<String> accepted = ConcurrentHashMap.newKeySet();
    outcomes.stream()
        .filter(o -> o.kind().equals("message") && o.status() == 200)
        .forEach(o -> accepted.add(o.id()));
    outcomes.stream()
        .filter(o -> o.kind().equals("message") && o.status() == 400)
        .forEach(
            o ->
                assertThat(o.message())
                    .startsWith("Can't add messages to " + thread + " while a run run_"));
    List<String> listed =
        runs.messages(thread).getData().stream()
            .filter(m -> m.getRole() == MessageObject.RoleEnum.USER)
            .filter(m -> Runs.firstText(m).startsWith("racer"))
            .map(MessageObject::getId)
            .toList();
    assertThat(listed).containsExactlyInAnyOrderElementsOf(accepted);
    assertThat(watch.mostActive()).isEqualTo(1);
  }

  @Test
  void fiftyMessagesRacingOnAnIdleThreadAreAllKept() throws Exception {
    String thread = runs.api().threads().createThread(V, null).getId();

    List<Outcome> outcomes = race(i -> message(thread, "racer " + i));

    assertThat(outcomes).allSatisfy(o -> assertThat(o.status()).isEqualTo(200));
    assertThat(
            runs.api().messages().listMessages(thread, V, 100, "asc", null, null, null).getData())
        .extracting(MessageObject::getId)
        .containsExactlyInAnyOrderElementsOf(outcomes.stream().map(Outcome::id).toList())
        .isSorted();
  }

  private void hold(String thread, int times) {
    EMULATOR
        .server()
        .emulator()
        .scripts()
        .add(new ScriptDefinition(null, thread, 0L, 20_000L, 0L, times, List.of()));
  }

  interface Racer {
    Outcome go(int index) throws Exception;
  }

  private List<Outcome> race(Racer racer) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Outcome>> futures = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      int index = i;
      Callable<Outcome> call =
          () -> {
            start.await();
            return racer.go(index);
          };
      futures.add(pool.submit(call));
    }
    start.countDown();
    List<Outcome> outcomes = new ArrayList<>();
    for (Future<Outcome> future : futures) {
      outcomes.add(future.get());
    }
    return outcomes;
  }

  private Outcome run(String thread, String assistant) throws Exception {
    try {
      return new Outcome("run", runs.start(thread, assistant).getId(), 200, null);
    } catch (ApiException e) {
      return new Outcome("run", null, e.getCode(), message(e));
    }
  }

  private Outcome message(String thread, String text) throws Exception {
    try {
      return new Outcome("message", runs.say(thread, text).getId(), 200, null);
    } catch (ApiException e) {
      return new Outcome("message", null, e.getCode(), message(e));
    }
  }

  private static String message(ApiException e) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper()
          .readTree(e.getResponseBody())
          .path("error")
          .path("message")
          .asText();
    } catch (java.io.IOException notJson) {
      return e.getResponseBody();
    }
  }

  /** Reads the store over and over, keeping the largest number of active runs it saw at once. */
  private Watch watch(String thread) {
    Watch watch = new Watch();
    pool.submit(
        () -> {
          while (watch.running.get()) {
            long active =
                EMULATOR
                    .server()
                    .emulator()
                    .stores()
                    .read(
                        tx ->
                            tx.runs().all(thread).stream()
                                .filter(r -> r.status().isActive())
                                .count());
            watch.most.accumulateAndGet(active, Math::max);
          }
        });
    return watch;
  }

  static final class Watch {
    final AtomicBoolean running = new AtomicBoolean(true);
    final AtomicLong most = new AtomicLong();

    void stop() {
      running.set(false);
    }

    long mostActive() {
      return most.get();
    }
  }
}
