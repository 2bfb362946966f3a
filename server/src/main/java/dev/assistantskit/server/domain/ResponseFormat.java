package dev.assistantskit.server.domain;

/** The mode {@code auto} or an explicit type ({@code text}, {@code json_object}). */
public record ResponseFormat(String mode, String type) {
  public static final ResponseFormat AUTO = new ResponseFormat("auto", null);

  public static ResponseFormat ofType(String type) {
    return new ResponseFormat(null, type);
  }

  public boolean isJsonObject() {
    return "json_object".equals(type);
  }
}
