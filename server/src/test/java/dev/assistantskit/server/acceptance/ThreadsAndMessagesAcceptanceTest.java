package dev.assistantskit.server.acceptance;

import static dev.assistantskit.server.testing.Apis.V;
import static dev.assistantskit.server.testing.Apis.failure;
import static dev.assistantskit.server.testing.Runs.reply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.assistantskit.client.model.AssistantToolsFileSearch;
import dev.assistantskit.client.model.CreateFileSearchToolResource;
import dev.assistantskit.client.model.CreateMessageRequest;
import dev.assistantskit.client.model.CreateThreadRequest;
import dev.assistantskit.client.model.CreateToolResources;
import dev.assistantskit.client.model.ListMessagesResponse;
import dev.assistantskit.client.model.MessageAttachment;
import dev.assistantskit.client.model.MessageAttachmentTool;
import dev.assistantskit.client.model.MessageContentTextObject;
import dev.assistantskit.client.model.MessageObject;
import dev.assistantskit.client.model.ModifyMessageRequest;
import dev.assistantskit.client.model.ModifyThreadRequest;
import dev.assistantskit.client.model.RunObject;
import dev.assistantskit.client.model.ThreadObject;
import dev.assistantskit.client.model.VectorStoreHelper;
import dev.assistantskit.client.model.VectorStoreObject;
import dev.assistantskit.server.testing.Apis;
import dev.assistantskit.server.testing.EmulatorExtension;
import dev.assistantskit.server.testing.Runs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ThreadsAndMessagesAcceptanceTest {
  @RegisterExtension static final EmulatorExtension EMULATOR = new EmulatorExtension();

  private final Runs runs = Runs.of(EMULATOR);
  private final Apis api = runs.api();

  static CreateMessageRequest user(String text) {
    return new CreateMessageRequest().role(CreateMessageRequest.RoleEnum.USER).content(text);
  }

  @Test
  void anEmptyThreadIsCreatedAsInTheWalkthrough() throws Exception {
    ThreadObject thread = api.threads().createThread(V, null);

    assertThat(thread.getId()).matches("thread_[A-Za-z0-9]{24}");
    assertThat(thread.getObject()).isEqualTo(ThreadObject.ObjectEnum.THREAD);
    assertThat(thread.getMetadata()).isEmpty();
    assertThat(thread.getToolResources().getCodeInterpreter()).isNull();
    assertThat(api.threads().getThread(thread.getId(), V)).isEqualTo(thread);
  }

  @Test
  void theWalkthroughsFirstMessageIsListedInTheSeedsEnvelope() throws Exception {
    String threadId = api.threads().createThread(V, null).getId();
    MessageObject message =
        api.messages().createMessage(threadId, V, user("Create a visualization of a sinewave"));

    ListMessagesResponse list =
        api.messages().listMessages(threadId, V, null, null, null, null, null);

    assertThat(message.getId()).matches("msg_[A-Za-z0-9]{24}");
    assertThat(message.getThreadId()).isEqualTo(threadId);
    assertThat(message.getRole()).isEqualTo(MessageObject.RoleEnum.USER);
    assertThat(message.getAssistantId()).isNull();
    assertThat(message.getRunId()).isNull();
    assertThat(message.getAttachments()).isEmpty();
    assertThat(message.getMetadata()).isEmpty();
    MessageContentTextObject text = message.getContent().get(0).getMessageContentTextObject();
    assertThat(text.getText().getValue()).isEqualTo("Create a visualization of a sinewave");
    assertThat(text.getText().getAnnotations()).isEmpty();
    assertThat(list.getObject().getValue()).isEqualTo("list");
    assertThat(list.getData()).containsExactly(message);
    assertThat(list.getFirstId()).isEqualTo(message.getId());
    assertThat(list.getLastId()).isEqualTo(message.getId());
    assertThat(list.getHasMore()).isFalse();
  }

  @Test
  void messagesKeepTheirOrderEvenWithinOneSecond() throws Exception {
    String threadId =
        api.threads()
            .createThread(V, new CreateThreadRequest().messages(List.of(user("one"), user("two"))))
            .getId();
    List<String> ids = new ArrayList<>();
    for (int i = 3; i <= 6; i++) {
      ids.add(api.messages().createMessage(threadId, V, user("message " + i)).getId());
    }

    ListMessagesResponse desc =
        api.messages().listMessages(threadId, V, 3, "desc", null, null, null);
    ListMessagesResponse asc =
        api.messages().listMessages(threadId, V, 10, "asc", null, null, null);
    ListMessagesResponse after =
        api.messages().listMessages(threadId, V, 2, "desc", desc.getLastId(), null, null);

    assertThat(texts(asc))
        .containsExactly("one", "two", "message 3", "message 4", "message 5", "message 6");
    assertThat(texts(desc)).containsExactly("message 6", "message 5", "message 4");
    assertThat(desc.getHasMore()).isTrue();
    assertThat(texts(after)).containsExactly("message 3", "two");
    assertThat(after.getHasMore()).isTrue();
    ListMessagesResponse empty =
        api.messages().listMessages(threadId, V, 5, "asc", ids.get(3), null, null);
    assertThat(empty.getData()).isEmpty();
    assertThat(empty.getFirstId()).isNull();
    assertThat(empty.getLastId()).isNull();
  }

  @Test
  void aMessageCanBeReadChangedAndDeleted() throws Exception {
    String threadId = api.threads().createThread(V, null).getId();
    String id = api.messages().createMessage(threadId, V, user("hello")).getId();

    MessageObject modified =
        api.messages()
            .modifyMessage(
                threadId, id, V, new ModifyMessageRequest().metadata(Map.of("seen", "yes")));
    assertThat(modified.getMetadata()).containsExactly(Map.entry("seen", "yes"));
    assertThat(api.messages().getMessage(threadId, id, V).getMetadata())
        .containsEntry("seen", "yes");

    assertThat(api.messages().deleteMessage(threadId, id, V).getDeleted()).isTrue();
    Apis.Failure gone = failure(() -> api.messages().getMessage(threadId, id, V));
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.message()).isEqualTo("No message found with id '" + id + "'.");
  }

  @Test
  void aThreadsMetadataChangesAndDeletingItDeletesItsMessages() throws Exception {
    String threadId =
        api.threads()
            .createThread(V, new CreateThreadRequest().messages(List.of(user("kept?"))))
            .getId();

    ThreadObject modified =
        api.threads()
            .modifyThread(threadId, V, new ModifyThreadRequest().metadata(Map.of("user", "ada")));
    assertThat(modified.getMetadata()).containsExactly(Map.entry("user", "ada"));
    assertThat(api.threads().deleteThread(threadId, V).getDeleted()).isTrue();

    Apis.Failure gone =
        failure(() -> api.messages().listMessages(threadId, V, null, null, null, null, null));
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.message()).isEqualTo("No thread found with id '" + threadId + "'.");
  }

  @Test
  void listingMessagesByRunGivesThatRunsMessagesOnly() throws Exception {
    String assistant = runs.codeAssistant();
    String thread = runs.thread("first question");
    runs.script(thread, reply("first answer"));
    RunObject first = runs.awaitEnd(runs.start(thread, assistant));
    runs.say(thread, "second question");
    runs.script(thread, reply("second answer"));
    RunObject second = runs.awaitEnd(runs.start(thread, assistant));

    ListMessagesResponse ofFirst =
        api.messages().listMessages(thread, V, null, null, null, null, first.getId());
    ListMessagesResponse ofSecond =
        api.messages().listMessages(thread, V, null, null, null, null, second.getId());
    ListMessagesResponse ofUnknown =
        api.messages().listMessages(thread, V, null, null, null, null, "run_unknown");

    assertThat(texts(ofFirst)).containsExactly("first answer");
    assertThat(ofFirst.getData()).allMatch(m -> first.getId().equals(m.getRunId()));
    assertThat(texts(ofSecond)).containsExactly("second answer");
    assertThat(texts(runs.messages(thread))).hasSize(4);
    assertThat(ofUnknown.getData()).isEmpty();
    assertThat(ofUnknown.getHasMore()).isFalse();
  }

  @Test
  void deletingAThreadDeletesItsRuns() throws Exception {
    String thread = runs.thread("hello");
    runs.script(thread, reply("hi"));
    RunObject run = runs.awaitEnd(runs.start(thread, runs.codeAssistant()));

    api.threads().deleteThread(thread, V);

    Apis.Failure gone = failure(() -> api.runs().getRun(thread, run.getId(), V));
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.type()).isEqualTo("invalid_request_error");
  }

  @Test
  void deletingAnAssistantLeavesItsThreadsAndTheirMessages() throws Exception {
    String assistant = runs.codeAssistant();
    String thread = runs.thread("hello");
    runs.script(thread, reply("hi there"));
    runs.awaitEnd(runs.start(thread, assistant));

    assertThat(api.assistants().deleteAssistant(assistant, V).getDeleted()).isTrue();

    assertThat(api.threads().getThread(thread, V).getId()).isEqualTo(thread);
    ListMessagesResponse messages = runs.messages(thread);
    assertThat(texts(messages)).containsExactly("hi there", "hello");
    assertThat(messages.getData().get(0).getAssistantId()).isEqualTo(assistant);
  }

  @Test
  void theVectorStoreHelperCreatesAThreadStoreThatExpiresAfterAWeek() throws Exception {
    String fileId = api.upload("notes.txt", "sine waves repeat every 2 pi");
    CreateToolResources resources =
        new CreateToolResources()
            .fileSearch(
                new CreateFileSearchToolResource()
                    .vectorStores(List.of(new VectorStoreHelper().fileIds(List.of(fileId)))));

    ThreadObject thread =
        api.threads().createThread(V, new CreateThreadRequest().toolResources(resources));

    List<String> stores = thread.getToolResources().getFileSearch().getVectorStoreIds();
    assertThat(stores).hasSize(1);
    VectorStoreObject store = api.vectorStores().getVectorStore(stores.get(0), V);
    assertThat(store.getFileCounts().getCompleted()).isEqualTo(1);
    assertThat(store.getExpiresAfter().getDays()).isEqualTo(7);
    assertThat(store.getExpiresAt()).isEqualTo(store.getLastActiveAt() + 7 * 86_400);
  }

  @Test
  void aFileAttachedForFileSearchLandsInTheThreadsVectorStore() throws Exception {
    String threadId = api.threads().createThread(V, null).getId();
    String fileId = api.upload("facts.md", "# Facts");
    MessageAttachment attachment =
        new MessageAttachment()
            .fileId(fileId)
            .tools(
                List.of(
                    new MessageAttachmentTool(
                        new AssistantToolsFileSearch()
                            .type(AssistantToolsFileSearch.TypeEnum.FILE_SEARCH))));

    MessageObject message =
        api.messages()
            .createMessage(threadId, V, user("see attached").attachments(List.of(attachment)));

    assertThat(message.getAttachments()).containsExactly(attachment);
    List<String> stores =
        api.threads().getThread(threadId, V).getToolResources().getFileSearch().getVectorStoreIds();
    assertThat(stores).hasSize(1);
    assertThat(
            api.vectorStoreFiles()
                .getVectorStoreFile(stores.get(0), fileId, V)
                .getStatus()
                .getValue())
        .isEqualTo("completed");
  }

  @Test
  void attachingAFileThatDoesNotExistIsRefused() throws Exception {
    String threadId = api.threads().createThread(V, null).getId();
    MessageAttachment attachment =
        new MessageAttachment()
            .fileId("assistant-doesnotexist000000000000")
            .tools(
                List.of(
                    new MessageAttachmentTool(
                        new AssistantToolsFileSearch()
                            .type(AssistantToolsFileSearch.TypeEnum.FILE_SEARCH))));

    Apis.Failure refused =
        failure(
            () ->
                api.messages()
                    .createMessage(threadId, V, user("x").attachments(List.of(attachment))));

    assertThat(refused.status()).isEqualTo(404);
    assertThat(refused.message())
        .isEqualTo("Files [assistant-doesnotexist000000000000] were not found.");
    assertThat(api.messages().listMessages(threadId, V, null, null, null, null, null).getData())
        .isEmpty();
  }

  private static List<String> texts(ListMessagesResponse list) {
    return list.getData().stream().map(Runs::firstText).toList();
  }
}
