package dev.assistantskit.server.wire;

import dev.assistantskit.server.domain.FileBatch;
import dev.assistantskit.server.domain.FileCounts;
import dev.assistantskit.server.domain.VectorStore;
import dev.assistantskit.server.domain.VectorStoreFile;
import dev.assistantskit.server.generated.model.DeleteVectorStoreFileResponse;
import dev.assistantskit.server.generated.model.DeleteVectorStoreResponse;
import dev.assistantskit.server.generated.model.ListVectorStoreFilesResponse;
import dev.assistantskit.server.generated.model.ListVectorStoresResponse;
import dev.assistantskit.server.generated.model.VectorStoreExpirationAfter;
import dev.assistantskit.server.generated.model.VectorStoreFileBatchObject;
import dev.assistantskit.server.generated.model.VectorStoreFileCounts;
import dev.assistantskit.server.generated.model.VectorStoreFileLastError;
import dev.assistantskit.server.generated.model.VectorStoreFileObject;
import dev.assistantskit.server.generated.model.VectorStoreObject;
import dev.assistantskit.server.store.Page;
import dev.assistantskit.server.vectorstores.VectorStoreView;
import java.util.List;

/** Vector stores, their files and file batches between the wire and the domain. */
public final class WireVectorStores {
  private WireVectorStores() {}

  public static Integer expiryDays(VectorStoreExpirationAfter expiresAfter) {
    return expiresAfter == null ? null : expiresAfter.getDays();
  }

  public static VectorStoreObject wire(VectorStoreView view) {
    VectorStore store = view.store();
    return new VectorStoreObject()
        .id(store.id())
        ._object(VectorStoreObject.ObjectEnum.VECTOR_STORE)
        .createdAt(WireTime.of(store.createdAt()))
        .name(store.name())
        .usageBytes(Math.toIntExact(view.usageBytes()))
        .fileCounts(counts(view.fileCounts()))
        .status(VectorStoreObject.StatusEnum.fromValue(view.status()))
        .expiresAfter(
            store.expiresAfterDays() == null
                ? null
                : new VectorStoreExpirationAfter()
                    .anchor(VectorStoreExpirationAfter.AnchorEnum.LAST_ACTIVE_AT)
                    .days(store.expiresAfterDays()))
        .expiresAt(WireTime.of(store.expiresAt()))
        .lastActiveAt(WireTime.of(store.lastActiveAt()))
        .metadata(store.metadata());
  }

  public static ListVectorStoresResponse list(Page<VectorStoreView> page) {
    List<VectorStoreObject> data = page.items().stream().map(WireVectorStores::wire).toList();
    return new ListVectorStoresResponse()
        ._object(ListVectorStoresResponse.ObjectEnum.LIST)
        .data(data)
        .firstId(data.isEmpty() ? null : data.get(0).getId())
        .lastId(data.isEmpty() ? null : data.get(data.size() - 1).getId())
        .hasMore(page.hasMore());
  }

  public static DeleteVectorStoreResponse deleted(String id) {
    return new DeleteVectorStoreResponse()
        .id(id)
        .deleted(true)
        ._object(DeleteVectorStoreResponse.ObjectEnum.VECTOR_STORE_DELETED);
  }

  public static VectorStoreFileObject wire(VectorStoreFile file) {
    return new VectorStoreFileObject()
        .id(file.fileId())
        ._object(VectorStoreFileObject.ObjectEnum.VECTOR_STORE_FILE)
        .usageBytes(Math.toIntExact(file.usageBytes()))
        .createdAt(WireTime.of(file.createdAt()))
        .vectorStoreId(file.vectorStoreId())
        .status(VectorStoreFileObject.StatusEnum.fromValue(file.status()))
        .lastError(
            file.errorCode() == null
                ? null
                : new VectorStoreFileLastError()
                    .code(VectorStoreFileLastError.CodeEnum.fromValue(file.errorCode()))
                    .message(file.errorMessage()));
  }

  public static ListVectorStoreFilesResponse files(Page<VectorStoreFile> page) {
    List<VectorStoreFileObject> data = page.items().stream().map(WireVectorStores::wire).toList();
    return new ListVectorStoreFilesResponse()
        ._object(ListVectorStoreFilesResponse.ObjectEnum.LIST)
        .data(data)
        .firstId(data.isEmpty() ? null : data.get(0).getId())
        .lastId(data.isEmpty() ? null : data.get(data.size() - 1).getId())
        .hasMore(page.hasMore());
  }

  public static DeleteVectorStoreFileResponse fileDeleted(String id) {
    return new DeleteVectorStoreFileResponse()
        .id(id)
        .deleted(true)
        ._object(DeleteVectorStoreFileResponse.ObjectEnum.VECTOR_STORE_FILE_DELETED);
  }

  public static VectorStoreFileBatchObject wire(FileBatch batch) {
    return new VectorStoreFileBatchObject()
        .id(batch.id())
        ._object(VectorStoreFileBatchObject.ObjectEnum.VECTOR_STORE_FILES_BATCH)
        .createdAt(WireTime.of(batch.createdAt()))
        .vectorStoreId(batch.vectorStoreId())
        .status(VectorStoreFileBatchObject.StatusEnum.fromValue(batch.status()))
        .fileCounts(counts(batch.counts()));
  }

  private static VectorStoreFileCounts counts(FileCounts counts) {
    return new VectorStoreFileCounts()
        .inProgress(counts.inProgress())
        .completed(counts.completed())
        .failed(counts.failed())
        .cancelled(counts.cancelled())
        .total(counts.total());
  }
}
