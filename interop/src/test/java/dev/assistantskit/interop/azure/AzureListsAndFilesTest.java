package dev.assistantskit.interop.azure;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.ai.openai.assistants.models.Assistant;
import com.azure.ai.openai.assistants.models.AssistantCreationOptions;
import com.azure.ai.openai.assistants.models.AssistantThread;
import com.azure.ai.openai.assistants.models.AssistantThreadCreationOptions;
import com.azure.ai.openai.assistants.models.FileDeletionStatus;
import com.azure.ai.openai.assistants.models.FilePurpose;
import com.azure.ai.openai.assistants.models.ListSortOrder;
import com.azure.ai.openai.assistants.models.MessageRole;
import com.azure.ai.openai.assistants.models.OpenAIFile;
import com.azure.ai.openai.assistants.models.PageableList;
import com.azure.ai.openai.assistants.models.ThreadMessage;
import com.azure.ai.openai.assistants.models.ThreadMessageOptions;
import com.fasterxml.jackson.databind.JsonNode;
import dev.assistantskit.interop.support.Exchange;
import dev.assistantskit.interop.support.JsonCompare;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Cursor pagination and files (upload, get, list, content, delete) through the Azure SDK. */
class AzureListsAndFilesTest extends AzureSdkTestBase {

  @Test
  void messagesPageWithLimitAfterAndOrder() {
    AssistantThread thread = strict(client.createThread(new AssistantThreadCreationOptions()));
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      ids.add(
          strict(
                  client.createMessage(
                      thread.getId(), new ThreadMessageOptions(MessageRole.USER, "message " + i)))
              .getId());
    }

    PageableList<ThreadMessage> page =
        strict(client.listMessages(thread.getId(), 2, ListSortOrder.ASCENDING, null, null));
    assertThat(page.getData())
        .extracting(ThreadMessage::getId)
        .containsExactly(ids.get(0), ids.get(1));
    assertThat(page.getFirstId()).isEqualTo(ids.get(0));
    assertThat(page.getLastId()).isEqualTo(ids.get(1));
    assertThat(page.isHasMore()).isTrue();

    page =
        strict(
            client.listMessages(
                thread.getId(), 2, ListSortOrder.ASCENDING, page.getLastId(), null));
    assertThat(page.getData())
        .extracting(ThreadMessage::getId)
        .containsExactly(ids.get(2), ids.get(3));
    assertThat(page.isHasMore()).isTrue();

    page =
        strict(
            client.listMessages(
                thread.getId(), 2, ListSortOrder.ASCENDING, page.getLastId(), null));
    assertThat(page.getData()).extracting(ThreadMessage::getId).containsExactly(ids.get(4));
    assertThat(page.getFirstId()).isEqualTo(ids.get(4));
    assertThat(page.getLastId()).isEqualTo(ids.get(4));
    assertThat(page.isHasMore()).isFalse();

    // Newest first, and `before` walks back towards the newest.
    page = strict(client.listMessages(thread.getId(), 3, ListSortOrder.DESCENDING, null, null));
    assertThat(page.getData())
        .extracting(ThreadMessage::getId)
        .containsExactly(ids.get(4), ids.get(3), ids.get(2));
    assertThat(page.isHasMore()).isTrue();
    page =
        strict(client.listMessages(thread.getId(), 3, ListSortOrder.DESCENDING, null, ids.get(1)));
    assertThat(page.getData())
        .extracting(ThreadMessage::getId)
        .containsExactly(ids.get(4), ids.get(3), ids.get(2));

    // Past the end: an empty page with null cursors.
    page =
        strict(client.listMessages(thread.getId(), 2, ListSortOrder.ASCENDING, ids.get(4), null));
    assertThat(page.getData()).isEmpty();
    assertThat(page.getFirstId()).isNull();
    assertThat(page.getLastId()).isNull();
    assertThat(page.isHasMore()).isFalse();
  }

  @Test
  void assistantsPageNewestFirst() {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      Assistant assistant =
          strict(client.createAssistant(new AssistantCreationOptions("gpt-4o").setName("A" + i)));
      ids.add(assistant.getId());
    }
    PageableList<Assistant> page =
        strict(client.listAssistants(2, ListSortOrder.DESCENDING, null, null));
    assertThat(page.getData()).extracting(Assistant::getId).containsExactly(ids.get(2), ids.get(1));
    assertThat(page.getData()).extracting(Assistant::getName).containsExactly("A3", "A2");
    assertThat(page.isHasMore()).isTrue();
    page = strict(client.listAssistants(2, ListSortOrder.DESCENDING, page.getLastId(), null));
    assertThat(page.getData().get(0).getId()).isEqualTo(ids.get(0));

    assertThat(strict(client.deleteAssistant(ids.get(0))).isDeleted()).isTrue();
    page = strict(client.listAssistants(100, ListSortOrder.ASCENDING, null, null));
    assertThat(page.getData())
        .extracting(Assistant::getId)
        .doesNotContain(ids.get(0))
        .contains(ids.get(1));
  }

  @Test
  void uploadGetListDownloadAndDeleteAFile() {
    byte[] content = new byte[70_000];
    new Random(42).nextBytes(content); // every byte value, so any re-encoding shows

    OpenAIFile file = upload(content, "data.bin");
    assertThat(file.getId()).startsWith("assistant-");
    assertThat(file.getBytes()).isEqualTo(content.length);
    assertThat(file.getFilename()).isEqualTo("data.bin");
    assertThat(file.getPurpose()).isEqualTo(FilePurpose.ASSISTANTS);
    assertThat(file.getStatus().toString()).isEqualTo("processed");

    assertThat(strict(client.getFile(file.getId())).getBytes()).isEqualTo(content.length);

    List<OpenAIFile> files = client.listFiles(FilePurpose.ASSISTANTS);
    Exchange listed = emulator.wire().last();
    assertThat(listed.target()).contains("purpose=assistants");
    JsonNode sent = JsonCompare.parse(listed.responseBody()).get("data");
    assertThat(files).hasSize(sent.size());
    for (int i = 0; i < files.size(); i++) {
      assertFaithful(sent.get(i).toString(), files.get(i), listed);
    }
    assertThat(files).extracting(OpenAIFile::getId).contains(file.getId());

    // Byte-identical download, through the getFileContent workaround (README, F1).
    assertThat(download(file.getId())).isEqualTo(content);

    FileDeletionStatus deleted = strict(client.deleteFile(file.getId()));
    assertThat(deleted.isDeleted()).isTrue();
    assertThat(deleted.getId()).isEqualTo(file.getId());
    assertThat(client.listFiles()).extracting(OpenAIFile::getId).doesNotContain(file.getId());
  }
}
