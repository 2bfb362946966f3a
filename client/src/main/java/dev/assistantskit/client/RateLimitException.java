package dev.assistantskit.client;

/** HTTP 429: rate limited; see {@link #retryAfter()} for how long to wait. */
public class RateLimitException extends AssistantsException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what the error response carried
   */
  public RateLimitException(ErrorDetails details) {
    super(details);
  }
}
