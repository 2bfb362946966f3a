package dev.assistantskit.server.backend.scripted;

import static dev.assistantskit.server.backend.scripted.SchemaValidation.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assistantskit.server.backend.scripted.ToolOutputReply.ToolResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class ToolOutputReplyTest {

  private final ToolOutputReply reply = new ToolOutputReply();

  @Test
  void oneResultIsOneSentenceNamingTheCallAndQuotingItsOutput() {
    String text =
        reply.compose(
            List.of(
                new ToolResult("get_weather", args("{\"city\": \"Paris\"}"), "22°C and sunny")));

    assertThat(text).isEqualTo("The get_weather call for Paris returned: 22°C and sunny.");
  }

  @Test
  void furtherArgumentsAreMentionedByName() {
    String text =
        reply.compose(
            List.of(
                new ToolResult(
                    "get_weather",
                    args("{\"city\": \"Paris\", \"unit\": \"celsius\", \"days\": 3}"),
                    "Mild, 18 to 22°C.")));

    assertThat(text)
        .isEqualTo(
            "The get_weather call for Paris (unit: celsius, days: 3) returned: Mild, 18 to 22°C.");
  }

  @Test
  void severalResultsAreListedInOrder() {
    String text =
        reply.compose(
            List.of(
                new ToolResult("get_weather", args("{\"city\": \"Paris\"}"), "22°C and sunny"),
                new ToolResult("get_weather", args("{\"city\": \"Tokyo\"}"), "18°C, light rain")));

    assertThat(text)
        .isEqualTo(
            "Here is what the function calls returned:\n\n"
                + "- The get_weather call for Paris returned: 22°C and sunny.\n"
                + "- The get_weather call for Tokyo returned: 18°C, light rain.");
  }

  @Test
  void jsonOutputIsQuotedAsCodeAndMultiLineOutputAsABlock() {
    assertThat(
            reply.compose(
                List.of(
                    new ToolResult(
                        "lookup_order", args("{\"order_id\": 7}"), "{\"status\":\"shipped\"}"))))
        .isEqualTo("The lookup_order call for 7 returned: `{\"status\":\"shipped\"}`");
    assertThat(reply.compose(List.of(new ToolResult("list_files", null, "a.txt\nb.txt"))))
        .isEqualTo("The list_files call returned:\n\n```\na.txt\nb.txt\n```");
  }

  @Test
  void aCallWithoutArgumentsOrOutputStillReadsNaturally() {
    assertThat(reply.compose(List.of(new ToolResult("roll_dice", args("{}"), "  "))))
        .isEqualTo("The roll_dice call returned no output.");
    assertThat(reply.compose(List.of(new ToolResult("roll_dice", null, null))))
        .isEqualTo("The roll_dice call returned no output.");
  }

  @Test
  void longOrNestedArgumentsAreShortenedOrLeftOut() {
    String longName = "x".repeat(100);
    String text =
        reply.compose(
            List.of(
                new ToolResult(
                    "create_contact",
                    args("{\"address\": {\"city\": \"Oslo\"}, \"name\": \"" + longName + "\"}"),
                    "created")));

    assertThat(text)
        .isEqualTo("The create_contact call for " + "x".repeat(59) + "… returned: created.");
  }

  @Test
  void noResultsGiveAPlainStatement() {
    assertThat(reply.compose(List.of())).isEqualTo("The function calls returned no results.");
  }

  @Test
  void theSameResultsAlwaysGiveTheSameReply() {
    List<ToolResult> results =
        List.of(new ToolResult("get_time", args("{\"city\": \"Lima\"}"), "09:14"));

    assertThat(reply.compose(results)).isEqualTo(reply.compose(results));
  }

  private static ObjectNode args(String json) {
    return (ObjectNode) json(json);
  }
}
