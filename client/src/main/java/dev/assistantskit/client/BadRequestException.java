package dev.assistantskit.client;

/**
 * HTTP 400: an invalid request (bad or unknown field, thread busy with an active run, unsupported
 * api-version).
 */
public class BadRequestException extends AssistantsException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what the error response carried
   */
  public BadRequestException(ErrorDetails details) {
    super(details);
  }
}
