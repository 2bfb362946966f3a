package dev.assistantskit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assistantskit.client.model.ListMessagesResponse;
import dev.assistantskit.client.model.MessageContent;
import dev.assistantskit.client.model.MessageContentImageFile;
import dev.assistantskit.client.model.MessageContentImageFileObject;
import dev.assistantskit.client.model.MessageContentText;
import dev.assistantskit.client.model.MessageContentTextObject;
import dev.assistantskit.client.model.MessageObject;
import dev.assistantskit.client.model.RunObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where the walkthrough finds the image and the text of an answer: {@code data[0].content[0]}, as
 * the walkthrough reads it, else elsewhere in the run's answer, as a real model may put it.
 */
class AnswerPartsTest {
  static final RunObject RUN = new RunObject().id("run_current");

  @Test
  void theImageIsReadFromTheFirstPartOfTheNewestMessage() {
    var messages = list(message("run_current", image("assistant-first"), text("Here it is")));

    assertThat(Walkthrough.imageFileId(messages, RUN)).isEqualTo("assistant-first");
  }

  @Test
  void anImageElsewhereInTheRunsAnswerIsFoundToo() {
    var messages =
        list(
            message("run_current", text("Is there anything else?")),
            message("run_current", text("Here is the plot:"), image("assistant-later")),
            message("run_before", image("assistant-older")));

    assertThat(Walkthrough.imageFileId(messages, RUN)).isEqualTo("assistant-later");
  }

  @Test
  void anImageOfAnEarlierRunIsNotTaken() {
    var messages =
        list(
            message("run_current", text("No picture")),
            message("run_before", image("assistant-old")));

    assertThatThrownBy(() -> Walkthrough.imageFileId(messages, RUN))
        .isInstanceOf(WalkthroughException.class)
        .hasMessage(
            "Run run_current completed, but its answer has no image part (looked at"
                + " data[0].content[0] and the run's other messages, newest first: 2 message(s)"
                + " listed)");
  }

  @Test
  void theTextIsTheFirstTextPartOfTheAnswer() {
    assertThat(Walkthrough.text(list(message("run_current", text("the code"))), RUN))
        .isEqualTo("the code");
    assertThat(Walkthrough.text(list(message("run_current", image("assistant-x"), text("t"))), RUN))
        .isEqualTo("t");
  }

  private static ListMessagesResponse list(MessageObject... messages) {
    return new ListMessagesResponse().data(List.of(messages));
  }

  private static MessageObject message(String runId, MessageContent... parts) {
    return new MessageObject().runId(runId).content(List.of(parts));
  }

  private static MessageContent image(String fileId) {
    return new MessageContent(
        new MessageContentImageFileObject()
            .type(MessageContentImageFileObject.TypeEnum.IMAGE_FILE)
            .imageFile(new MessageContentImageFile().fileId(fileId)));
  }

  private static MessageContent text(String value) {
    return new MessageContent(
        new MessageContentTextObject()
            .type(MessageContentTextObject.TypeEnum.TEXT)
            .text(new MessageContentText().value(value).annotations(List.of())));
  }
}
