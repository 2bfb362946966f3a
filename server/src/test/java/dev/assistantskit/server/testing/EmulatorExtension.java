package dev.assistantskit.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assistantskit.client.invoker.ApiClient;
import dev.assistantskit.server.EmulatorConfig;
import dev.assistantskit.server.EmulatorServer;
import dev.assistantskit.spec.ContractValidator;
import java.net.http.HttpClient;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts a real emulator on a random port for a test class, and fails any test that received a
 * response the contract does not allow.
 *
 * <pre>
 * {@code @RegisterExtension static final EmulatorExtension EMULATOR = new EmulatorExtension();}
 * </pre>
 */
public final class EmulatorExtension
    implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {
  public static final String KEY = "test-key";
  public static final String VERSION = EmulatorConfig.API_VERSION;
  private static final ContractValidator VALIDATOR = new ContractValidator();

  private final UnaryOperator<EmulatorConfig.Builder> configure;
  private EmulatorServer server;
  private ContractRecorder recorder;

  public EmulatorExtension() {
    this(builder -> builder);
  }

  public EmulatorExtension(UnaryOperator<EmulatorConfig.Builder> configure) {
    this.configure = configure;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    recorder = new ContractRecorder(VALIDATOR);
    EmulatorConfig config = configure.apply(EmulatorConfig.builder().port(0).apiKey(KEY)).build();
    server = EmulatorServer.start(config, app -> app.register(recorder));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    assertThat(recorder.drain()).as("responses that break the contract").isEmpty();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    server.close();
  }

  public EmulatorServer server() {
    return server;
  }

  /** A raw HTTP/1.1 client that sends the key, for what the generated client cannot send. */
  public RawHttp http() {
    return new RawHttp(server.baseUri(), KEY);
  }

  /** The generated client, configured for this emulator. */
  public ApiClient client() {
    ApiClient client = new ApiClient();
    client.updateBaseUri(server.baseUri().toString());
    client.setHttpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1));
    client.setRequestInterceptor(request -> request.header("api-key", KEY));
    return client;
  }

  public int responsesChecked() {
    return recorder.checked();
  }
}
