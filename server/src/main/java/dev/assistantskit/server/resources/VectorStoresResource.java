package dev.assistantskit.server.resources;

import dev.assistantskit.server.errors.Errors;
import dev.assistantskit.server.generated.api.VectorStoresApi;
import dev.assistantskit.server.generated.model.CreateVectorStoreRequest;
import dev.assistantskit.server.generated.model.DeleteVectorStoreResponse;
import dev.assistantskit.server.generated.model.ListVectorStoresResponse;
import dev.assistantskit.server.generated.model.UpdateVectorStoreRequest;
import dev.assistantskit.server.generated.model.VectorStoreObject;

/** The VectorStores operations. */
public final class VectorStoresResource implements VectorStoresApi {
  @Override
  public VectorStoreObject createVectorStore(
      String apiVersion, CreateVectorStoreRequest createVectorStoreRequest) {
    throw Errors.notImplemented("createVectorStore");
  }

  @Override
  public DeleteVectorStoreResponse deleteVectorStore(String vectorStoreId, String apiVersion) {
    throw Errors.notImplemented("deleteVectorStore");
  }

  @Override
  public VectorStoreObject getVectorStore(String vectorStoreId, String apiVersion) {
    throw Errors.notImplemented("getVectorStore");
  }

  @Override
  public ListVectorStoresResponse listVectorStores(
      String apiVersion, Integer limit, String order, String after, String before) {
    throw Errors.notImplemented("listVectorStores");
  }

  @Override
  public VectorStoreObject modifyVectorStore(
      String vectorStoreId, String apiVersion, UpdateVectorStoreRequest updateVectorStoreRequest) {
    throw Errors.notImplemented("modifyVectorStore");
  }
}
