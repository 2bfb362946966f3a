package dev.assistantskit.client;

/** HTTP 501: the server (e.g. the emulator) does not implement this operation. */
public class NotImplementedException extends InternalServerException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what the error response carried
   */
  public NotImplementedException(ErrorDetails details) {
    super(details);
  }
}
