package dev.assistantskit.server.backend.scripted;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import com.knuddels.jtokkit.api.IntArrayList;
import dev.assistantskit.server.backend.TokenCounter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Counts, truncates and chunks text with the {@code cl100k_base} encoding (the GPT-4 family's
 * tokenizer), so usage numbers, token limits and streamed deltas look like a real model's.
 *
 * <p>Special-token markers such as {@code <|endoftext|>} in user text are treated as ordinary text,
 * as the service does for message content. All methods are thread-safe.
 */
public final class Tokenizer implements TokenCounter {

  /** Holder idiom: the registry loads its vocabulary once, on first use, without locking. */
  private static final class Cl100k {
    static final Encoding ENCODING =
        Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);
  }

  /** The number of tokens in {@code text}. */
  @Override
  public int count(String text) {
    Objects.requireNonNull(text, "text");
    return Cl100k.ENCODING.countTokensOrdinary(wellFormed(text));
  }

  /**
   * The longest prefix of {@code text} that encodes to at most {@code maxTokens} tokens and ends on
   * a character boundary (never between the halves of a surrogate pair).
   */
  @Override
  public String truncate(String text, int maxTokens) {
    Objects.requireNonNull(text, "text");
    if (maxTokens < 0) {
      throw new IllegalArgumentException("maxTokens must not be negative: " + maxTokens);
    }
    IntArrayList tokens = Cl100k.ENCODING.encodeOrdinary(wellFormed(text));
    if (tokens.size() <= maxTokens) {
      return text;
    }
    TokenBoundaries boundaries = TokenBoundaries.of(text, tokens);
    int end = boundaries.charEndAtOrBefore(maxTokens);
    // Re-encoding a prefix can merge differently at its tail, so settle the exact cut locally.
    while (end > 0 && count(text.substring(0, end)) > maxTokens) {
      end = text.offsetByCodePoints(end, -1);
    }
    while (end < text.length()) {
      int next = text.offsetByCodePoints(end, 1);
      if (count(text.substring(0, next)) > maxTokens) {
        break;
      }
      end = next;
    }
    return text.substring(0, end);
  }

  /**
   * Splits {@code text} into consecutive pieces of about {@code tokensPerChunk} tokens whose
   * concatenation is exactly {@code text}, as a model's streamed deltas would arrive. Pieces end on
   * token boundaries where those fall between characters; a character spread over several tokens
   * (some emoji and CJK) stays whole, so a piece may then hold a few tokens more.
   */
  @Override
  public List<String> chunks(String text, int tokensPerChunk) {
    Objects.requireNonNull(text, "text");
    if (tokensPerChunk <= 0) {
      throw new IllegalArgumentException("tokensPerChunk must be positive: " + tokensPerChunk);
    }
    IntArrayList tokens = Cl100k.ENCODING.encodeOrdinary(wellFormed(text));
    TokenBoundaries boundaries = TokenBoundaries.of(text, tokens);
    List<String> pieces = new ArrayList<>();
    int start = 0;
    int tokensInPiece = 0;
    for (int token = 1; token <= tokens.size(); token++) {
      tokensInPiece++;
      int end = boundaries.charEndAfter(token);
      if (tokensInPiece >= tokensPerChunk && end > start) {
        pieces.add(text.substring(start, end));
        start = end;
        tokensInPiece = 0;
      }
    }
    if (start < text.length()) {
      pieces.add(text.substring(start));
    }
    return pieces;
  }

  /**
   * The text with each unpaired surrogate replaced by U+FFFD, as a UTF-8 encoder would: jtokkit
   * rejects lone surrogates, which Java strings (and JSON surrogate escapes) can carry. The length
   * in chars is unchanged, so positions still refer to the original text.
   */
  private static String wellFormed(String text) {
    StringBuilder fixed = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paired =
          Character.isHighSurrogate(c)
                  && i + 1 < text.length()
                  && Character.isLowSurrogate(text.charAt(i + 1))
              || Character.isLowSurrogate(c)
                  && i > 0
                  && Character.isHighSurrogate(text.charAt(i - 1));
      if (Character.isSurrogate(c) && !paired) {
        if (fixed == null) {
          fixed = new StringBuilder(text);
        }
        fixed.setCharAt(i, '\uFFFD');
      }
    }
    return fixed == null ? text : fixed.toString();
  }

  /**
   * Maps "after the first n tokens" to a position in the Java string. Tokens are byte sequences, so
   * the position is only defined where the byte offset falls between two characters.
   */
  private static final class TokenBoundaries {
    private final int[] charIndexByByte;
    private final int[] byteEndByToken;

    private TokenBoundaries(int[] charIndexByByte, int[] byteEndByToken) {
      this.charIndexByByte = charIndexByByte;
      this.byteEndByToken = byteEndByToken;
    }

    static TokenBoundaries of(String text, IntArrayList tokens) {
      int[] byteEndByToken = new int[tokens.size() + 1];
      IntArrayList single = new IntArrayList(1);
      for (int i = 0; i < tokens.size(); i++) {
        single.clear();
        single.add(tokens.get(i));
        byteEndByToken[i + 1] = byteEndByToken[i] + Cl100k.ENCODING.decodeBytes(single).length;
      }
      return new TokenBoundaries(charIndexByByte(text), byteEndByToken);
    }

    /** Character index at each UTF-8 byte offset, or -1 inside a character's encoding. */
    private static int[] charIndexByByte(String text) {
      int[] index = new int[utf8Length(text) + 1];
      Arrays.fill(index, -1);
      int bytes = 0;
      for (int i = 0; i < text.length(); ) {
        index[bytes] = i;
        int codePoint = text.codePointAt(i);
        bytes += utf8Length(codePoint);
        i += Character.charCount(codePoint);
      }
      index[bytes] = text.length();
      return index;
    }

    /** The end of the longest whole-character prefix covered by the first {@code n} tokens. */
    int charEndAtOrBefore(int n) {
      for (int b = Math.min(byteEndByToken[n], charIndexByByte.length - 1); b > 0; b--) {
        if (charIndexByByte[b] >= 0) {
          return charIndexByByte[b];
        }
      }
      return 0;
    }

    /** The character position right after token {@code n}, or -1 if it ends inside a character. */
    int charEndAfter(int n) {
      int b = byteEndByToken[n];
      return b < charIndexByByte.length ? charIndexByByte[b] : -1;
    }

    private static int utf8Length(String text) {
      int bytes = 0;
      for (int i = 0; i < text.length(); ) {
        int codePoint = text.codePointAt(i);
        bytes += utf8Length(codePoint);
        i += Character.charCount(codePoint);
      }
      return bytes;
    }

    /** UTF-8 bytes of a code point; a lone surrogate counts as the U+FFFD that replaced it. */
    private static int utf8Length(int codePoint) {
      if (codePoint < 0x80) {
        return 1;
      }
      if (codePoint < 0x800) {
        return 2;
      }
      return codePoint < 0x10000 ? 3 : 4;
    }
  }
}
