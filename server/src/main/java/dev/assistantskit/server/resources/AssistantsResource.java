package dev.assistantskit.server.resources;

import dev.assistantskit.server.errors.Errors;
import dev.assistantskit.server.generated.api.AssistantsApi;
import dev.assistantskit.server.generated.model.AssistantObject;
import dev.assistantskit.server.generated.model.CreateAssistantRequest;
import dev.assistantskit.server.generated.model.DeleteAssistantResponse;
import dev.assistantskit.server.generated.model.ListAssistantsResponse;
import dev.assistantskit.server.generated.model.ModifyAssistantRequest;

/** The Assistants operations. */
public final class AssistantsResource implements AssistantsApi {
  @Override
  public AssistantObject createAssistant(
      String apiVersion, CreateAssistantRequest createAssistantRequest) {
    throw Errors.notImplemented("createAssistant");
  }

  @Override
  public DeleteAssistantResponse deleteAssistant(String assistantId, String apiVersion) {
    throw Errors.notImplemented("deleteAssistant");
  }

  @Override
  public AssistantObject getAssistant(String assistantId, String apiVersion) {
    throw Errors.notImplemented("getAssistant");
  }

  @Override
  public ListAssistantsResponse listAssistants(
      String apiVersion, Integer limit, String order, String after, String before) {
    throw Errors.notImplemented("listAssistants");
  }

  @Override
  public AssistantObject modifyAssistant(
      String assistantId, String apiVersion, ModifyAssistantRequest modifyAssistantRequest) {
    throw Errors.notImplemented("modifyAssistant");
  }
}
