package dev.assistantskit.server.json;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.assistantskit.server.generated.model.AssistantsApiResponseFormat;
import java.util.List;

/**
 * {@code response_format}: {@code "auto"} or {@code {"type": "text"|"json_object"}}. The contract
 * also lists {@code "none"}, but says Azure answers it with a 400: it is refused as an unknown
 * mode.
 */
@JsonDeserialize(using = ResponseFormatOption.Reader.class)
public final class ResponseFormatOption extends ModeOrObject<AssistantsApiResponseFormat> {
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
          List.of(AUTO),
          ResponseFormatOption::mode,
          ResponseFormatOption::format);
    }
  }
}
