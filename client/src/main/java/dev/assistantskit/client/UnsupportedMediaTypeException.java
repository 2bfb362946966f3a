package dev.assistantskit.client;

/** HTTP 415: the request's content type is not accepted. */
public class UnsupportedMediaTypeException extends AssistantsException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what the error response carried
   */
  public UnsupportedMediaTypeException(ErrorDetails details) {
    super(details);
  }
}
