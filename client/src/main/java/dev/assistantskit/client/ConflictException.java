package dev.assistantskit.client;

/** HTTP 409: the request conflicts with the current state of the resource. */
public class ConflictException extends AssistantsException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what the error response carried
   */
  public ConflictException(ErrorDetails details) {
    super(details);
  }
}
