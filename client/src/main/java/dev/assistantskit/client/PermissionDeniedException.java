package dev.assistantskit.client;

/** HTTP 403: the credential is valid but not allowed to do this. */
public class PermissionDeniedException extends AssistantsException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what the error response carried
   */
  public PermissionDeniedException(ErrorDetails details) {
    super(details);
  }
}
