package dev.assistantskit.server.domain;

/** The statuses of a run, as Azure's "Run status definitions" describe them. */
public enum RunStatus {
  QUEUED,
  IN_PROGRESS,
  REQUIRES_ACTION,
  CANCELLING,
  CANCELLED,
  FAILED,
  COMPLETED,
  INCOMPLETE,
  EXPIRED;

  /** While a run is active its thread is locked: no new message, no other run. */
  public boolean isActive() {
    return this == QUEUED || this == IN_PROGRESS || this == REQUIRES_ACTION || this == CANCELLING;
  }

  public boolean isTerminal() {
    return !isActive();
  }

  public String wire() {
    return name().toLowerCase();
  }
}
