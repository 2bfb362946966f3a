package dev.assistantskit.server.store.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assistantskit.server.store.Page;
import dev.assistantskit.server.store.PageRequest;
import dev.assistantskit.server.store.PageRequest.Order;
import dev.assistantskit.server.store.UnknownCursorException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedTableTest {
  record Row(String partition, String id, long createdAt) {}

  private final Journal journal = new Journal();
  private final OrderedTable<Row> table =
      new OrderedTable<>(journal, Row::partition, Row::id, Row::createdAt, null);

  private void insert(String partition, int count) {
    journal.begin();
    // ten rows per second: ties are broken by id, which follows creation
    IntStream.range(0, count).forEach(i -> table.put(new Row(partition, id(i), 1_000 + i / 10)));
    journal.commit();
  }

  private static String id(int i) {
    return "r%06d".formatted(i);
  }

  private static List<String> ids(Page<Row> page) {
    return page.items().stream().map(Row::id).toList();
  }

  @Test
  void pagesFollowCreationOrderInBothDirections() {
    insert("t", 25);

    assertThat(ids(table.page("t", PageRequest.first(3, Order.ASC), r -> true)))
        .containsExactly(id(0), id(1), id(2));
    Page<Row> newest = table.page("t", PageRequest.first(3, Order.DESC), r -> true);
    assertThat(ids(newest)).containsExactly(id(24), id(23), id(22));
    assertThat(newest.hasMore()).isTrue();
  }

  @Test
  void afterAndBeforeAreExclusiveAndBeforeGivesThePageJustAhead() {
    insert("t", 25);

    Page<Row> after = table.page("t", new PageRequest(5, Order.DESC, id(10), null), r -> true);
    Page<Row> before = table.page("t", new PageRequest(5, Order.DESC, null, id(10)), r -> true);
    Page<Row> between = table.page("t", new PageRequest(100, Order.ASC, id(3), id(7)), r -> true);

    assertThat(ids(after)).containsExactly(id(9), id(8), id(7), id(6), id(5));
    assertThat(after.hasMore()).isTrue();
    assertThat(ids(before)).containsExactly(id(15), id(14), id(13), id(12), id(11));
    assertThat(before.hasMore()).isTrue();
    assertThat(ids(between)).containsExactly(id(4), id(5), id(6));
    assertThat(between.hasMore()).isFalse();
  }

  @Test
  void theLastPageSaysThereIsNoMore() {
    insert("t", 4);

    Page<Row> page = table.page("t", new PageRequest(4, Order.ASC, null, null), r -> true);

    assertThat(page.items()).hasSize(4);
    assertThat(page.hasMore()).isFalse();
  }

  @Test
  void aPageOfAHugePartitionLooksAtNoMoreRowsThanItReturns() {
    insert("big", 100_000);
    insert("small", 100);
    AtomicInteger looked = new AtomicInteger();

    Page<Row> page =
        table.page(
            "big",
            new PageRequest(20, Order.DESC, id(50_000), null),
            row -> looked.incrementAndGet() >= 0);

    assertThat(page.items()).hasSize(20);
    assertThat(looked.get()).isEqualTo(21);
  }

  @Test
  void aCursorFromAnotherPartitionIsUnknown() {
    insert("a", 3);
    insert("b", 3);

    assertThatThrownBy(
            () -> table.page("a", new PageRequest(5, Order.ASC, null, "nope"), r -> true))
        .isInstanceOf(UnknownCursorException.class);
    journal.begin();
    table.put(new Row("b", "only-in-b", 1));
    journal.commit();
    assertThatThrownBy(
            () -> table.page("a", new PageRequest(5, Order.ASC, "only-in-b", null), r -> true))
        .isInstanceOfSatisfying(
            UnknownCursorException.class, e -> assertThat(e.param()).isEqualTo("after"));
  }

  @Test
  void changesOutsideAWriteTransactionAreABug() {
    assertThatThrownBy(() -> table.put(new Row("t", "x", 1)))
        .isInstanceOf(IllegalStateException.class);
  }
}
