package dev.assistantskit.client.stream;

/**
 * An {@code error} event of an assistants stream, thrown by {@link
 * AssistantStreamEvent#throwIfError()}. The HTTP status of such a stream was 200: errors before the
 * stream starts are {@link dev.assistantskit.client.AssistantsException}s instead.
 */
public class StreamErrorException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient dev.assistantskit.client.model.Error error;
  private final String rawData;

  /**
   * Creates the exception.
   *
   * @param error the data of the {@code error} event
   * @param rawData the data as received
   */
  public StreamErrorException(dev.assistantskit.client.model.Error error, String rawData) {
    super(describe(error));
    this.error = error;
    this.rawData = rawData;
  }

  private static String describe(dev.assistantskit.client.model.Error error) {
    StringBuilder sb = new StringBuilder("The stream reported an error");
    if (error.getCode() != null) {
      sb.append(" [").append(error.getCode()).append(']');
    }
    return sb.append(": ")
        .append(error.getMessage() == null ? "(no message)" : error.getMessage())
        .toString();
  }

  /**
   * The error as sent.
   *
   * @return the data of the {@code error} event
   */
  public dev.assistantskit.client.model.Error error() {
    return error;
  }

  /**
   * {@code code}, e.g. {@code server_error}.
   *
   * @return the code, or {@code null}
   */
  public String code() {
    return error.getCode();
  }

  /**
   * {@code message}.
   *
   * @return the message, or {@code null}
   */
  public String errorMessage() {
    return error.getMessage();
  }

  /**
   * The data of the {@code error} event as received.
   *
   * @return the JSON text
   */
  public String rawData() {
    return rawData;
  }
}
