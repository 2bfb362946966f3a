package dev.assistantskit.server.store.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assistantskit.server.domain.Message;
import dev.assistantskit.server.store.PageRequest;
import dev.assistantskit.server.store.PageRequest.Order;
import dev.assistantskit.server.store.UnknownCursorException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code run_id} filter of a message list, answered from the index of messages by run. */
class MessagesByRunTest {
  private final MemoryStores stores = new MemoryStores();

  private static Message message(String id, long createdAt, String thread, String run) {
    return new Message(
        id,
        createdAt,
        thread,
        Message.Status.COMPLETED,
        null,
        createdAt,
        null,
        run == null ? Message.Role.USER : Message.Role.ASSISTANT,
        List.of(),
        run == null ? null : "asst_a",
        run,
        List.of(),
        Map.of());
  }

  /** msg_000 … msg_099 in thread_t; every tenth one written by run_a, msg_055 by run_b. */
  private void seed() {
    stores.write(
        tx -> {
          for (int i = 0; i < 100; i++) {
            String run = i % 10 == 0 ? "run_a" : i == 55 ? "run_b" : null;
            tx.messages().put(message("msg_%03d".formatted(i), 1_000 + i, "thread_t", run));
          }
          tx.messages().put(message("msg_x", 1_000, "thread_u", "run_a"));
          return null;
        });
  }

  private List<String> list(String thread, String run, PageRequest page) {
    return stores.read(
        tx -> tx.messages().list(thread, run, page).items().stream().map(Message::id).toList());
  }

  @Test
  void aRunsMessagesComeInOrderWithCursorsNamingAnyMessageOfTheThread() {
    seed();

    assertThat(list("thread_t", "run_a", PageRequest.first(3, Order.DESC)))
        .containsExactly("msg_090", "msg_080", "msg_070");
    assertThat(list("thread_t", "run_b", PageRequest.first(20, Order.ASC)))
        .containsExactly("msg_055");
    // msg_055 belongs to another run, msg_031 to none: both are valid cursors
    assertThat(list("thread_t", "run_a", new PageRequest(2, Order.DESC, "msg_055", null)))
        .containsExactly("msg_050", "msg_040");
    assertThat(list("thread_t", "run_a", new PageRequest(20, Order.ASC, "msg_031", "msg_071")))
        .containsExactly("msg_040", "msg_050", "msg_060", "msg_070");
    assertThat(list("thread_t", "run_nope", PageRequest.first(20, Order.DESC))).isEmpty();
    assertThat(list("thread_u", "run_a", PageRequest.first(20, Order.DESC)))
        .containsExactly("msg_x");
    assertThatThrownBy(
            () -> list("thread_t", "run_a", new PageRequest(2, Order.DESC, "msg_x", null)))
        .isInstanceOf(UnknownCursorException.class);
  }

  @Test
  void deletionsAndRollbacksLeaveTheIndexInStep() {
    seed();
    stores.write(tx -> tx.messages().delete("thread_t", "msg_050"));
    assertThatThrownBy(
            () ->
                stores.write(
                    tx -> {
                      tx.messages().delete("thread_t", "msg_060");
                      tx.messages().put(message("msg_200", 2_000, "thread_t", "run_a"));
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");

    assertThat(list("thread_t", "run_a", PageRequest.first(3, Order.DESC)))
        .containsExactly("msg_090", "msg_080", "msg_070");
    assertThat(list("thread_t", "run_a", new PageRequest(3, Order.DESC, "msg_070", null)))
        .containsExactly("msg_060", "msg_040", "msg_030");

    stores.write(
        tx -> {
          tx.messages().deleteThread("thread_t");
          return null;
        });
    assertThat(list("thread_t", "run_a", PageRequest.first(20, Order.DESC))).isEmpty();
    assertThat(list("thread_u", "run_a", PageRequest.first(20, Order.DESC)))
        .containsExactly("msg_x");
  }

  @Test
  void aClearedStoreForgetsTheIndexToo() {
    seed();
    stores.clear();
    stores.write(
        tx -> {
          tx.messages().put(message("msg_000", 1_000, "thread_t", null));
          return null;
        });

    assertThat(list("thread_t", "run_a", PageRequest.first(20, Order.DESC))).isEmpty();
  }
}
