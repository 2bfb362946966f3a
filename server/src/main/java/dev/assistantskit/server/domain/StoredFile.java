package dev.assistantskit.server.domain;

/** An uploaded (or run-generated) file's description; its bytes live in the file contents. */
public record StoredFile(
    String id,
    long createdAt,
    long bytes,
    String filename,
    String purpose,
    String status,
    String statusDetails) {}
