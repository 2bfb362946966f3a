package dev.assistantskit.server.json;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.assistantskit.server.generated.model.AssistantsNamedToolChoice;
import java.io.IOException;
import java.util.List;

/** {@code tool_choice}: {@code "none"}, {@code "auto"} or a named tool. */
@JsonDeserialize(using = ToolChoiceOption.Reader.class)
public final class ToolChoiceOption extends ModeOrObject<AssistantsNamedToolChoice> {
  public static final String NONE = "none";
  public static final String AUTO = "auto";

  private ToolChoiceOption(String mode, AssistantsNamedToolChoice named) {
    super(mode, named);
  }

  public static ToolChoiceOption mode(String mode) {
    return new ToolChoiceOption(mode, null);
  }

  public static ToolChoiceOption named(AssistantsNamedToolChoice named) {
    return new ToolChoiceOption(null, named);
  }

  static final class Reader
      extends ModeOrObject.Reader<ToolChoiceOption, AssistantsNamedToolChoice> {
    Reader() {
      super(
          ToolChoiceOption.class,
          AssistantsNamedToolChoice.class,
          List.of(NONE, AUTO),
          ToolChoiceOption::mode,
          ToolChoiceOption::named);
    }

    @Override
    protected void validate(AssistantsNamedToolChoice value, DeserializationContext context)
        throws IOException {
      if (value.getType() == AssistantsNamedToolChoice.TypeEnum.FUNCTION
          && (value.getFunction() == null || value.getFunction().getName() == null)) {
        context.reportInputMismatch(this, "function.name is required when type is 'function'");
      }
    }
  }
}
