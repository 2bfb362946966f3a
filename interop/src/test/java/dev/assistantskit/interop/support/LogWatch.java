package dev.assistantskit.interop.support;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test when an SDK (or the emulator) logged a warning or an error while it ran. Both SDKs
 * parse leniently and the Azure SDK reports problems through its logger rather than by throwing;
 * slf4j-simple (the emulator's binding, which azure-core's {@code ClientLogger} also uses) and
 * openai-java both write to {@code System.err}, which this tees.
 */
public final class LogWatch implements BeforeEachCallback, AfterEachCallback {
  private static final Pattern SUSPICIOUS =
      Pattern.compile(
          "\\b(WARN|WARNING|ERROR|SEVERE)\\b|Exception|Unknown event|could not|cannot be",
          Pattern.CASE_INSENSITIVE);
  private static final List<String> LINES = new ArrayList<>();
  private static final List<Pattern> ALLOWED = new ArrayList<>();
  private static int mark;

  /** Lets the running test log lines matching {@code regex} (an expected SDK complaint). */
  public static void allow(String regex) {
    synchronized (LINES) {
      ALLOWED.add(Pattern.compile(regex));
    }
  }

  static {
    PrintStream original = System.err;
    System.setErr(new PrintStream(new LineTee(original), true, StandardCharsets.UTF_8));
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    synchronized (LINES) {
      mark = LINES.size();
      ALLOWED.clear();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    List<String> suspicious = new ArrayList<>();
    synchronized (LINES) {
      for (String line : LINES.subList(mark, LINES.size())) {
        if (SUSPICIOUS.matcher(line).find()
            && ALLOWED.stream().noneMatch(allowed -> allowed.matcher(line).find())) {
          suspicious.add(line);
        }
      }
    }
    if (!suspicious.isEmpty() && context.getExecutionException().isEmpty()) {
      throw new AssertionError(
          "Logged while the test ran (stderr):\n  " + String.join("\n  ", suspicious));
    }
  }

  private static final class LineTee extends OutputStream {
    private final PrintStream out;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    LineTee(PrintStream out) {
      this.out = out;
    }

    @Override
    public synchronized void write(int b) {
      out.write(b);
      if (b == '\n') {
        synchronized (LINES) {
          LINES.add(line.toString(StandardCharsets.UTF_8));
        }
        line.reset();
      } else {
        line.write(b);
      }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      for (int i = off; i < off + len; i++) {
        write(b[i]);
      }
    }

    @Override
    public void flush() {
      out.flush();
    }
  }
}
