package dev.assistantskit.server.store.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assistantskit.server.domain.Assistant;
import dev.assistantskit.server.domain.AssistantThread;
import dev.assistantskit.server.domain.ResponseFormat;
import dev.assistantskit.server.domain.ToolResources;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MemoryStoresTest {
  private final MemoryStores stores = new MemoryStores();

  static Assistant assistant(String id, ToolResources resources) {
    return new Assistant(
        id,
        1,
        null,
        null,
        "m",
        null,
        List.of(),
        resources,
        Map.of(),
        BigDecimal.ONE,
        BigDecimal.ONE,
        ResponseFormat.AUTO);
  }

  @Test
  void aFailedTransactionLeavesNoTrace() {
    stores.write(
        tx -> {
          tx.assistants().put(assistant("asst_a", ToolResources.NONE));
          return null;
        });

    assertThatThrownBy(
            () ->
                stores.write(
                    tx -> {
                      tx.assistants().put(assistant("asst_b", ToolResources.NONE));
                      tx.assistants().delete("asst_a");
                      tx.threads()
                          .put(new AssistantThread("thread_t", 1, ToolResources.NONE, Map.of()));
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");

    stores.read(
        tx -> {
          assertThat(tx.assistants().find("asst_a")).isPresent();
          assertThat(tx.assistants().find("asst_b")).isEmpty();
          assertThat(tx.threads().find("thread_t")).isEmpty();
          return null;
        });
  }

  @Test
  void theReferenceIndexFollowsReplacementsAndRollbacks() {
    stores.write(
        tx -> {
          tx.assistants()
              .put(assistant("asst_a", new ToolResources(List.of("file-1"), List.of("vs_1"))));
          return null;
        });
    stores.write(
        tx -> {
          tx.assistants().put(assistant("asst_a", new ToolResources(List.of("file-2"), null)));
          return null;
        });
    assertThatThrownBy(
            () ->
                stores.write(
                    tx -> {
                      tx.assistants().delete("asst_a");
                      throw new IllegalStateException("undo");
                    }))
        .hasMessage("undo");

    stores.read(
        tx -> {
          assertThat(tx.assistants().referencing("file-1")).isEmpty();
          assertThat(tx.assistants().referencing("vs_1")).isEmpty();
          assertThat(tx.assistants().referencing("file-2"))
              .extracting(Assistant::id)
              .containsExactly("asst_a");
          return null;
        });
  }
}
