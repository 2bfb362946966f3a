package dev.assistantskit.server.resources;

import dev.assistantskit.server.Emulator;
import dev.assistantskit.server.generated.api.VectorStoresApi;
import dev.assistantskit.server.generated.model.CreateVectorStoreRequest;
import dev.assistantskit.server.generated.model.DeleteVectorStoreResponse;
import dev.assistantskit.server.generated.model.ListVectorStoresResponse;
import dev.assistantskit.server.generated.model.UpdateVectorStoreRequest;
import dev.assistantskit.server.generated.model.VectorStoreObject;
import dev.assistantskit.server.vectorstores.VectorStoreService;
import dev.assistantskit.server.wire.Checks;
import dev.assistantskit.server.wire.WireVectorStores;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** The Vector Stores operations. */
@Singleton
public final class VectorStoresResource implements VectorStoresApi {
  private final VectorStoreService vectorStores;

  @Inject
  public VectorStoresResource(Emulator emulator) {
    this.vectorStores = emulator.vectorStores();
  }

  @Override
  public VectorStoreObject createVectorStore(String apiVersion, CreateVectorStoreRequest request) {
    return WireVectorStores.wire(
        vectorStores.create(
            request.getName(),
            request.getFileIds(),
            WireVectorStores.expiryDays(request.getExpiresAfter()),
            Checks.metadata("metadata", request.getMetadata())));
  }

  @Override
  public DeleteVectorStoreResponse deleteVectorStore(String vectorStoreId, String apiVersion) {
    vectorStores.delete(vectorStoreId);
    return WireVectorStores.deleted(vectorStoreId);
  }

  @Override
  public VectorStoreObject getVectorStore(String vectorStoreId, String apiVersion) {
    return WireVectorStores.wire(vectorStores.get(vectorStoreId));
  }

  @Override
  public ListVectorStoresResponse listVectorStores(
      String apiVersion, Integer limit, String order, String after, String before) {
    return WireVectorStores.list(vectorStores.list(Checks.page(limit, order, after, before)));
  }

  @Override
  public VectorStoreObject modifyVectorStore(
      String vectorStoreId, String apiVersion, UpdateVectorStoreRequest request) {
    return WireVectorStores.wire(
        vectorStores.modify(
            vectorStoreId,
            request.getName(),
            WireVectorStores.expiryDays(request.getExpiresAfter()),
            Checks.metadata("metadata", request.getMetadata())));
  }
}
