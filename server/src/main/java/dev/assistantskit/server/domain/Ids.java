package dev.assistantskit.server.domain;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Object ids shaped like Azure's: a prefix and 24 characters of {@code [0-9A-Za-z]}.
 *
 * <p>The first 9 characters are a base-62 sequence number (seeded from the wall clock in
 * microseconds, then incremented), the other 15 are random. Ids therefore sort in creation order,
 * which breaks ties between objects created in the same second the way Azure did — in the order
 * they were made — while still looking random to a client.
 */
public final class Ids {
  public static final String ASSISTANT = "asst_";
  public static final String THREAD = "thread_";
  public static final String MESSAGE = "msg_";
  public static final String RUN = "run_";
  public static final String STEP = "step_";
  public static final String CALL = "call_";
  public static final String VECTOR_STORE = "vs_";
  public static final String FILE_BATCH = "vsfb_";
  public static final String ASSISTANTS_FILE = "assistant-";

  /** Ordered like ASCII, so base-62 strings of equal length sort like the numbers they encode. */
  private static final char[] ALPHABET =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();

  private static final int SEQUENCE_CHARS = 9;
  private static final int RANDOM_CHARS = 15;
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final AtomicLong sequence = new AtomicLong(System.currentTimeMillis() * 1000);
  private final SecureRandom random = new SecureRandom();

  public String next(String prefix) {
    char[] id = new char[SEQUENCE_CHARS + RANDOM_CHARS];
    long n = sequence.incrementAndGet();
    for (int i = SEQUENCE_CHARS - 1; i >= 0; i--) {
      id[i] = ALPHABET[(int) (n % ALPHABET.length)];
      n /= ALPHABET.length;
    }
    for (int i = SEQUENCE_CHARS; i < id.length; i++) {
      id[i] = ALPHABET[random.nextInt(ALPHABET.length)];
    }
    return prefix + new String(id);
  }

  /** Azure's id for files uploaded for fine-tuning or batch: {@code file-} and 32 hex digits. */
  public String nextFineTuneFile() {
    char[] id = new char[32];
    for (int i = 0; i < id.length; i++) {
      id[i] = HEX[random.nextInt(HEX.length)];
    }
    return "file-" + new String(id);
  }
}
