package dev.assistantskit.server.backend.scripted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenizerTest {

  /** Texts whose characters span one to four UTF-8 bytes, some split over several tokens. */
  static final String[] TRICKY_TEXTS = {
    Walkthrough.SHOW_CODE_REPLY,
    "Grüße aus Köln — ça va? naïve café",
    "日本語のテキストを分割します。東京は晴れです。",
    "Emoji 🎉🎉 families 👨‍👩‍👧‍👦 and flags 🇫🇷🇯🇵 in one line 😀",
    "Mathematical 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 and 𝟙𝟚𝟛 plus combining e\u0301 marks",
    "lone surrogates \uD83D and \uDE00 must survive",
    "<|endoftext|> is just text here",
    "   lots    of   spaces\n\n\ttabs\r\n",
    "a"
  };

  private final Tokenizer tokenizer = new Tokenizer();

  @Test
  void countsTokensTheWayCl100kDoes() {
    // Reference counts from OpenAI's tiktoken cl100k_base.
    assertThat(tokenizer.count("hello world")).isEqualTo(2);
    assertThat(tokenizer.count("tiktoken is great!")).isEqualTo(6);
    assertThat(tokenizer.count("")).isZero();
  }

  @Test
  void specialTokenMarkersInUserTextAreCountedAsOrdinaryText() {
    assertThat(tokenizer.count("<|endoftext|>")).isGreaterThan(1);
  }

  @Test
  void truncateKeepsTextThatAlreadyFits() {
    assertThat(tokenizer.truncate("hello world", 2)).isEqualTo("hello world");
    assertThat(tokenizer.truncate("hello world", 50)).isEqualTo("hello world");
  }

  @Test
  void truncateCutsToTheLongestPrefixWithinTheLimit() {
    assertThat(tokenizer.truncate("hello world, how are you?", 2)).isEqualTo("hello world");
    assertThat(tokenizer.truncate("hello world", 0)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 5, 8, 13})
  void truncatedTextIsAWholeCharacterPrefixThatFitsAndCannotGrow(int maxTokens) {
    for (String text : TRICKY_TEXTS) {
      String cut = tokenizer.truncate(text, maxTokens);

      assertThat(text).startsWith(cut);
      assertThat(tokenizer.count(cut)).isLessThanOrEqualTo(maxTokens);
      assertThat(endsInsideSurrogatePair(text, cut.length())).isFalse();
      if (cut.length() < text.length()) {
        String longer = text.substring(0, text.offsetByCodePoints(cut.length(), 1));
        assertThat(tokenizer.count(longer))
            .as("one more character of %s", text)
            .isGreaterThan(maxTokens);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 7, 50})
  void chunksConcatenateToExactlyTheOriginalText(int tokensPerChunk) {
    for (String text : TRICKY_TEXTS) {
      List<String> chunks = tokenizer.chunks(text, tokensPerChunk);

      assertThat(String.join("", chunks)).isEqualTo(text);
      assertThat(chunks).allSatisfy(chunk -> assertThat(chunk).isNotEmpty());
      int end = 0;
      for (String chunk : chunks) {
        end += chunk.length();
        assertThat(endsInsideSurrogatePair(text, end)).as("cut at %d of %s", end, text).isFalse();
      }
    }
  }

  @Test
  void plainTextChunksHoldTheRequestedNumberOfTokens() {
    String text = "The quick brown fox jumps over the lazy dog. ".repeat(3).strip();
    int total = tokenizer.count(text);

    List<String> chunks = tokenizer.chunks(text, 4);

    assertThat(chunks).hasSize((total + 3) / 4);
    assertThat(chunks.subList(0, chunks.size() - 1))
        .allSatisfy(chunk -> assertThat(tokenizer.count(chunk)).isEqualTo(4));
  }

  @Test
  void oneTokenChunksOfPlainTextAreItsTokens() {
    assertThat(tokenizer.chunks("hello world", 1)).containsExactly("hello", " world");
  }

  @Test
  void aCharacterSpreadOverSeveralTokensStaysInOneChunk() {
    String emoji = "🎉";
    assertThat(tokenizer.count(emoji)).isGreaterThan(1);

    assertThat(tokenizer.chunks(emoji, 1)).containsExactly(emoji);
  }

  @Test
  void emptyTextHasNoChunks() {
    assertThat(tokenizer.chunks("", 3)).isEmpty();
  }

  @Test
  void nonsensicalSizesAreRejected() {
    assertThatThrownBy(() -> tokenizer.chunks("text", 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> tokenizer.truncate("text", -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void countingFromManyThreadsAtOnceGivesConsistentAnswers() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> counts =
          IntStream.range(0, 64)
              .mapToObj(i -> pool.submit(() -> new Tokenizer().count(Walkthrough.SHOW_CODE_REPLY)))
              .toList();
      int expected = tokenizer.count(Walkthrough.SHOW_CODE_REPLY);
      for (Future<Integer> count : counts) {
        assertThat(count.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static boolean endsInsideSurrogatePair(String text, int end) {
    return end > 0
        && end < text.length()
        && Character.isHighSurrogate(text.charAt(end - 1))
        && Character.isLowSurrogate(text.charAt(end));
  }
}
