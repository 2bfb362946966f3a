package dev.assistantskit.client;

/** HTTP 404: unknown object ID, unknown path, or missing {@code api-version}. */
public class NotFoundException extends AssistantsException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what the error response carried
   */
  public NotFoundException(ErrorDetails details) {
    super(details);
  }
}
