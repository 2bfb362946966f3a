package dev.assistantskit.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assistantskit.server.http.SelfSignedCertificate;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --https}: a client that trusts the generated certificate gets answers. */
class HttpsTest {
  @TempDir Path data;

  @Test
  void aClientTrustingTheGeneratedCertificateIsServedOverTls() throws Exception {
    EmulatorConfig config =
        EmulatorConfig.builder().port(0).apiKey("k").dataDir(data).https(true).build();
    try (EmulatorServer server = EmulatorServer.start(config)) {
      SelfSignedCertificate certificate = server.certificate().orElseThrow();
      HttpRequest list =
          HttpRequest.newBuilder(
                  URI.create(
                      server.baseUri() + "/assistants?api-version=" + EmulatorConfig.API_VERSION))
              .header("api-key", "k")
              .build();

      HttpResponse<String> response =
          trusting(certificate).send(list, HttpResponse.BodyHandlers.ofString());

      assertThat(server.endpoint().getScheme()).isEqualTo("https");
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).contains("\"object\":\"list\"");
      assertThat(Files.readString(certificate.pem())).startsWith("-----BEGIN CERTIFICATE-----");
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> HttpClient.newHttpClient().send(list, HttpResponse.BodyHandlers.ofString()))
          .as("a client that does not trust it is refused")
          .isInstanceOf(SSLHandshakeException.class);
    }
  }

  @Test
  void theCertificateIsMadeOnceAndReused() throws Exception {
    SelfSignedCertificate first = SelfSignedCertificate.in(data, "127.0.0.1");
    byte[] pem = Files.readAllBytes(first.pem());

    SelfSignedCertificate second = SelfSignedCertificate.in(data, "127.0.0.1");

    assertThat(Files.readAllBytes(second.pem())).isEqualTo(pem);
  }

  private static HttpClient trusting(SelfSignedCertificate certificate) throws Exception {
    KeyStore trust = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(certificate.trustStore())) {
      trust.load(in, certificate.password().toCharArray());
    }
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(trust);
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(null, factory.getTrustManagers(), null);
    return HttpClient.newBuilder().sslContext(tls).version(HttpClient.Version.HTTP_1_1).build();
  }
}
