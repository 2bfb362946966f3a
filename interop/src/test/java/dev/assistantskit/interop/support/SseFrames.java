package dev.assistantskit.interop.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/** The {@code event:}/{@code data:} frames of a recorded server-sent-event body, in order. */
public final class SseFrames {
  private SseFrames() {}

  public record Frame(String event, String data) {}

  public static List<Frame> parse(String body) {
    List<Frame> frames = new ArrayList<>();
    String event = null;
    StringBuilder data = null;
    for (String line : body.split("\r?\n", -1)) {
      if (line.isEmpty()) {
        if (data != null) {
          frames.add(new Frame(event, data.toString()));
        }
        event = null;
        data = null;
      } else if (line.startsWith("event:")) {
        event = line.substring(6).strip();
      } else if (line.startsWith("data:")) {
        String value = line.substring(5);
        value = value.startsWith(" ") ? value.substring(1) : value;
        data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
      }
    }
    return frames;
  }

  public static List<String> events(String body) {
    return parse(body).stream().map(Frame::event).toList();
  }

  /**
   * The frames of a whole recorded stream, without its closing {@code done}: asserts that it ended
   * with {@code done} and that an SDK {@code delivered} exactly the other events, in order.
   */
  public static List<Frame> deliveredAsSent(Exchange stream, List<String> delivered) {
    List<Frame> frames = parse(stream.responseBody());
    assertThat(frames)
        .as("the stream ends with done")
        .last()
        .extracting(Frame::event)
        .isEqualTo("done");
    List<Frame> before = frames.subList(0, frames.size() - 1);
    assertThat(delivered)
        .as("events the SDK delivered vs. frames the emulator sent")
        .isEqualTo(before.stream().map(Frame::event).toList());
    return before;
  }
}
