package dev.assistantskit.server.wire;

import dev.assistantskit.server.domain.NewToolResources;
import dev.assistantskit.server.errors.Errors;
import dev.assistantskit.server.generated.model.CreateToolResources;
import dev.assistantskit.server.generated.model.VectorStoreHelper;
import java.util.List;
import java.util.Map;

/** The create form of tool resources, with its one rule the schema cannot state. */
public final class WireResources {
  private WireResources() {}

  public static NewToolResources create(CreateToolResources wire) {
    if (wire == null) {
      return NewToolResources.NONE;
    }
    List<String> files =
        wire.getCodeInterpreter() == null
            ? null
            : WireTools.ids(wire.getCodeInterpreter().getFileIds());
    if (wire.getFileSearch() == null) {
      return new NewToolResources(files, null, null);
    }
    List<String> stores = wire.getFileSearch().getVectorStoreIds();
    List<VectorStoreHelper> helpers = wire.getFileSearch().getVectorStores();
    if (stores != null && helpers != null) {
      throw Errors.invalid(
          "tool_resources.file_search",
          "Invalid 'tool_resources.file_search': give either 'vector_store_ids' or"
              + " 'vector_stores', not both.",
          "invalid_value");
    }
    List<NewToolResources.NewVectorStore> created =
        helpers == null
            ? null
            : helpers.stream()
                .map(
                    helper ->
                        new NewToolResources.NewVectorStore(
                            WireTools.ids(helper.getFileIds()),
                            Checks.metadata(
                                "tool_resources.file_search.vector_stores.metadata",
                                helper.getMetadata() == null ? Map.of() : helper.getMetadata())))
                .toList();
    return new NewToolResources(files, stores, created);
  }
}
