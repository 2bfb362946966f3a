package dev.assistantskit.server.domain;

import java.util.Map;

/**
 * A vector store. Its file counts, usage and status are derived from its files and the clock when
 * it is read, never stored twice.
 *
 * @param expiresAfterDays days of inactivity after which it expires, or null for never
 */
public record VectorStore(
    String id,
    long createdAt,
    String name,
    Map<String, String> metadata,
    Integer expiresAfterDays,
    long lastActiveAt) {
  public VectorStore {
    metadata = Map.copyOf(metadata);
  }

  public Long expiresAt() {
    return expiresAfterDays == null ? null : lastActiveAt + expiresAfterDays * 86_400L;
  }

  public boolean isExpiredAt(long now) {
    Long expiresAt = expiresAt();
    return expiresAt != null && now >= expiresAt;
  }

  public VectorStore modified(
      String newName, Integer newExpiresAfterDays, Map<String, String> newMetadata, long now) {
    return new VectorStore(id, createdAt, newName, newMetadata, newExpiresAfterDays, now);
  }

  public VectorStore touched(long now) {
    return new VectorStore(id, createdAt, name, metadata, expiresAfterDays, now);
  }
}
