package dev.assistantskit.server.store.memory;

import dev.assistantskit.server.store.Page;
import dev.assistantskit.server.store.PageRequest;
import dev.assistantskit.server.store.UnknownCursorException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * Rows of one aggregate, grouped in partitions (a thread's messages, a vector store's files; one
 * partition for top-level objects) and kept in creation order, so that a page costs O(log n +
 * limit) however long the partition is. An optional reference index answers "which rows name this
 * id" without a scan.
 *
 * <p>Not thread-safe by itself: {@link MemoryStores} serialises writers and excludes readers while
 * one writes.
 */
final class OrderedTable<T> {
  /** Creation time, then id: ids are minted in creation order, so ties keep it. */
  private record Key(long createdAt, String id) implements Comparable<Key> {
    @Override
    public int compareTo(Key other) {
      int byTime = Long.compare(createdAt, other.createdAt);
      return byTime != 0 ? byTime : id.compareTo(other.id);
    }
  }

  private final Journal journal;
  private final Function<T, String> partitionOf;
  private final Function<T, String> idOf;
  private final ToLongFunction<T> createdAtOf;
  private final Function<T, Collection<String>> referencesOf;
  private final Map<String, T> rows = new HashMap<>();
  private final Map<String, NavigableMap<Key, T>> partitions = new HashMap<>();
  private final Map<String, Set<String>> referrers = new HashMap<>();

  OrderedTable(
      Journal journal,
      Function<T, String> partitionOf,
      Function<T, String> idOf,
      ToLongFunction<T> createdAtOf,
      Function<T, Collection<String>> referencesOf) {
    this.journal = journal;
    this.partitionOf = partitionOf;
    this.idOf = idOf;
    this.createdAtOf = createdAtOf;
    this.referencesOf = referencesOf;
  }

  Optional<T> get(String partition, String id) {
    return Optional.ofNullable(rows.get(key(partition, id)));
  }

  void put(T row) {
    T previous = insert(row);
    journal.record(
        () -> {
          if (previous == null) {
            erase(row);
          } else {
            insert(previous);
          }
        });
  }

  Optional<T> remove(String partition, String id) {
    T removed = rows.get(key(partition, id));
    if (removed != null) {
      erase(removed);
      journal.record(() -> insert(removed));
    }
    return Optional.ofNullable(removed);
  }

  void removePartition(String partition) {
    for (T row : all(partition)) {
      remove(partition, idOf.apply(row));
    }
  }

  /** Every row of a partition, oldest first. */
  List<T> all(String partition) {
    NavigableMap<Key, T> rowsOfPartition = partitions.get(partition);
    return rowsOfPartition == null ? List.of() : List.copyOf(rowsOfPartition.values());
  }

  List<T> referencing(String id) {
    Set<String> keys = referrers.getOrDefault(id, Set.of());
    return keys.stream().map(rows::get).toList();
  }

  int size() {
    return rows.size();
  }

  void clear() {
    rows.clear();
    partitions.clear();
    referrers.clear();
  }

  Page<T> page(String partition, PageRequest request, Predicate<T> filter) {
    return page(partition, request, filter, id -> rows.get(key(partition, id)));
  }

  /**
   * A page whose {@code after}/{@code before} ids are looked up by {@code cursors}: for a table
   * that indexes a subset of another's rows (the same creation order), where a cursor may name a
   * row of the other table that is not in this one.
   */
  Page<T> page(
      String partition, PageRequest request, Predicate<T> filter, Function<String, T> cursors) {
    NavigableMap<Key, T> ascending =
        partitions.getOrDefault(partition, Collections.emptyNavigableMap());
    NavigableMap<Key, T> view =
        request.order() == PageRequest.Order.ASC ? ascending : ascending.descendingMap();
    if (request.after() != null) {
      view = view.tailMap(cursor(cursors, "after", request.after()), false);
    }
    if (request.before() == null) {
      return take(view.values().iterator(), filter, request.limit(), false);
    }
    view = view.headMap(cursor(cursors, "before", request.before()), false);
    // the page just before the cursor: walk back from it, then restore the list's order
    return take(view.descendingMap().values().iterator(), filter, request.limit(), true);
  }

  private Page<T> take(Iterator<T> candidates, Predicate<T> filter, int limit, boolean reverse) {
    List<T> items = new ArrayList<>(limit);
    boolean more = false;
    while (candidates.hasNext()) {
      T candidate = candidates.next();
      if (!filter.test(candidate)) {
        continue;
      }
      if (items.size() == limit) {
        more = true;
        break;
      }
      items.add(candidate);
    }
    if (reverse) {
      Collections.reverse(items);
    }
    return new Page<>(items, more);
  }

  private Key cursor(Function<String, T> cursors, String param, String id) {
    T row = cursors.apply(id);
    if (row == null) {
      throw new UnknownCursorException(param, id);
    }
    return sortKey(row);
  }

  private T insert(T row) {
    String key = key(partitionOf.apply(row), idOf.apply(row));
    T previous = rows.put(key, row);
    if (previous != null) {
      unindexReferences(key, previous);
    }
    partitions.computeIfAbsent(partitionOf.apply(row), p -> new TreeMap<>()).put(sortKey(row), row);
    if (referencesOf != null) {
      for (String reference : referencesOf.apply(row)) {
        referrers.computeIfAbsent(reference, r -> new HashSet<>()).add(key);
      }
    }
    return previous;
  }

  private void erase(T row) {
    String partition = partitionOf.apply(row);
    String key = key(partition, idOf.apply(row));
    rows.remove(key);
    NavigableMap<Key, T> rowsOfPartition = partitions.get(partition);
    rowsOfPartition.remove(sortKey(row));
    if (rowsOfPartition.isEmpty()) {
      partitions.remove(partition);
    }
    unindexReferences(key, row);
  }

  private void unindexReferences(String key, T row) {
    if (referencesOf == null) {
      return;
    }
    for (String reference : referencesOf.apply(row)) {
      Set<String> keys = referrers.get(reference);
      if (keys != null && keys.remove(key) && keys.isEmpty()) {
        referrers.remove(reference);
      }
    }
  }

  private Key sortKey(T row) {
    return new Key(createdAtOf.applyAsLong(row), idOf.apply(row));
  }

  private static String key(String partition, String id) {
    return partition + '\u0000' + id;
  }
}
