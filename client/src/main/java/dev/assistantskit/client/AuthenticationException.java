package dev.assistantskit.client;

/** HTTP 401: missing or invalid {@code api-key} or bearer token. */
public class AuthenticationException extends AssistantsException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what the error response carried
   */
  public AuthenticationException(ErrorDetails details) {
    super(details);
  }
}
