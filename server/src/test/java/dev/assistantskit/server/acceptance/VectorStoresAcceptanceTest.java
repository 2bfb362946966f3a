package dev.assistantskit.server.acceptance;

import static dev.assistantskit.server.testing.Apis.V;
import static dev.assistantskit.server.testing.Apis.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.assistantskit.client.model.AssistantObject;
import dev.assistantskit.client.model.CreateAssistantRequest;
import dev.assistantskit.client.model.CreateFileSearchToolResource;
import dev.assistantskit.client.model.CreateToolResources;
import dev.assistantskit.client.model.CreateVectorStoreFileBatchRequest;
import dev.assistantskit.client.model.CreateVectorStoreFileRequest;
import dev.assistantskit.client.model.CreateVectorStoreRequest;
import dev.assistantskit.client.model.ListVectorStoreFilesResponse;
import dev.assistantskit.client.model.UpdateVectorStoreRequest;
import dev.assistantskit.client.model.VectorStoreExpirationAfter;
import dev.assistantskit.client.model.VectorStoreFileBatchObject;
import dev.assistantskit.client.model.VectorStoreFileObject;
import dev.assistantskit.client.model.VectorStoreObject;
import dev.assistantskit.server.testing.Apis;
import dev.assistantskit.server.testing.EmulatorExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class VectorStoresAcceptanceTest {
  @RegisterExtension static final EmulatorExtension EMULATOR = new EmulatorExtension();

  private final Apis api = Apis.of(EMULATOR);

  @Test
  void aStoreCountsItsFilesAndTheirBytes() throws Exception {
    String a = api.upload("a.txt", "12345");
    String b = api.upload("b.txt", "1234567890");

    VectorStoreObject store =
        api.vectorStores()
            .createVectorStore(
                V,
                new CreateVectorStoreRequest()
                    .name("docs")
                    .fileIds(List.of(a, b))
                    .metadata(Map.of("k", "v")));

    assertThat(store.getId()).matches("vs_[A-Za-z0-9]{24}");
    assertThat(store.getName()).isEqualTo("docs");
    assertThat(store.getStatus()).isEqualTo(VectorStoreObject.StatusEnum.COMPLETED);
    assertThat(store.getUsageBytes()).isEqualTo(15);
    assertThat(store.getFileCounts().getCompleted()).isEqualTo(2);
    assertThat(store.getFileCounts().getTotal()).isEqualTo(2);
    assertThat(store.getExpiresAfter()).isNull();
    assertThat(store.getExpiresAt()).isNull();
    assertThat(store.getLastActiveAt()).isEqualTo(store.getCreatedAt());
    assertThat(store.getMetadata()).containsExactly(Map.entry("k", "v"));
  }

  @Test
  void aStoreExpiresAfterTheDaysItWasGivenWithoutUse() throws Exception {
    VectorStoreExpirationAfter oneDay =
        new VectorStoreExpirationAfter()
            .anchor(VectorStoreExpirationAfter.AnchorEnum.LAST_ACTIVE_AT)
            .days(1);
    VectorStoreObject store =
        api.vectorStores()
            .createVectorStore(V, new CreateVectorStoreRequest().expiresAfter(oneDay));
    assertThat(store.getExpiresAt()).isEqualTo(store.getLastActiveAt() + 86_400);

    EMULATOR.server().emulator().clock().advance(Duration.ofDays(2));

    assertThat(api.vectorStores().getVectorStore(store.getId(), V).getStatus())
        .isEqualTo(VectorStoreObject.StatusEnum.EXPIRED);
  }

  @Test
  void aModifyRenamesAndCountsAsActivity() throws Exception {
    String id =
        api.vectorStores().createVectorStore(V, new CreateVectorStoreRequest().name("old")).getId();

    VectorStoreObject modified =
        api.vectorStores()
            .modifyVectorStore(
                id, V, new UpdateVectorStoreRequest().name("new").metadata(Map.of("v", "2")));

    assertThat(modified.getName()).isEqualTo("new");
    assertThat(modified.getMetadata()).containsExactly(Map.entry("v", "2"));
    assertThat(api.vectorStores().listVectorStores(V, 100, "desc", null, null).getData())
        .extracting(VectorStoreObject::getId)
        .contains(id);
  }

  @Test
  void deletingAStoreUnlinksItFromAssistantsButKeepsItsFiles() throws Exception {
    String file = api.upload("keep.txt", "keep");
    String store = api.vectorStore(file);
    AssistantObject assistant =
        api.assistants()
            .createAssistant(
                V,
                new CreateAssistantRequest()
                    .model("gpt-4")
                    .toolResources(
                        new CreateToolResources()
                            .fileSearch(
                                new CreateFileSearchToolResource()
                                    .vectorStoreIds(List.of(store)))));

    assertThat(api.vectorStores().deleteVectorStore(store, V).getDeleted()).isTrue();

    assertThat(failure(() -> api.vectorStores().getVectorStore(store, V)).message())
        .isEqualTo("No vector store found with id '" + store + "'.");
    assertThat(
            api.assistants()
                .getAssistant(assistant.getId(), V)
                .getToolResources()
                .getFileSearch()
                .getVectorStoreIds())
        .isEmpty();
    assertThat(api.files().getFile(file, V).getId()).isEqualTo(file);
  }

  @Test
  void attachingAFileThatDoesNotExistIsRefusedWithA404() throws Exception {
    String store = api.vectorStore();

    Apis.Failure missing =
        failure(
            () ->
                api.vectorStoreFiles()
                    .createVectorStoreFile(
                        store,
                        V,
                        new CreateVectorStoreFileRequest().fileId("assistant-missing0000000000")));

    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.message()).isEqualTo("Files [assistant-missing0000000000] were not found.");
    assertThat(missing.param()).isEqualTo("file_id");
    assertThat(api.vectorStores().getVectorStore(store, V).getFileCounts().getTotal()).isZero();
  }

  @Test
  void aFileWhoseContentIsGoneFromDiskIsAttachedAsFailed() throws Exception {
    String store = api.vectorStore();
    String present = api.upload("here.txt", "here");
    String gone = api.upload("gone.txt", "gone");
    java.nio.file.Files.delete(EMULATOR.server().emulator().contents().path(gone));

    VectorStoreFileObject failed =
        api.vectorStoreFiles()
            .createVectorStoreFile(store, V, new CreateVectorStoreFileRequest().fileId(gone));
    VectorStoreFileObject attached =
        api.vectorStoreFiles()
            .createVectorStoreFile(store, V, new CreateVectorStoreFileRequest().fileId(present));

    assertThat(failed.getStatus()).isEqualTo(VectorStoreFileObject.StatusEnum.FAILED);
    assertThat(failed.getLastError().getCode().getValue()).isEqualTo("file_not_found");
    assertThat(failed.getUsageBytes()).isZero();
    assertThat(attached.getStatus()).isEqualTo(VectorStoreFileObject.StatusEnum.COMPLETED);
    assertThat(attached.getUsageBytes()).isEqualTo(4);
    assertThat(attached.getLastError()).isNull();
    ListVectorStoreFilesResponse listed =
        api.vectorStoreFiles().listVectorStoreFiles(store, V, null, null, null, null, "failed");
    assertThat(listed.getData()).extracting(VectorStoreFileObject::getId).containsExactly(gone);
    assertThat(api.vectorStores().getVectorStore(store, V).getFileCounts().getFailed())
        .isEqualTo(1);
  }

  @Test
  void detachingAFileKeepsTheFile() throws Exception {
    String file = api.upload("x.txt", "x");
    String store = api.vectorStore(file);

    assertThat(api.vectorStoreFiles().deleteVectorStoreFile(store, file, V).getDeleted()).isTrue();

    assertThat(failure(() -> api.vectorStoreFiles().getVectorStoreFile(store, file, V)).status())
        .isEqualTo(404);
    assertThat(api.files().getFile(file, V).getBytes()).isEqualTo(1);
  }

  @Test
  void aBatchCountsItsFilesAndListsOnlyThem() throws Exception {
    String store =
        api.vectorStores()
            .createVectorStore(
                V, new CreateVectorStoreRequest().fileIds(List.of(api.upload("before.txt", "b"))))
            .getId();
    String one = api.upload("1.txt", "1");
    String two = api.upload("2.txt", "2");
    String gone = api.upload("3.txt", "3");
    java.nio.file.Files.delete(EMULATOR.server().emulator().contents().path(gone));

    VectorStoreFileBatchObject batch =
        api.fileBatches()
            .createVectorStoreFileBatch(
                store, V, new CreateVectorStoreFileBatchRequest().fileIds(List.of(one, two, gone)));

    assertThat(batch.getId()).matches("vsfb_[A-Za-z0-9]{24}");
    assertThat(batch.getStatus()).isEqualTo(VectorStoreFileBatchObject.StatusEnum.COMPLETED);
    assertThat(batch.getFileCounts().getCompleted()).isEqualTo(2);
    assertThat(batch.getFileCounts().getFailed()).isEqualTo(1);
    assertThat(batch.getFileCounts().getTotal()).isEqualTo(3);
    assertThat(api.fileBatches().getVectorStoreFileBatch(store, batch.getId(), V)).isEqualTo(batch);
    assertThat(
            api.fileBatches()
                .listFilesInVectorStoreBatch(
                    store, batch.getId(), V, null, "asc", null, null, "completed")
                .getData())
        .extracting(VectorStoreFileObject::getId)
        .containsExactly(one, two);
    Apis.Failure cancel =
        failure(() -> api.fileBatches().cancelVectorStoreFileBatch(store, batch.getId(), V));
    assertThat(cancel.status()).isEqualTo(400);
    assertThat(cancel.message()).contains(batch.getId()).contains("completed");
  }

  @Test
  void aBatchNamingAFileThatDoesNotExistAttachesNothing() throws Exception {
    String store = api.vectorStore();
    String real = api.upload("real.txt", "real");

    Apis.Failure refused =
        failure(
            () ->
                api.fileBatches()
                    .createVectorStoreFileBatch(
                        store,
                        V,
                        new CreateVectorStoreFileBatchRequest()
                            .fileIds(List.of(real, "assistant-nope0000000000"))));

    assertThat(refused.status()).isEqualTo(404);
    assertThat(refused.message()).isEqualTo("Files [assistant-nope0000000000] were not found.");
    assertThat(refused.param()).isEqualTo("file_ids");
    assertThat(api.vectorStores().getVectorStore(store, V).getFileCounts().getTotal()).isZero();
  }
}
