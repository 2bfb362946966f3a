package dev.assistantskit.server.assistants;

import dev.assistantskit.server.domain.Assistant;
import dev.assistantskit.server.domain.Ids;
import dev.assistantskit.server.domain.NewToolResources;
import dev.assistantskit.server.domain.ResponseFormat;
import dev.assistantskit.server.domain.Tool;
import dev.assistantskit.server.domain.ToolResources;
import dev.assistantskit.server.errors.Errors;
import dev.assistantskit.server.store.Page;
import dev.assistantskit.server.store.PageRequest;
import dev.assistantskit.server.store.Stores;
import dev.assistantskit.server.store.Tx;
import dev.assistantskit.server.time.EmulatorClock;
import dev.assistantskit.server.vectorstores.ToolResourcesResolver;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Creates, reads, changes and deletes assistants. */
public final class AssistantService {
  static final BigDecimal ONE = new BigDecimal("1.0");

  private final Stores stores;
  private final EmulatorClock clock;
  private final Ids ids;
  private final ToolResourcesResolver resources;

  public AssistantService(
      Stores stores, EmulatorClock clock, Ids ids, ToolResourcesResolver resources) {
    this.stores = stores;
    this.clock = clock;
    this.ids = ids;
    this.resources = resources;
  }

  /** What a create request asks for; null means "not given". */
  public record Draft(
      String model,
      String name,
      String description,
      String instructions,
      List<Tool> tools,
      NewToolResources toolResources,
      Map<String, String> metadata,
      BigDecimal temperature,
      BigDecimal topP,
      ResponseFormat responseFormat) {}

  /** What a modify request changes; null means "unchanged". */
  public record Changes(
      String model,
      String name,
      String description,
      String instructions,
      List<Tool> tools,
      ToolResources toolResources,
      Map<String, String> metadata,
      BigDecimal temperature,
      BigDecimal topP,
      ResponseFormat responseFormat) {}

  public Assistant create(Draft draft) {
    return stores.write(
        tx -> {
          Assistant assistant =
              new Assistant(
                  ids.next(Ids.ASSISTANT),
                  clock.seconds(),
                  draft.name(),
                  draft.description(),
                  draft.model(),
                  draft.instructions(),
                  or(draft.tools(), List.of()),
                  resources.create(tx, draft.toolResources(), null),
                  or(draft.metadata(), Map.of()),
                  or(draft.temperature(), ONE),
                  or(draft.topP(), ONE),
                  or(draft.responseFormat(), ResponseFormat.AUTO));
          tx.assistants().put(assistant);
          return assistant;
        });
  }

  public Assistant get(String id) {
    return stores.read(tx -> find(tx, id));
  }

  public Page<Assistant> list(PageRequest page) {
    return stores.read(tx -> tx.assistants().list(page));
  }

  public Assistant modify(String id, Changes changes) {
    return stores.write(
        tx -> {
          Assistant current = find(tx, id);
          ToolResources toolResources =
              changes.toolResources() == null
                  ? current.toolResources()
                  : current
                      .toolResources()
                      .overriddenBy(resources.verified(tx, changes.toolResources()));
          Assistant modified =
              new Assistant(
                  current.id(),
                  current.createdAt(),
                  or(changes.name(), current.name()),
                  or(changes.description(), current.description()),
                  or(changes.model(), current.model()),
                  or(changes.instructions(), current.instructions()),
                  or(changes.tools(), current.tools()),
                  toolResources,
                  or(changes.metadata(), current.metadata()),
                  or(changes.temperature(), current.temperature()),
                  or(changes.topP(), current.topP()),
                  or(changes.responseFormat(), current.responseFormat()));
          tx.assistants().put(modified);
          return modified;
        });
  }

  /** Deletes the assistant; its threads, and the runs that used it, stay. */
  public void delete(String id) {
    stores.write(
        tx -> {
          if (!tx.assistants().delete(id)) {
            throw Errors.notFound("assistant", id);
          }
          return null;
        });
  }

  public static Assistant find(Tx tx, String id) {
    return tx.assistants().find(id).orElseThrow(() -> Errors.notFound("assistant", id));
  }

  static <T> T or(T value, T fallback) {
    return value != null ? value : fallback;
  }
}
