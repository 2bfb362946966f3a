package dev.assistantskit.client.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assistantskit.client.model.RunObject;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The server-sent-events framing rules, on in-memory input. */
class EventStreamParsingTest {

  private static AssistantStream of(String text) {
    return AssistantStream.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<AssistantStreamEvent> eventsOf(String text) {
    return of(text).readAll();
  }

  @Test
  void bareCrLineEndsAndAByteOrderMarkAreAccepted() {
    List<AssistantStreamEvent> events =
        eventsOf("\uFEFFevent: ping\rdata: a\r\revent: done\rdata: [DONE]\r\r");

    assertThat(events)
        .containsExactly(
            new AssistantStreamEvent.Unknown("ping", "a"), new AssistantStreamEvent.Done("[DONE]"));
  }

  @Test
  void onlyOneSpaceAfterTheColonIsRemovedAndAFieldWithoutColonIsEmpty() {
    List<AssistantStreamEvent> events =
        eventsOf("event: ping\ndata:  two\ndata\ndata:x\n\nevent:done\ndata:[DONE]\n\n");

    assertThat(events.get(0)).isEqualTo(new AssistantStreamEvent.Unknown("ping", " two\n\nx"));
    assertThat(events.get(1).type()).isEqualTo(EventType.DONE);
  }

  @Test
  void anEventWithoutDataIsNotDispatchedAndItsNameDoesNotLeak() {
    List<AssistantStreamEvent> events = eventsOf("event: ping\n\ndata: b\n\n");

    assertThat(events).containsExactly(new AssistantStreamEvent.Unknown("message", "b"));
  }

  @Test
  void anEventCutOffByTheEndOfTheInputIsDropped() {
    AssistantStream stream = of("event: ping\ndata: a\n\nevent: done\ndata: [DONE]\n");

    assertThat(stream.readAll()).containsExactly(new AssistantStreamEvent.Unknown("ping", "a"));
    assertThat(stream.doneReceived()).isFalse();
  }

  @Test
  void nothingAfterDoneIsReadAndTheInputIsClosed() {
    AtomicBoolean closed = new AtomicBoolean();
    InputStream in =
        new ByteArrayInputStream(
            "event: done\ndata: [DONE]\n\nevent: ping\ndata: late\n\n"
                .getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() {
            closed.set(true);
          }
        };
    AssistantStream stream = AssistantStream.read(in);

    assertThat(stream.iterator().next().type()).isEqualTo(EventType.DONE);
    assertThat(stream.doneReceived()).isTrue();
    assertThat(closed).isTrue();
  }

  @Test
  void multiByteCharactersSurviveReadsOfOneByte() {
    InputStream oneByteAtATime =
        new FilterInputStream(
            new ByteArrayInputStream(
                "event: ping\r\ndata: ω ☃ 😀\r\n\r\n".getBytes(StandardCharsets.UTF_8))) {
          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(len, 1));
          }
        };

    List<AssistantStreamEvent> events = AssistantStream.read(oneByteAtATime).readAll();

    assertThat(events).containsExactly(new AssistantStreamEvent.Unknown("ping", "ω ☃ 😀"));
  }

  @Test
  void anEmptyInputHasNoEvents() {
    AssistantStream stream = of("");

    assertThat(stream.readAll()).isEmpty();
    assertThat(stream.doneReceived()).isFalse();
  }

  @Test
  void aKnownEventWithEmptyDataIsAParseFailure() {
    AssistantStream stream = of("event: thread.created\ndata:\n\n");

    assertThatThrownBy(stream::readAll)
        .isInstanceOf(AssistantStreamException.class)
        .hasMessageStartingWith(
            "The data of event 'thread.created' is not a valid ThreadObject: no JSON object");
  }

  @Test
  void eventsCannotBeBuiltWithTheWrongTypeOfPayload() {
    assertThatThrownBy(
            () ->
                new AssistantStreamEvent.RunEvent(
                    EventType.THREAD_MESSAGE_COMPLETED, new RunObject(), "{}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("THREAD_MESSAGE_COMPLETED does not carry a RUN payload");
  }

  @Test
  void everyNameOfTheContractHasItsType() {
    assertThat(EventType.of("thread.run.step.delta")).isEqualTo(EventType.THREAD_RUN_STEP_DELTA);
    assertThat(EventType.of("Thread.Created")).isEqualTo(EventType.UNKNOWN);
    assertThat(EventType.of(null)).isEqualTo(EventType.UNKNOWN);
    assertThat(EventType.values())
        .filteredOn(t -> t != EventType.UNKNOWN)
        .extracting(EventType::wireName)
        .hasSize(25)
        .allSatisfy(name -> assertThat(EventType.of(name).wireName()).isEqualTo(name));
  }

  @Test
  void theKnownNamesAreTheContractsPlusThreadRunIncomplete() throws IOException {
    String contract =
        Files.readString(Path.of("../spec/src/main/resources/openapi/assistants.yaml"));
    String events = contract.substring(contract.indexOf("    AssistantStreamEvent:"));
    Set<String> declared = new TreeSet<>();
    Matcher enums =
        Pattern.compile("event:\\s+type: string\\s+enum: \\[([^\\]]+)]").matcher(events);
    while (enums.find()) {
      for (String name : enums.group(1).split(",")) {
        declared.add(name.strip());
      }
    }
    declared.add("thread.run.incomplete");

    assertThat(declared).hasSize(25);
    assertThat(EventType.values())
        .filteredOn(t -> t != EventType.UNKNOWN)
        .extracting(EventType::wireName)
        .containsExactlyInAnyOrderElementsOf(declared);
  }
}
