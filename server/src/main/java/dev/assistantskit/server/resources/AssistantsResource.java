package dev.assistantskit.server.resources;

import dev.assistantskit.server.Emulator;
import dev.assistantskit.server.assistants.AssistantService;
import dev.assistantskit.server.generated.api.AssistantsApi;
import dev.assistantskit.server.generated.model.AssistantObject;
import dev.assistantskit.server.generated.model.CreateAssistantRequest;
import dev.assistantskit.server.generated.model.DeleteAssistantResponse;
import dev.assistantskit.server.generated.model.ListAssistantsResponse;
import dev.assistantskit.server.generated.model.ModifyAssistantRequest;
import dev.assistantskit.server.wire.Checks;
import dev.assistantskit.server.wire.WireAssistants;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** The Assistants operations. */
@Singleton
public final class AssistantsResource implements AssistantsApi {
  private final AssistantService assistants;

  @Inject
  public AssistantsResource(Emulator emulator) {
    this.assistants = emulator.assistants();
  }

  @Override
  public AssistantObject createAssistant(String apiVersion, CreateAssistantRequest request) {
    return WireAssistants.wire(assistants.create(WireAssistants.draft(request)));
  }

  @Override
  public DeleteAssistantResponse deleteAssistant(String assistantId, String apiVersion) {
    assistants.delete(assistantId);
    return WireAssistants.deleted(assistantId);
  }

  @Override
  public AssistantObject getAssistant(String assistantId, String apiVersion) {
    return WireAssistants.wire(assistants.get(assistantId));
  }

  @Override
  public ListAssistantsResponse listAssistants(
      String apiVersion, Integer limit, String order, String after, String before) {
    return WireAssistants.list(assistants.list(Checks.page(limit, order, after, before)));
  }

  @Override
  public AssistantObject modifyAssistant(
      String assistantId, String apiVersion, ModifyAssistantRequest request) {
    return WireAssistants.wire(assistants.modify(assistantId, WireAssistants.changes(request)));
  }
}
