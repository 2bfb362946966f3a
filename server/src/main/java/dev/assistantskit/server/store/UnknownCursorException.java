package dev.assistantskit.server.store;

/** A page was asked for relative to an object that is not in the list. */
public final class UnknownCursorException extends RuntimeException {
  private final String param;
  private final String id;

  public UnknownCursorException(String param, String id) {
    super("no object with id '" + id + "' in this list", null, false, false);
    this.param = param;
    this.id = id;
  }

  public String param() {
    return param;
  }

  public String id() {
    return id;
  }
}
