package dev.assistantskit.server.wire;

import dev.assistantskit.server.assistants.AssistantService;
import dev.assistantskit.server.domain.Assistant;
import dev.assistantskit.server.generated.model.AssistantObject;
import dev.assistantskit.server.generated.model.CreateAssistantRequest;
import dev.assistantskit.server.generated.model.DeleteAssistantResponse;
import dev.assistantskit.server.generated.model.ListAssistantsResponse;
import dev.assistantskit.server.generated.model.ModifyAssistantRequest;
import dev.assistantskit.server.store.Page;
import java.util.List;

/** Assistants between the wire and the domain. */
public final class WireAssistants {
  private WireAssistants() {}

  public static AssistantService.Draft draft(CreateAssistantRequest request) {
    return new AssistantService.Draft(
        request.getModel(),
        request.getName(),
        request.getDescription(),
        request.getInstructions(),
        WireTools.tools(request.getTools()),
        WireResources.create(request.getToolResources()),
        Checks.metadata("metadata", request.getMetadata()),
        request.getTemperature(),
        request.getTopP(),
        WireTools.responseFormat(request.getResponseFormat()));
  }

  public static AssistantService.Changes changes(ModifyAssistantRequest request) {
    return new AssistantService.Changes(
        request.getModel(),
        request.getName(),
        request.getDescription(),
        request.getInstructions(),
        WireTools.tools(request.getTools()),
        WireTools.resources(request.getToolResources()),
        Checks.metadata("metadata", request.getMetadata()),
        request.getTemperature(),
        request.getTopP(),
        WireTools.responseFormat(request.getResponseFormat()));
  }

  public static AssistantObject wire(Assistant assistant) {
    return new AssistantObject()
        .id(assistant.id())
        ._object(AssistantObject.ObjectEnum.ASSISTANT)
        .createdAt(WireTime.of(assistant.createdAt()))
        .name(assistant.name())
        .description(assistant.description())
        .model(assistant.model())
        .instructions(assistant.instructions())
        .tools(WireTools.wire(assistant.tools()))
        .toolResources(WireTools.wire(assistant.toolResources()))
        .metadata(assistant.metadata())
        .temperature(assistant.temperature())
        .topP(assistant.topP())
        .responseFormat(WireTools.wire(assistant.responseFormat()));
  }

  public static ListAssistantsResponse list(Page<Assistant> page) {
    List<AssistantObject> data = page.items().stream().map(WireAssistants::wire).toList();
    return new ListAssistantsResponse()
        ._object(ListAssistantsResponse.ObjectEnum.LIST)
        .data(data)
        .firstId(data.isEmpty() ? null : data.get(0).getId())
        .lastId(data.isEmpty() ? null : data.get(data.size() - 1).getId())
        .hasMore(page.hasMore());
  }

  public static DeleteAssistantResponse deleted(String id) {
    return new DeleteAssistantResponse()
        .id(id)
        .deleted(true)
        ._object(DeleteAssistantResponse.ObjectEnum.ASSISTANT_DELETED);
  }
}
