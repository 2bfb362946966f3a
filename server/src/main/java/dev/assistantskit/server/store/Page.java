package dev.assistantskit.server.store;

import java.util.List;
import java.util.function.Function;

/** A page of a list, and whether objects remain beyond it in the direction paged. */
public record Page<T>(List<T> items, boolean hasMore) {
  public Page {
    items = List.copyOf(items);
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), hasMore);
  }
}
