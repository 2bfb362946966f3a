package dev.assistantskit.client;

/** HTTP 413: the request body (e.g. an uploaded file) is too large. */
public class PayloadTooLargeException extends AssistantsException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what the error response carried
   */
  public PayloadTooLargeException(ErrorDetails details) {
    super(details);
  }
}
