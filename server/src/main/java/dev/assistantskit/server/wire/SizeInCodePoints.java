package dev.assistantskit.server.wire;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Size;

/**
 * {@code @Size} of a string, counted in characters (code points) as the contract's {@code
 * maxLength} counts them (JSON Schema), not in the UTF-16 units of {@code String.length()}: a name
 * of 256 emoji is 256 long, not 512. Put in the place of Hibernate Validator's own by {@code
 * META-INF/validation/size-in-code-points.xml}, since the generated models cannot be annotated.
 */
public final class SizeInCodePoints implements ConstraintValidator<Size, CharSequence> {
  private int min;
  private int max;

  @Override
  public void initialize(Size size) {
    min = size.min();
    max = size.max();
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    int length = Character.codePointCount(value, 0, value.length());
    return length >= min && length <= max;
  }
}
