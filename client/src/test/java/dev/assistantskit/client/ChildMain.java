package dev.assistantskit.client;

import dev.assistantskit.client.model.FilePurpose;
import java.io.File;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Scenarios run by {@link ChildJvm} in a JVM of their own. Results are {@code key=value} lines on
 * stdout, ASCII only. {@code main} returns normally: whether the JVM then exits is part of what the
 * tests check.
 */
public final class ChildMain {
  private ChildMain() {}

  public static void main(String[] args) throws Exception {
    System.out.println("defaultCharset=" + Charset.defaultCharset().name());
    System.out.println("file.encoding=" + System.getProperty("file.encoding"));
    switch (args[0]) {
      case "decode" -> decode(args[1]);
      case "upload" -> upload(args[1], Integer.parseInt(args[2]), new File(args[3]));
      default -> throw new IllegalArgumentException(args[0]);
    }
    System.out.println("done=true");
  }

  /** Reads the metadata {@code city} of two threads stubbed by {@code ResponseCharsetTest}. */
  private static void decode(String endpoint) throws Exception {
    AssistantsClient client = AssistantsClient.builder().endpoint(endpoint).apiKey("k").build();
    for (String thread : List.of("thread_utf8", "thread_latin1")) {
      String city =
          client.threads().getThread(thread, client.apiVersion()).getMetadata().get("city");
      System.out.println(thread + "=" + ChildJvm.escape(city));
    }
  }

  /**
   * Uploads {@code file} four ways (accepted, rejected with 413, request interceptor throwing,
   * closed port) and reports, after each, the outcome and how many files are left in {@code
   * java.io.tmpdir}; then the live non-daemon threads other than this one.
   */
  private static void upload(String endpoint, int closedPort, File file) throws Exception {
    AssistantsClient ok = AssistantsClient.builder().endpoint(endpoint).apiKey("k").build();
    AssistantsClient tooLarge =
        AssistantsClient.builder().endpoint(endpoint + "/too-large").apiKey("k").build();
    AssistantsClient noToken =
        AssistantsClient.builder().endpoint(endpoint).bearerTokenSupplier(() -> null).build();
    AssistantsClient closed =
        AssistantsClient.builder().endpoint("http://127.0.0.1:" + closedPort).apiKey("k").build();
    report("ok", () -> ok.files().uploadFile(ok.apiVersion(), file, FilePurpose.ASSISTANTS));
    report(
        "tooLarge",
        () -> tooLarge.files().uploadFile(tooLarge.apiVersion(), file, FilePurpose.ASSISTANTS));
    report(
        "noToken",
        () -> noToken.files().uploadFile(noToken.apiVersion(), file, FilePurpose.ASSISTANTS));
    report(
        "closed",
        () -> closed.files().uploadFile(closed.apiVersion(), file, FilePurpose.ASSISTANTS));
    Thread.sleep(500); // give a stray writer thread time to show up in the list
    System.out.println(
        "nonDaemonThreads="
            + Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !t.isDaemon() && t != Thread.currentThread())
                .map(Thread::getName)
                .sorted()
                .collect(Collectors.joining(",")));
  }

  private static void report(String name, Callable<?> call) throws Exception {
    String outcome;
    try {
      Object result = call.call();
      outcome = "returned " + (result == null ? null : result.getClass().getSimpleName());
    } catch (Exception e) {
      outcome =
          "threw "
              + e.getClass().getSimpleName()
              + (e.getCause() == null
                  ? ""
                  : " caused by " + e.getCause().getClass().getSimpleName());
    }
    System.out.println(name + "=" + outcome);
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      System.out.println(name + ".tmpFiles=" + files.count());
    }
  }
}
