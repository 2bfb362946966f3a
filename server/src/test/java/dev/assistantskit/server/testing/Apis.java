package dev.assistantskit.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assistantskit.client.api.AssistantsApi;
import dev.assistantskit.client.api.FilesApi;
import dev.assistantskit.client.api.MessagesApi;
import dev.assistantskit.client.api.RunStepsApi;
import dev.assistantskit.client.api.RunsApi;
import dev.assistantskit.client.api.ThreadsApi;
import dev.assistantskit.client.api.VectorStoreFileBatchesApi;
import dev.assistantskit.client.api.VectorStoreFilesApi;
import dev.assistantskit.client.api.VectorStoresApi;
import dev.assistantskit.client.invoker.ApiClient;
import dev.assistantskit.client.invoker.ApiException;
import java.io.IOException;

/** The generated client's API classes for one emulator, and a way to look at its errors. */
public record Apis(
    AssistantsApi assistants,
    ThreadsApi threads,
    MessagesApi messages,
    RunsApi runs,
    RunStepsApi runSteps,
    FilesApi files,
    VectorStoresApi vectorStores,
    VectorStoreFilesApi vectorStoreFiles,
    VectorStoreFileBatchesApi fileBatches) {
  public static final String V = EmulatorExtension.VERSION;
  private static final ObjectMapper JSON = new ObjectMapper();

  public static Apis of(EmulatorExtension emulator) {
    ApiClient client = emulator.client();
    return new Apis(
        new AssistantsApi(client),
        new ThreadsApi(client),
        new MessagesApi(client),
        new RunsApi(client),
        new RunStepsApi(client),
        new FilesApi(client),
        new VectorStoresApi(client),
        new VectorStoreFilesApi(client),
        new VectorStoreFileBatchesApi(client));
  }

  /** Uploads {@code content} as a file named {@code name} for the assistants; its id. */
  public String upload(String name, String content) throws Exception {
    java.nio.file.Path file = java.nio.file.Files.createTempDirectory("upload").resolve(name);
    java.nio.file.Files.writeString(file, content);
    return files
        .uploadFile(V, file.toFile(), dev.assistantskit.client.model.FilePurpose.ASSISTANTS)
        .getId();
  }

  /** Creates a vector store holding {@code fileIds}; its id. */
  public String vectorStore(String... fileIds) throws Exception {
    var request = new dev.assistantskit.client.model.CreateVectorStoreRequest();
    if (fileIds.length > 0) {
      request.fileIds(java.util.List.of(fileIds));
    }
    return vectorStores.createVectorStore(V, request).getId();
  }

  /** A call that is expected to fail. */
  @FunctionalInterface
  public interface Call {
    Object run() throws Exception;
  }

  /** An error answer: its status and the {@code error} object of its body. */
  public record Failure(int status, JsonNode error) {
    public String message() {
      return error.path("message").asText(null);
    }

    public String param() {
      return error.path("param").isNull() ? null : error.path("param").asText(null);
    }

    public String type() {
      return error.path("type").asText(null);
    }

    public String code() {
      return error.path("code").isNull() ? null : error.path("code").asText(null);
    }
  }

  public static Failure failure(Call call) {
    try {
      Object result = call.run();
      throw new AssertionError("expected an error answer, got " + result);
    } catch (ApiException e) {
      try {
        return new Failure(e.getCode(), JSON.readTree(e.getResponseBody()).path("error"));
      } catch (IOException notJson) {
        throw new AssertionError("error body is not JSON: " + e.getResponseBody(), notJson);
      }
    } catch (Exception e) {
      throw new AssertionError("the call failed before an answer came", e);
    }
  }
}
