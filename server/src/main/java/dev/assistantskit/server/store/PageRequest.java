package dev.assistantskit.server.store;

/**
 * One page of a list: at most {@code limit} objects in {@code order} of creation, strictly after
 * the object {@code after} and/or strictly before the object {@code before} (ids, or null).
 */
public record PageRequest(int limit, Order order, String after, String before) {
  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;

  /** Creation order: oldest first, or newest first (the default on the wire). */
  public enum Order {
    ASC,
    DESC
  }

  public static PageRequest first(int limit, Order order) {
    return new PageRequest(limit, order, null, null);
  }
}
