package dev.assistantskit.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.ai.openai.assistants.models.ThreadMessage;
import com.azure.json.JsonProviders;
import com.azure.json.JsonReader;
import com.azure.json.JsonWriter;
import com.openai.core.ObjectMappers;
import com.openai.models.beta.threads.messages.Message;
import dev.assistantskit.interop.openai.OpenAiStrict;
import dev.assistantskit.interop.support.JsonCompare;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * The strictness checks the interop tests rely on really do catch what the SDKs let through: a
 * field the SDK does not know, and a value it does not recognise.
 */
class StrictnessSelfTest {
  private static final String MESSAGE =
      "{\"id\":\"msg_1\",\"object\":\"thread.message\",\"created_at\":1700000000,"
          + "\"thread_id\":\"thread_1\",\"status\":\"completed\",\"incomplete_details\":null,"
          + "\"completed_at\":1700000000,\"incomplete_at\":null,\"role\":\"user\","
          + "\"content\":[{\"type\":\"text\",\"text\":{\"value\":\"hi\",\"annotations\":[]}}],"
          + "\"assistant_id\":null,\"run_id\":null,\"attachments\":[],\"metadata\":{}%s}";

  @Test
  void azureRoundTripCatchesAFieldTheModelDrops() throws IOException {
    String sent = MESSAGE.formatted(",\"surprise\":{\"x\":1}");
    JsonCompare.Result result = JsonCompare.compare(sent, azureRoundTrip(sent));
    assertThat(result.faithful()).isFalse();
    assertThat(result.dropped()).containsExactly("$.surprise={\"x\":1}");

    String plain = MESSAGE.formatted("");
    assertThat(JsonCompare.compare(plain, azureRoundTrip(plain)).faithful()).isTrue();
  }

  @Test
  void openAiCheckCatchesAnUnknownFieldAndAnUnknownValue() throws IOException {
    Message fine = parse(MESSAGE.formatted(""));
    assertThat(check(fine)).isNull();

    assertThat(check(parse(MESSAGE.formatted(",\"surprise\":1"))))
        .contains("does not know")
        .contains("$.surprise");
    assertThat(
            check(parse(MESSAGE.formatted("").replace("\"role\":\"user\"", "\"role\":\"robot\""))))
        .contains("validate() failed");
  }

  private static String azureRoundTrip(String json) throws IOException {
    try (JsonReader reader = JsonProviders.createReader(json)) {
      ThreadMessage message = ThreadMessage.fromJson(reader);
      StringWriter out = new StringWriter();
      try (JsonWriter writer = JsonProviders.createWriter(out)) {
        message.toJson(writer);
      }
      return out.toString();
    }
  }

  private static Message parse(String json) throws IOException {
    return ObjectMappers.jsonMapper().readValue(json, Message.class);
  }

  /** The failure message of the openai-java check, or null if it passed. */
  private static String check(Message message) {
    try {
      OpenAiStrict.check(message);
      return null;
    } catch (AssertionError e) {
      return e.getMessage();
    }
  }
}
