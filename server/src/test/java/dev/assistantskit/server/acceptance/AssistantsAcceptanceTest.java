package dev.assistantskit.server.acceptance;

import static dev.assistantskit.server.testing.Apis.V;
import static dev.assistantskit.server.testing.Apis.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.assistantskit.client.model.AssistantObject;
import dev.assistantskit.client.model.AssistantTool;
import dev.assistantskit.client.model.AssistantToolsCode;
import dev.assistantskit.client.model.AssistantToolsFunction;
import dev.assistantskit.client.model.AssistantsApiResponseFormat;
import dev.assistantskit.client.model.AssistantsApiResponseFormatOption;
import dev.assistantskit.client.model.DeleteAssistantResponse;
import dev.assistantskit.client.model.FunctionObject;
import dev.assistantskit.client.model.ListAssistantsResponse;
import dev.assistantskit.client.model.ModifyAssistantRequest;
import dev.assistantskit.server.testing.Apis;
import dev.assistantskit.server.testing.EmulatorExtension;
import dev.assistantskit.server.testing.Seed;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AssistantsAcceptanceTest {
  @RegisterExtension static final EmulatorExtension EMULATOR = new EmulatorExtension();

  private final Apis api = Apis.of(EMULATOR);

  @Test
  void theWalkthroughsAssistantIsCreatedAsAzurePrintedIt() throws Exception {
    AssistantObject assistant = api.assistants().createAssistant(V, Seed.dataVisualization());

    assertThat(assistant.getId()).matches("asst_[A-Za-z0-9]{24}");
    assertThat(assistant.getObject()).isEqualTo(AssistantObject.ObjectEnum.ASSISTANT);
    assertThat(assistant.getCreatedAt())
        .isCloseTo(
            (int) (System.currentTimeMillis() / 1000), org.assertj.core.data.Offset.offset(5));
    assertThat(assistant.getName()).isEqualTo("Data Visualization");
    assertThat(assistant.getDescription()).isNull();
    assertThat(assistant.getModel()).isEqualTo("gpt-4-1106-preview");
    assertThat(assistant.getInstructions()).isEqualTo(Seed.INSTRUCTIONS);
    assertThat(assistant.getTools()).hasSize(1);
    assertThat(assistant.getTools().get(0).getActualInstance())
        .isInstanceOf(AssistantToolsCode.class);
    assertThat(assistant.getMetadata()).isEmpty();
    assertThat(assistant.getTemperature()).isEqualByComparingTo(BigDecimal.ONE);
    assertThat(assistant.getTopP()).isEqualByComparingTo(BigDecimal.ONE);
    assertThat(assistant.getResponseFormat().getString()).isEqualTo("auto");
    assertThat(api.assistants().getAssistant(assistant.getId(), V)).isEqualTo(assistant);
  }

  @Test
  void aModifyChangesOnlyWhatItSends() throws Exception {
    AssistantObject created =
        api.assistants()
            .createAssistant(
                V, Seed.dataVisualization().description("Charts").metadata(Map.of("team", "viz")));
    FunctionObject plot =
        new FunctionObject()
            .name("plot_series")
            .description("Plot a series")
            .parameters(Map.of("type", "object"));

    AssistantObject modified =
        api.assistants()
            .modifyAssistant(
                created.getId(),
                V,
                new ModifyAssistantRequest()
                    .name("Charts")
                    .tools(
                        List.of(
                            new AssistantTool(
                                new AssistantToolsFunction()
                                    .type(AssistantToolsFunction.TypeEnum.FUNCTION)
                                    .function(plot))))
                    .responseFormat(
                        new AssistantsApiResponseFormatOption(
                            new AssistantsApiResponseFormat()
                                .type(AssistantsApiResponseFormat.TypeEnum.JSON_OBJECT))));

    assertThat(modified.getId()).isEqualTo(created.getId());
    assertThat(modified.getCreatedAt()).isEqualTo(created.getCreatedAt());
    assertThat(modified.getName()).isEqualTo("Charts");
    assertThat(modified.getDescription()).isEqualTo("Charts");
    assertThat(modified.getInstructions()).isEqualTo(Seed.INSTRUCTIONS);
    assertThat(modified.getMetadata()).containsExactly(Map.entry("team", "viz"));
    assertThat(modified.getTools().get(0).getAssistantToolsFunction().getFunction())
        .isEqualTo(plot);
    assertThat(modified.getResponseFormat().getAssistantsApiResponseFormat().getType())
        .isEqualTo(AssistantsApiResponseFormat.TypeEnum.JSON_OBJECT);
  }

  @Test
  void assistantsArePagedNewestFirstWithCursors() throws Exception {
    List<String> ids = new java.util.ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(
          api.assistants().createAssistant(V, Seed.dataVisualization().name("paged " + i)).getId());
    }

    ListAssistantsResponse firstPage = api.assistants().listAssistants(V, 2, null, null, null);
    assertThat(firstPage.getData())
        .extracting(AssistantObject::getId)
        .containsExactly(ids.get(4), ids.get(3));
    assertThat(firstPage.getFirstId()).isEqualTo(ids.get(4));
    assertThat(firstPage.getLastId()).isEqualTo(ids.get(3));
    assertThat(firstPage.getHasMore()).isTrue();

    ListAssistantsResponse ascending =
        api.assistants().listAssistants(V, 100, "asc", ids.get(1), null);
    assertThat(ascending.getData())
        .extracting(AssistantObject::getId)
        .startsWith(ids.get(2), ids.get(3), ids.get(4));
    assertThat(ascending.getHasMore()).isFalse();

    ListAssistantsResponse before = api.assistants().listAssistants(V, 2, "desc", null, ids.get(1));
    assertThat(before.getData())
        .extracting(AssistantObject::getId)
        .containsExactly(ids.get(3), ids.get(2));
    assertThat(before.getHasMore()).isTrue();
  }

  @Test
  void aDeletedAssistantIsGone() throws Exception {
    String id = api.assistants().createAssistant(V, Seed.dataVisualization()).getId();

    DeleteAssistantResponse deleted = api.assistants().deleteAssistant(id, V);

    assertThat(deleted.getId()).isEqualTo(id);
    assertThat(deleted.getDeleted()).isTrue();
    assertThat(deleted.getObject()).isEqualTo(DeleteAssistantResponse.ObjectEnum.ASSISTANT_DELETED);
    Apis.Failure gone = failure(() -> api.assistants().getAssistant(id, V));
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.message()).isEqualTo("No assistant found with id '" + id + "'.");
    assertThat(gone.type()).isEqualTo("invalid_request_error");
    assertThat(failure(() -> api.assistants().deleteAssistant(id, V)).status()).isEqualTo(404);
  }

  @Test
  void limitsAreEnforcedWithTheFieldNamed() {
    Apis.Failure longName =
        failure(
            () ->
                api.assistants()
                    .createAssistant(V, Seed.dataVisualization().name("n".repeat(257))));
    assertThat(longName.status()).isEqualTo(400);
    assertThat(longName.param()).isEqualTo("name");
    assertThat(longName.code()).isEqualTo("string_above_max_length");

    Apis.Failure noModel =
        failure(() -> api.assistants().createAssistant(V, Seed.dataVisualization().model(null)));
    assertThat(noModel.param()).isEqualTo("model");
    assertThat(noModel.message()).isEqualTo("Missing required parameter: 'model'.");

    Apis.Failure longInstructions =
        failure(
            () ->
                api.assistants()
                    .modifyAssistant(
                        "asst_x",
                        V,
                        new ModifyAssistantRequest().instructions("i".repeat(32_769))));
    assertThat(longInstructions.status()).isEqualTo(400);
    assertThat(longInstructions.param()).isEqualTo("instructions");

    java.util.Map<String, String> seventeen = new java.util.TreeMap<>();
    for (int i = 0; i < 17; i++) {
      seventeen.put("k" + i, "v");
    }
    Apis.Failure tooManyPairs =
        failure(
            () ->
                api.assistants().createAssistant(V, Seed.dataVisualization().metadata(seventeen)));
    assertThat(tooManyPairs.status()).isEqualTo(400);
    assertThat(tooManyPairs.param()).isEqualTo("metadata");
    assertThat(tooManyPairs.code()).isEqualTo("object_above_max_properties");
    assertThat(tooManyPairs.message())
        .isEqualTo(
            "Invalid 'metadata': too many properties. Expected an object with at most 16"
                + " properties, but got an object with 17 properties instead.");
  }
}
