package dev.assistantskit.client;

/** HTTP 422: the request was well-formed but could not be processed. */
public class UnprocessableEntityException extends AssistantsException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what the error response carried
   */
  public UnprocessableEntityException(ErrorDetails details) {
    super(details);
  }
}
