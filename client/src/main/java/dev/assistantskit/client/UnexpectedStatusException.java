package dev.assistantskit.client;

/** A status outside 2xx that has no dedicated exception (e.g. 302, 405, 408). */
public class UnexpectedStatusException extends AssistantsException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what the error response carried
   */
  public UnexpectedStatusException(ErrorDetails details) {
    super(details);
  }
}
