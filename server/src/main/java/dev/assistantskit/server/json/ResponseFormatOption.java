package dev.assistantskit.server.json;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.assistantskit.server.generated.model.AssistantsApiResponseFormat;
import java.util.List;

/**
 * {@code response_format}: {@code "none"}, {@code "auto"} or {@code {"type":
 * "text"|"json_object"}}.
 */
@JsonDeserialize(using = ResponseFormatOption.Reader.class)
public final class ResponseFormatOption extends ModeOrObject<AssistantsApiResponseFormat> {
  public static final String NONE = "none";
  public static final String AUTO = "auto";

  private ResponseFormatOption(String mode, AssistantsApiResponseFormat format) {
    super(mode, format);
  }

  public static ResponseFormatOption mode(String mode) {
    return new ResponseFormatOption(mode, null);
  }

  public static ResponseFormatOption format(AssistantsApiResponseFormat format) {
    return new ResponseFormatOption(null, format);
  }

  static final class Reader
      extends ModeOrObject.Reader<ResponseFormatOption, AssistantsApiResponseFormat> {
    Reader() {
      super(
          ResponseFormatOption.class,
          AssistantsApiResponseFormat.class,
          List.of(NONE, AUTO),
          ResponseFormatOption::mode,
          ResponseFormatOption::format);
    }
  }
}
