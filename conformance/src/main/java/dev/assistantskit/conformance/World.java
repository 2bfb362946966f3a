package dev.assistantskit.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assistantskit.client.AssistantsClient;
import dev.assistantskit.client.AssistantsException;
import dev.assistantskit.client.invoker.ApiException;
import dev.assistantskit.client.model.RunObject;
import dev.assistantskit.client.stream.AssistantStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one scenario knows: the target and its clients, the objects it created (by the names the
 * feature gives them), and the last answer or refusal. Created anew per scenario; {@link
 * #cleanUp()} deletes what the scenario created, so a real endpoint does not fill up.
 */
public final class World {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<Target, AssistantsClient> CHECKED = new ConcurrentHashMap<>();
  private static final Map<Target, AssistantsClient> PLAIN = new ConcurrentHashMap<>();

  /** Runs that have not ended; the clean-up stops them before it deletes their threads. */
  private static final Set<String> ACTIVE =
      Set.of("queued", "in_progress", "requires_action", "cancelling");

  private final Target target = Target.current();
  private final Wire wire = new Wire(target);
  private final long startedAt = Instant.now().getEpochSecond();
  private final Map<Kind, Map<String, String>> names = new EnumMap<>(Kind.class);
  private final Map<String, JsonNode> asCreated = new HashMap<>();
  private final Map<String, byte[]> uploads = new HashMap<>();
  private final List<Created> created = new ArrayList<>();
  private final Set<String> gone = new HashSet<>();
  private ContractCheck.Exchange exchange;
  private JsonNode answer;
  private Refusal refusal;
  private final List<JsonNode> pages = new ArrayList<>();
  private Streamed streamed;
  private ControlPlane controlPlane;

  /**
   * Something the scenario made and should delete (or, for a run, stop) at the end.
   *
   * @param parent the thread of a run; null for the rest
   */
  private record Created(Kind kind, String id, String parent) {}

  /** A 4xx or 5xx answer: its status and body. */
  public record Refusal(int status, JsonNode body, String text) {
    public JsonNode error() {
      return body == null ? null : body.path("error");
    }
  }

  /** A call of a generated API method. */
  @FunctionalInterface
  public interface ApiCall<T> {
    T call() throws ApiException;
  }

  public World() {
    ContractCheck.reset();
  }

  public Target target() {
    return target;
  }

  /** The generated client, every answer checked against the contract. */
  public AssistantsClient client() {
    return CHECKED.computeIfAbsent(target, t -> client(t, true));
  }

  public String apiVersion() {
    return target.apiVersion();
  }

  public Wire wire() {
    return wire;
  }

  /** Unix seconds when the scenario started. */
  public long startedAt() {
    return startedAt;
  }

  private static AssistantsClient client(Target target, boolean checked) {
    AssistantsClient.Builder builder =
        AssistantsClient.builder()
            .endpoint(target.endpoint())
            .apiKey(target.apiKey())
            .apiVersion(target.apiVersion())
            .connectTimeout(Duration.ofSeconds(10))
            .readTimeout(Duration.ofSeconds(120));
    if (checked) {
      builder.httpClientBuilder(ContractCheckingHttpClient.builder(target.baseUri()));
    }
    return builder.build();
  }

  /** Calls the API expecting an answer; a refusal fails the scenario with its status and body. */
  public <T> T call(ApiCall<T> call) {
    try {
      T value = call.call();
      answered();
      return value;
    } catch (ApiException e) {
      throw unusable(e);
    }
  }

  /**
   * Calls the API expecting an answer, checked against the contract like any other, without making
   * it the scenario's last answer: for what a step needs to know before it acts or asserts.
   */
  public <T> T peek(ApiCall<T> call) {
    try {
      return call.call();
    } catch (ApiException e) {
      throw unusable(e);
    }
  }

  /** Calls the API expecting either an answer or a refusal; both are remembered. */
  public <T> Optional<T> attempt(ApiCall<T> call) {
    try {
      T value = call.call();
      answered();
      return Optional.ofNullable(value);
    } catch (AssistantsException e) {
      refused(new Refusal(e.status(), parse(e.body()), e.body()));
      return Optional.empty();
    } catch (ApiException e) {
      throw unusable(e);
    }
  }

  /** A transport failure, or a body the client cannot read although the contract allows it. */
  private AssertionError unusable(ApiException e) {
    Throwable cause = e.getCause();
    String why =
        cause == null
            ? e.getMessage()
            : cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    return new AssertionError(
        "the request got no usable answer from " + target.endpoint() + ": " + why, e);
  }

  /** Remembers an answer sent by raw HTTP. */
  public void answered(Wire.Reply reply) {
    if (reply.status() >= 400) {
      refused(new Refusal(reply.status(), parse(reply.body()), reply.body()));
    } else {
      answered();
    }
  }

  private void answered() {
    exchange = ContractCheck.last();
    answer = exchange.isJson() ? parse(exchange.text()) : null;
    refusal = null;
    if (answer != null && "list".equals(answer.path("object").asText())) {
      pages.add(answer);
    }
  }

  private void refused(Refusal refusal) {
    this.exchange = ContractCheck.last();
    this.refusal = refusal;
    this.answer = null;
  }

  private static JsonNode parse(String text) {
    try {
      return text == null || text.isBlank() ? null : JSON.readTree(text);
    } catch (IOException notJson) {
      return null;
    }
  }

  /** The last answer's JSON body, as it was on the wire. */
  public JsonNode answer() {
    if (answer == null) {
      throw new AssertionError(
          refusal != null
              ? "the request was refused with " + refusal.status() + ": " + refusal.text()
              : "no JSON answer has been received in this scenario");
    }
    return answer;
  }

  /** Every list answered in this scenario, in order. */
  public List<JsonNode> pages() {
    return List.copyOf(pages);
  }

  /** The last exchange, whatever its content. */
  public ContractCheck.Exchange exchange() {
    if (exchange == null) {
      throw new AssertionError("no answer has been received in this scenario");
    }
    return exchange;
  }

  /** The last refusal, or null if the last request was answered. */
  public Refusal refusalOrNull() {
    return refusal;
  }

  /**
   * Between objects that must list in creation order: a remote target orders by {@code created_at},
   * whose ties we cannot rely on, so wait for the next second. The embedded emulator keeps the
   * creation order within a second (README, "Differences from Azure" 5).
   */
  public void nextSecond() {
    if (!target.embedded()) {
      pause(1_100);
    }
  }

  /** The last refusal; fails if the last request succeeded. */
  public Refusal refusal() {
    if (refusal == null) {
      throw new AssertionError(
          "the request was expected to be refused, but it was answered "
              + (exchange == null
                  ? "(nothing)"
                  : exchange.status() + ": " + ContractCheck.abbreviate(exchange.text())));
    }
    return refusal;
  }

  /** Names an object the scenario made or found, and keeps its answer as it was then. */
  public void remember(Kind kind, String name, String id) {
    names.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(name, id);
    if (answer != null && id.equals(answer.path("id").asText(null))) {
      asCreated.put(kind + "/" + name, answer);
    }
  }

  /** The id of the object of this kind the feature calls {@code name}. */
  public String id(Kind kind, String name) {
    String id = names.getOrDefault(kind, Map.of()).get(name);
    if (id == null) {
      throw new IllegalStateException(
          "this scenario has no " + kind.noun() + " called \"" + name + "\"");
    }
    return id;
  }

  /** The name the scenario gave the object with this id, if any. */
  public Optional<String> nameOf(String id) {
    return names.values().stream()
        .flatMap(m -> m.entrySet().stream())
        .filter(e -> e.getValue().equals(id))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /** The answer that made the named object. */
  public JsonNode asCreated(Kind kind, String name) {
    JsonNode node = asCreated.get(kind + "/" + name);
    if (node == null) {
      throw new IllegalStateException(
          "this scenario has not kept how the " + kind.noun() + " \"" + name + "\" was created");
    }
    return node;
  }

  /** Keeps the bytes of an uploaded file, to compare its content with later. */
  public void uploaded(String name, byte[] content) {
    uploads.put(name, content);
  }

  public byte[] upload(String name) {
    byte[] content = uploads.get(name);
    if (content == null) {
      throw new IllegalStateException("this scenario has not uploaded \"" + name + "\"");
    }
    return content;
  }

  /** Registers an object to delete when the scenario ends. */
  public void created(Kind kind, String id) {
    created.add(new Created(kind, id, null));
  }

  /** Registers a run to stop, if it is still active, when the scenario ends. */
  public void createdRun(String threadId, String runId) {
    if (created.stream().noneMatch(c -> c.kind() == Kind.RUN && c.id().equals(runId))) {
      created.add(new Created(Kind.RUN, runId, threadId));
    }
  }

  /** The thread of a run the scenario registered with {@link #createdRun}. */
  public String threadOfRun(String runId) {
    return created.stream()
        .filter(c -> c.kind() == Kind.RUN && c.id().equals(runId))
        .map(Created::parent)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("this scenario has not started " + runId));
  }

  /** Starts reading a streamed run; a stream still open when the scenario ends is closed. */
  public Streamed stream(AssistantStream stream) {
    if (streamed != null) {
      streamed.close();
    }
    streamed = new Streamed(stream);
    return streamed;
  }

  /** The stream the scenario read last. */
  public Streamed streamed() {
    if (streamed == null) {
      throw new IllegalStateException("this scenario has streamed no run");
    }
    return streamed;
  }

  /** The emulator's control plane; what the scenario scripted is forgotten when it ends. */
  public ControlPlane controlPlane() {
    if (controlPlane == null) {
      controlPlane = new ControlPlane(target);
    }
    return controlPlane;
  }

  /** Notes that an object was deleted by the scenario itself. */
  public void gone(String id) {
    gone.add(id);
  }

  /**
   * Polls {@code check} until it holds or {@code timeout} passes, first often, then every 2 s at
   * most: for what a target does in the background (file processing, runs).
   */
  public void eventually(String what, Duration timeout, ApiCall<Boolean> check) {
    Instant deadline = Instant.now().plus(timeout);
    long pause = 25;
    while (!call(check)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "after " + timeout.toSeconds() + " s, " + what + " still does not hold: " + answer);
      }
      pause(pause);
      pause = Math.min(2 * pause, 2_000);
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Stops the scenario's runs that are still active (cancels them and waits for them to end), then
   * deletes, newest first, whatever it created and did not delete, and forgets what it scripted on
   * the control plane; never fails.
   */
  public void cleanUp() {
    if (streamed != null) {
      streamed.close();
    }
    AssistantsClient plain = PLAIN.computeIfAbsent(target, t -> client(t, false));
    stopRuns(plain);
    String v = target.apiVersion();
    for (int i = created.size() - 1; i >= 0; i--) {
      Created c = created.get(i);
      if (gone.contains(c.id())) {
        continue;
      }
      try {
        switch (c.kind()) {
          case ASSISTANT -> plain.assistants().deleteAssistant(c.id(), v);
          case THREAD -> plain.threads().deleteThread(c.id(), v);
          case FILE -> plain.files().deleteFile(c.id(), v);
          case VECTOR_STORE -> plain.vectorStores().deleteVectorStore(c.id(), v);
          default -> {
            // messages and runs go with their thread, batches with their vector store
          }
        }
      } catch (ApiException | RuntimeException ignored) {
        // best effort: the object may be gone already, or the target may be broken on purpose
      }
    }
    if (controlPlane != null) {
      controlPlane.clear();
    }
  }

  /** Cancels every active run of the scenario, then waits up to 30 s for them to end. */
  private void stopRuns(AssistantsClient plain) {
    String v = target.apiVersion();
    List<Created> runs = created.stream().filter(c -> c.kind() == Kind.RUN).toList();
    for (Created run : runs) {
      try {
        String status = status(plain, run);
        if (ACTIVE.contains(status) && !status.equals("cancelling")) {
          plain.runs().cancelRun(run.parent(), run.id(), v);
        }
      } catch (ApiException | RuntimeException ignored) {
        // ended meanwhile, or the target is broken on purpose
      }
    }
    Instant deadline = Instant.now().plusSeconds(30);
    for (Created run : runs) {
      try {
        long pause = 25;
        while (ACTIVE.contains(status(plain, run)) && Instant.now().isBefore(deadline)) {
          pause(pause);
          pause = Math.min(2 * pause, 1_000);
        }
      } catch (ApiException | RuntimeException ignored) {
        // its thread may be gone already
      }
    }
  }

  private String status(AssistantsClient plain, Created run) throws ApiException {
    RunObject current = plain.runs().getRun(run.parent(), run.id(), target.apiVersion());
    return current.getStatus().getValue();
  }
}
