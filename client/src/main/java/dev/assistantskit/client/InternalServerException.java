package dev.assistantskit.client;

/** HTTP 5xx: the server failed (see {@link NotImplementedException} for 501). */
public class InternalServerException extends AssistantsException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what the error response carried
   */
  public InternalServerException(ErrorDetails details) {
    super(details);
  }
}
