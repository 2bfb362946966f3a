package dev.assistantskit.interop.azure;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.ai.openai.assistants.AssistantsClient;
import com.azure.ai.openai.assistants.AssistantsClientBuilder;
import com.azure.ai.openai.assistants.AssistantsServiceVersion;
import com.azure.ai.openai.assistants.models.Assistant;
import com.azure.ai.openai.assistants.models.AssistantCreationOptions;
import com.azure.core.credential.AzureKeyCredential;
import com.openai.azure.AzureOpenAIServiceVersion;
import com.openai.azure.AzureUrlPathMode;
import com.openai.azure.credential.AzureApiKeyCredential;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.beta.assistants.AssistantCreateParams;
import dev.assistantskit.interop.support.InteropEmulator;
import dev.assistantskit.server.http.SelfSignedCertificate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The other way to trust the emulator: {@code -Djavax.net.ssl.trustStore=…} at JVM start, with each
 * SDK's default HTTP client (azure-core's, OkHttp for openai-java) and no TLS code at all. The JVM
 * caches its default trust material, so the properties cannot be set at run time: this starts a
 * second JVM, as an application would be started.
 */
class AzureTrustStorePropertiesTest extends AzureSdkTestBase {

  @Test
  void bothSdksDefaultHttpClientsTrustTheEmulatorThroughJvmProperties() throws Exception {
    SelfSignedCertificate certificate = emulator.certificate();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-Djavax.net.ssl.trustStore=" + certificate.trustStore(),
                    "-Djavax.net.ssl.trustStorePassword=" + certificate.password(),
                    "-Djavax.net.ssl.trustStoreType=PKCS12",
                    "-cp",
                    System.getProperty("java.class.path"),
                    Application.class.getName(),
                    emulator.endpoint()))
            .redirectErrorStream(true)
            .start();
    boolean ended = process.waitFor(60, TimeUnit.SECONDS);
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!ended) {
      process.destroyForcibly();
    }
    assertThat(ended).as("the second JVM ended; output: %s", output).isTrue();
    assertThat(process.exitValue()).as("exit code; output: %s", output).isZero();
    assertThat(output)
        .containsPattern("azure created asst_\\w+")
        .containsPattern("openai created asst_\\w+");
  }

  /** An application that knows nothing of the emulator's certificate. */
  public static final class Application {
    public static void main(String[] args) throws IOException {
      AssistantsClient client =
          new AssistantsClientBuilder()
              .endpoint(args[0])
              .credential(new AzureKeyCredential(InteropEmulator.API_KEY))
              .serviceVersion(AssistantsServiceVersion.V2024_05_01_PREVIEW)
              .buildClient();
      Assistant assistant =
          client.createAssistant(new AssistantCreationOptions("gpt-4o").setName("trusted"));
      System.out.println("azure created " + assistant.getId());

      OpenAIClient openAi =
          OpenAIOkHttpClient.builder()
              .baseUrl(args[0] + "/openai")
              .credential(AzureApiKeyCredential.create(InteropEmulator.API_KEY))
              .azureServiceVersion(AzureOpenAIServiceVersion.fromString("2024-05-01-preview"))
              .azureUrlPathMode(AzureUrlPathMode.UNIFIED)
              .build();
      String id =
          openAi
              .beta()
              .assistants()
              .create(AssistantCreateParams.builder().model("gpt-4o").name("trusted too").build())
              .id();
      System.out.println("openai created " + id);
      System.exit(0);
    }
  }
}
