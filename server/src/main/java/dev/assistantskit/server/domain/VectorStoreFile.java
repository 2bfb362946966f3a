package dev.assistantskit.server.domain;

/**
 * A file attached to a vector store; its id is the file's id.
 *
 * @param errorCode why processing failed ({@code file_not_found}, …), or null
 */
public record VectorStoreFile(
    String fileId,
    String vectorStoreId,
    long createdAt,
    long usageBytes,
    String status,
    String errorCode,
    String errorMessage) {
  public static final String COMPLETED = "completed";
  public static final String FAILED = "failed";
  public static final String CANCELLED = "cancelled";
  public static final String IN_PROGRESS = "in_progress";
}
