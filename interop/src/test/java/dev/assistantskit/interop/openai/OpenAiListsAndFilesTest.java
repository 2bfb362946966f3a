package dev.assistantskit.interop.openai;

import static org.assertj.core.api.Assertions.assertThat;

import com.openai.core.MultipartField;
import com.openai.models.beta.assistants.Assistant;
import com.openai.models.beta.assistants.AssistantCreateParams;
import com.openai.models.beta.assistants.AssistantListPage;
import com.openai.models.beta.assistants.AssistantListParams;
import com.openai.models.beta.threads.Thread;
import com.openai.models.beta.threads.ThreadCreateParams;
import com.openai.models.beta.threads.messages.Message;
import com.openai.models.beta.threads.messages.MessageListPage;
import com.openai.models.beta.threads.messages.MessageListParams;
import com.openai.models.files.FileCreateParams;
import com.openai.models.files.FileDeleted;
import com.openai.models.files.FileListPage;
import com.openai.models.files.FileListParams;
import com.openai.models.files.FileObject;
import com.openai.models.files.FilePurpose;
import dev.assistantskit.interop.support.JsonCompare;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Cursor pagination and files (upload, get, list, content, delete) through openai-java. */
class OpenAiListsAndFilesTest extends OpenAiSdkTestBase {

  @Test
  void messagesPageWithLimitAfterAndOrder() {
    Thread thread = strict(client.beta().threads().create(ThreadCreateParams.builder().build()));
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      ids.add(OpenAiWalkthroughTest.ask(thread, "message " + i).id());
    }

    MessageListPage page = list(thread, 2, MessageListParams.Order.ASC, null);
    assertThat(page.data()).extracting(Message::id).containsExactly(ids.get(0), ids.get(1));
    assertThat(page.response().firstId()).isEqualTo(ids.get(0));
    assertThat(page.response().lastId()).isEqualTo(ids.get(1));
    assertThat(page.response().hasMore()).isTrue();
    assertThat(page.hasNextPage()).isTrue();

    // The SDK's own next-page logic: after = the last item's id.
    page = strictPage(page.nextPage());
    assertThat(emulator.wire().last().target()).contains("after=" + ids.get(1));
    assertThat(page.data()).extracting(Message::id).containsExactly(ids.get(2), ids.get(3));
    page = strictPage(page.nextPage());
    assertThat(page.data()).extracting(Message::id).containsExactly(ids.get(4));
    assertThat(page.response().hasMore()).isFalse();
    assertThat(page.hasNextPage()).isFalse();

    page = list(thread, 3, MessageListParams.Order.DESC, null);
    assertThat(page.data())
        .extracting(Message::id)
        .containsExactly(ids.get(4), ids.get(3), ids.get(2));

    // The auto-pager walks every page, two at a time.
    List<String> all = new ArrayList<>();
    list(thread, 2, MessageListParams.Order.ASC, null).autoPager().stream()
        .forEach(m -> all.add(strict(m).id()));
    assertThat(all).isEqualTo(ids);
  }

  @Test
  void assistantsAutoPagerNewestFirst() {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      ids.add(
          strict(
                  client
                      .beta()
                      .assistants()
                      .create(
                          AssistantCreateParams.builder().model("gpt-4o").name("A" + i).build()))
              .id());
    }
    AssistantListPage page =
        client
            .beta()
            .assistants()
            .list(
                AssistantListParams.builder()
                    .limit(2)
                    .order(AssistantListParams.Order.DESC)
                    .build());
    strict(page.response());
    assertThat(page.data()).extracting(Assistant::id).containsExactly(ids.get(2), ids.get(1));
    assertThat(page.response().hasMore()).isTrue();
    List<String> newestFirst = new ArrayList<>();
    page.autoPager().stream().forEach(a -> newestFirst.add(strict(a).id()));
    assertThat(newestFirst).containsSubsequence(ids.get(2), ids.get(1), ids.get(0));

    assertThat(strict(client.beta().assistants().delete(ids.get(0))).deleted()).isTrue();
  }

  @Test
  void uploadGetListDownloadAndDeleteAFile() {
    byte[] content = new byte[70_000];
    new Random(42).nextBytes(content);

    FileObject file = upload("data.bin", content);
    assertThat(file.id()).startsWith("assistant-");
    assertThat(file.bytes()).isEqualTo(content.length);
    assertThat(file.filename()).isEqualTo("data.bin");
    assertThat(file.purpose().asString()).isEqualTo("assistants");

    assertThat(strict(client.files().retrieve(file.id())).bytes()).isEqualTo(content.length);
    assertThat(OpenAiWalkthroughTest.download(file.id())).isEqualTo(content);

    FileListPage files =
        client.files().list(FileListParams.builder().purpose("assistants").build());
    assertThat(files.data()).extracting(FileObject::id).contains(file.id());
    files.data().forEach(OpenAiSdkTestBase::strict); // not the page: known limitation F10

    FileDeleted deleted = strict(client.files().delete(file.id()));
    assertThat(deleted.deleted()).isTrue();
    assertThat(deleted.id()).isEqualTo(file.id());
  }

  /**
   * The files list holds every file and says so ({@code "has_more": false}; Azure's files list is
   * not paged): openai-java's auto-pager yields each file once and ends after that one request.
   */
  @Test
  void filesAutoPagerYieldsEachFileOnceAndEnds() {
    List<String> expected = new ArrayList<>();
    client.files().list().data().forEach(f -> expected.add(f.id()));
    expected.add(upload("one.txt", "one".getBytes(StandardCharsets.UTF_8)).id());
    expected.add(upload("two.txt", "two".getBytes(StandardCharsets.UTF_8)).id());
    int mark = emulator.wire().mark();
    List<String> paged = new ArrayList<>();
    // at most 100 files: a pager that did not end would repeat them rather than hang the build
    client.files().list().autoPager().stream().limit(100).forEach(f -> paged.add(strict(f).id()));
    assertThat(paged).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    assertThat(emulator.wire().since(mark))
        .singleElement()
        .satisfies(
            listed -> {
              assertThat(listed.target()).isEqualTo("/openai/files?api-version=2024-05-01-preview");
              assertThat(JsonCompare.parse(listed.responseBody()).get("has_more").asBoolean(true))
                  .isFalse();
            });
  }

  /** Uploads {@code content} as {@code filename}, for assistants. */
  static FileObject upload(String filename, byte[] content) {
    return strict(
        client
            .files()
            .create(
                FileCreateParams.builder()
                    .file(
                        MultipartField.<InputStream>builder()
                            .value(new ByteArrayInputStream(content))
                            .filename(filename)
                            .build())
                    .purpose(FilePurpose.ASSISTANTS)
                    .build()));
  }

  static MessageListPage list(
      Thread thread, long limit, MessageListParams.Order order, String after) {
    return strictPage(
        client
            .beta()
            .threads()
            .messages()
            .list(
                MessageListParams.builder()
                    .threadId(thread.id())
                    .limit(limit)
                    .order(order)
                    .after(after)
                    .build()));
  }

  static MessageListPage strictPage(MessageListPage page) {
    strict(page.response());
    return page;
  }
}
