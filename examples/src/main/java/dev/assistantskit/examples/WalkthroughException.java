package dev.assistantskit.examples;

/** The walkthrough cannot go on: a run did not complete, or an answer lacks what it asked for. */
public final class WalkthroughException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public WalkthroughException(String message) {
    super(message);
  }
}
