package dev.assistantskit.client.stream;

/**
 * The response to a streaming request is not a readable assistants stream: the {@code data} of a
 * known event does not parse into its model type, or a 2xx answer is not {@code text/event-stream}.
 * Transport failures while reading are {@link java.io.UncheckedIOException}s instead, and an {@code
 * error} event is delivered as an event.
 */
public class AssistantStreamException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String event;
  private final String data;

  /**
   * Creates the exception.
   *
   * @param message what is wrong
   * @param event the event name, or {@code null} if the problem is not in one event
   * @param data the offending data or body (may be cut), or {@code null}
   * @param cause the parse failure, or {@code null}
   */
  public AssistantStreamException(String message, String event, String data, Throwable cause) {
    super(message, cause);
    this.event = event;
    this.data = data;
  }

  /**
   * Name of the event whose data did not parse.
   *
   * @return e.g. {@code thread.run.created}, or {@code null}
   */
  public String event() {
    return event;
  }

  /**
   * The data that did not parse, or the body of a response that is not an event stream.
   *
   * @return the text, or {@code null}
   */
  public String data() {
    return data;
  }
}
