package dev.assistantskit.server.acceptance;

import static dev.assistantskit.server.testing.Apis.V;
import static dev.assistantskit.server.testing.Apis.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.assistantskit.client.model.AssistantObject;
import dev.assistantskit.client.model.CreateAssistantRequest;
import dev.assistantskit.client.model.CreateCodeInterpreterToolResource;
import dev.assistantskit.client.model.CreateToolResources;
import dev.assistantskit.client.model.FilePurpose;
import dev.assistantskit.client.model.FileState;
import dev.assistantskit.client.model.OpenAIFile;
import dev.assistantskit.server.testing.Apis;
import dev.assistantskit.server.testing.EmulatorExtension;
import dev.assistantskit.server.testing.RawHttp;
import java.io.File;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FilesAcceptanceTest {
  static final long LIMIT = 256 * 1024;

  @RegisterExtension
  static final EmulatorExtension EMULATOR = new EmulatorExtension(c -> c.maxUploadBytes(LIMIT));

  private final Apis api = Apis.of(EMULATOR);

  static byte[] everyByte() {
    byte[] bytes = new byte[4096];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) i;
    }
    return bytes;
  }

  @Test
  void anUploadKeepsItsNameAndSizeAndDownloadsByteForByte() throws Exception {
    File file = write("sine data.csv", everyByte());

    OpenAIFile uploaded = api.files().uploadFile(V, file, FilePurpose.ASSISTANTS);

    assertThat(uploaded.getId()).matches("assistant-[A-Za-z0-9]{24}");
    assertThat(uploaded.getFilename()).isEqualTo("sine data.csv");
    assertThat(uploaded.getBytes()).isEqualTo(4096);
    assertThat(uploaded.getPurpose()).isEqualTo(FilePurpose.ASSISTANTS);
    assertThat(uploaded.getStatus()).isEqualTo(FileState.PROCESSED);
    assertThat(api.files().getFile(uploaded.getId(), V)).isEqualTo(uploaded);
    File downloaded = api.files().downloadFile(uploaded.getId(), V);
    assertThat(Files.readAllBytes(downloaded.toPath())).isEqualTo(everyByte());
  }

  @Test
  void contentIsOctetStreamEvenForAnAcceptOfApplicationBinary() throws Exception {
    String id =
        api.files().uploadFile(V, write("a.bin", everyByte()), FilePurpose.ASSISTANTS).getId();
    RawHttp http = EMULATOR.http();

    HttpResponse<byte[]> response =
        RawHttp.client()
            .send(
                http.request(RawHttp.withVersion("/files/" + id + "/content"))
                    .header("Accept", "application/binary")
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
    assertThat(response.body()).isEqualTo(everyByte());
  }

  @Test
  void filesAreListedNewestFirstAndFilteredByPurpose() throws Exception {
    String assistants =
        api.files().uploadFile(V, write("a.txt", "a"), FilePurpose.ASSISTANTS).getId();
    String fineTune =
        api.files().uploadFile(V, write("t.jsonl", "{}"), FilePurpose.FINE_TUNE).getId();

    List<String> all =
        api.files().listFiles(V, null).getData().stream().map(OpenAIFile::getId).toList();
    List<String> onlyFineTune =
        api.files().listFiles(V, FilePurpose.FINE_TUNE).getData().stream()
            .map(OpenAIFile::getId)
            .toList();

    assertThat(all.indexOf(fineTune)).isLessThan(all.indexOf(assistants));
    assertThat(onlyFineTune).contains(fineTune).doesNotContain(assistants);
    assertThat(api.files().listFiles(V, null).getHasMore()).isFalse();
    assertThat(fineTune).matches("file-[0-9a-f]{32}");
  }

  @Test
  void aSeparateFilenameFieldIsRefusedAsAzureDid() {
    RawHttp.Reply reply =
        EMULATOR
            .http()
            .send(
                multipart(
                    "--b\r\nContent-Disposition: form-data; name=\"filename\"\r\n\r\nx.txt\r\n"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.error().get("message").asText())
        .isEqualTo("Additional properties are not allowed ('filename' was unexpected)");
    assertThat(reply.error().get("type").asText()).isEqualTo("invalid_request_error");
    assertThat(reply.error().get("param").isNull()).isTrue();
  }

  @Test
  void anUploadOverTheLimitIsRefusedAndNothingIsKept() throws Exception {
    int before = api.files().listFiles(V, null).getData().size();

    Apis.Failure tooLarge =
        failure(
            () ->
                api.files()
                    .uploadFile(
                        V, write("big.bin", new byte[(int) LIMIT * 2]), FilePurpose.ASSISTANTS));

    assertThat(tooLarge.status()).isEqualTo(413);
    assertThat(tooLarge.param()).isEqualTo("file");
    assertThat(api.files().listFiles(V, null).getData()).hasSize(before);
  }

  @Test
  void anUnknownPurposeIsRefused() {
    RawHttp.Reply reply = EMULATOR.http().send(multipart("", "essays"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.error().get("param").asText()).isEqualTo("purpose");
  }

  @Test
  void deletingAFileDetachesItFromVectorStoresAndToolResources() throws Exception {
    String id = api.files().uploadFile(V, write("data.csv", "x,y"), FilePurpose.ASSISTANTS).getId();
    String store = api.vectorStore(id);
    AssistantObject assistant =
        api.assistants()
            .createAssistant(
                V,
                new CreateAssistantRequest()
                    .model("gpt-4")
                    .toolResources(
                        new CreateToolResources()
                            .codeInterpreter(
                                new CreateCodeInterpreterToolResource().fileIds(List.of(id)))));

    assertThat(api.files().deleteFile(id, V).getDeleted()).isTrue();

    assertThat(failure(() -> api.files().getFile(id, V)).status()).isEqualTo(404);
    assertThat(failure(() -> api.files().downloadFile(id, V)).status()).isEqualTo(404);
    assertThat(api.vectorStores().getVectorStore(store, V).getFileCounts().getTotal()).isZero();
    assertThat(
            api.assistants()
                .getAssistant(assistant.getId(), V)
                .getToolResources()
                .getCodeInterpreter()
                .getFileIds())
        .isEmpty();
  }

  private static HttpRequest.Builder multipart(String extraPart) {
    return multipart(extraPart, "assistants");
  }

  private static HttpRequest.Builder multipart(String extraPart, String purpose) {
    String body =
        extraPart
            + "--b\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\n"
            + purpose
            + "\r\n"
            + "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.txt\"\r\n"
            + "Content-Type: text/plain\r\n\r\nhello\r\n--b--\r\n";
    return EMULATOR
        .http()
        .request(RawHttp.withVersion("/files"))
        .header("Content-Type", "multipart/form-data; boundary=b")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
  }

  private static File write(String name, String content) throws Exception {
    return write(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private static File write(String name, byte[] content) throws Exception {
    Path file = Files.createTempDirectory("upload").resolve(name);
    Files.write(file, content);
    return file.toFile();
  }
}
