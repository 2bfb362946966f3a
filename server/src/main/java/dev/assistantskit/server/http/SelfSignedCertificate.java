package dev.assistantskit.server.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A certificate for {@code serve --https}, made with the JDK's own {@code keytool}: a PKCS#12 key
 * store for the server, the certificate as PEM (for curl, Node, Python) and a PKCS#12 trust store
 * holding it (for Java clients, such as the Azure SDK, which refuses keys over plain http). Valid
 * for {@code localhost} and {@code 127.0.0.1}, for one year.
 */
public record SelfSignedCertificate(Path keyStore, Path trustStore, Path pem, String password) {
  public static final String PASSWORD = "assistants-kit";
  private static final String ALIAS = "assistants-kit";

  /** Makes the three files in {@code folder}, or reuses them if a previous start made them. */
  public static SelfSignedCertificate in(Path folder, String host) {
    SelfSignedCertificate certificate =
        new SelfSignedCertificate(
            folder.resolve("assistants-kit-keystore.p12"),
            folder.resolve("assistants-kit-truststore.p12"),
            folder.resolve("assistants-kit.pem"),
            PASSWORD);
    if (Files.exists(certificate.keyStore)
        && Files.exists(certificate.trustStore)
        && Files.exists(certificate.pem)) {
      return certificate;
    }
    try {
      Files.createDirectories(folder);
      for (Path file : List.of(certificate.keyStore, certificate.trustStore, certificate.pem)) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String names =
        "dns:localhost,ip:127.0.0.1"
            + (isIp(host) || host.equals("localhost") ? "" : ",dns:" + host);
    if (isIp(host) && !host.equals("127.0.0.1")) {
      names += ",ip:" + host;
    }
    keytool(
        "-genkeypair",
        "-alias",
        ALIAS,
        "-keyalg",
        "RSA",
        "-keysize",
        "2048",
        "-validity",
        "365",
        "-dname",
        "CN=localhost, O=assistants-kit",
        "-ext",
        "SAN=" + names,
        "-storetype",
        "PKCS12",
        "-keystore",
        certificate.keyStore.toString(),
        "-storepass",
        PASSWORD,
        "-keypass",
        PASSWORD);
    keytool(
        "-exportcert",
        "-rfc",
        "-alias",
        ALIAS,
        "-keystore",
        certificate.keyStore.toString(),
        "-storepass",
        PASSWORD,
        "-file",
        certificate.pem.toString());
    keytool(
        "-importcert",
        "-noprompt",
        "-alias",
        ALIAS,
        "-file",
        certificate.pem.toString(),
        "-storetype",
        "PKCS12",
        "-keystore",
        certificate.trustStore.toString(),
        "-storepass",
        PASSWORD);
    return certificate;
  }

  private static boolean isIp(String host) {
    return host.matches("[0-9.]+") || host.contains(":");
  }

  private static void keytool(String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(arguments));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException("keytool " + arguments[0] + " failed: " + output.strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run keytool", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
