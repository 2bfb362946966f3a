package dev.assistantskit.server.backend.scripted;

import static dev.assistantskit.server.backend.scripted.SchemaValidation.assertValid;
import static dev.assistantskit.server.backend.scripted.SchemaValidation.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.assistantskit.server.backend.scripted.FunctionCallPlanner.PlannedCall;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FunctionCallPlannerTest {

  static final FunctionSpec GET_WEATHER =
      new FunctionSpec(
          "get_weather",
          "Get the current weather in a given location",
          json(
              """
              {"type": "object",
               "properties": {"city": {"type": "string"},
                              "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]}},
               "required": ["city"]}
              """));

  static final FunctionSpec GET_TIME =
      new FunctionSpec(
          "get_local_time",
          "Returns the local time in a city",
          json(
              """
              {"type": "object", "properties": {"city": {"type": "string"}},
               "required": ["city"]}
              """));

  static final FunctionSpec LOOKUP_ORDER =
      new FunctionSpec(
          "lookupOrder",
          "Look up the shipping status of a customer's order",
          json(
              """
              {"type": "object", "properties": {"order_id": {"type": "integer", "minimum": 1}},
               "required": ["order_id"]}
              """));

  static final FunctionSpec GET_FORECAST =
      new FunctionSpec(
          "get_forecast",
          "Get the weather forecast for the coming days",
          json(
              """
              {"type": "object",
               "properties": {"city": {"type": "string"},
                              "days": {"type": "integer", "minimum": 1, "maximum": 10}},
               "required": ["city", "days"]}
              """));

  static final FunctionSpec ROLL_DICE = new FunctionSpec("roll_dice", null, null);

  static final List<FunctionSpec> TOOLS = List.of(GET_WEATHER, GET_TIME, LOOKUP_ORDER, ROLL_DICE);

  private final FunctionCallPlanner planner = new FunctionCallPlanner();

  @Test
  void aForcedFunctionIsCalledEvenWhenNotMentioned() {
    List<PlannedCall> calls = planner.plan("Tell me a joke about Berlin", TOOLS, "get_weather");

    assertThat(calls).extracting(PlannedCall::name).containsExactly("get_weather");
    assertThat(calls.get(0).arguments().get("city").asText()).isEqualTo("Berlin");
  }

  @Test
  void aForcedFunctionIsTheOnlyOneCalledWhenOthersAreMentioned() {
    List<PlannedCall> calls =
        planner.plan("What's the weather in Oslo and where is order 55?", TOOLS, "lookupOrder");

    assertThat(calls).extracting(PlannedCall::name).containsExactly("lookupOrder");
    assertThat(calls.get(0).arguments().get("order_id").asInt()).isEqualTo(55);
  }

  @Test
  void aForcedFunctionAskedAboutSeveralValuesIsCalledOncePerValue() {
    List<PlannedCall> calls = planner.plan("Paris, Rome and Madrid please", TOOLS, "get_weather");

    assertThat(calls)
        .extracting(c -> c.arguments().get("city").asText())
        .containsExactly("Paris", "Rome", "Madrid");
  }

  @Test
  void aForcedFunctionWithoutParametersGetsEmptyArguments() {
    List<PlannedCall> calls = planner.plan("hi", TOOLS, "roll_dice");

    assertThat(calls).extracting(PlannedCall::name).containsExactly("roll_dice");
    assertThat(calls.get(0).arguments()).isEmpty();
  }

  @Test
  void aForcedFunctionMissingFromTheToolsIsStillCalledWithEmptyArguments() {
    List<PlannedCall> calls = planner.plan("hi", TOOLS, "not_declared");

    assertThat(calls).extracting(PlannedCall::name).containsExactly("not_declared");
    assertThat(calls.get(0).arguments()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Please call get_weather for Lima",
        "please GET_WEATHER for Lima",
        "use Get Weather for Lima",
        "What's the weather in Lima?",
        "Is it raining in Lima? I'd like the weather"
      })
  void aFunctionIsCalledWhenTheMessageNamesItOrItsSubject(String message) {
    List<PlannedCall> calls = planner.plan(message, TOOLS, null);

    assertThat(calls)
        .extracting(PlannedCall::name, c -> c.arguments().get("city").asText())
        .containsExactly(tuple("get_weather", "Lima"));
  }

  @Test
  void aCamelCaseNameIsMatchedByItsWords() {
    List<PlannedCall> calls = planner.plan("lookup order 1234 for me", TOOLS, null);

    assertThat(calls).extracting(PlannedCall::name).containsExactly("lookupOrder");
    assertThat(calls.get(0).arguments().get("order_id").asInt()).isEqualTo(1234);
  }

  @Test
  void aFunctionIsCalledWhenTheMessageUsesTheWordsOfItsDescription() {
    List<PlannedCall> calls = planner.plan("What's the shipping status of #981?", TOOLS, null);

    assertThat(calls).extracting(PlannedCall::name).containsExactly("lookupOrder");
    assertThat(calls.get(0).arguments().get("order_id").asInt()).isEqualTo(981);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Hello there!",
        "Get me the current information for the given thing",
        "Tell me about the history of Rome",
        ""
      })
  void noFunctionIsCalledWhenNoneIsMentioned(String message) {
    assertThat(planner.plan(message, TOOLS, null)).isEmpty();
  }

  @Test
  void noFunctionIsCalledWhenThereAreNoTools() {
    assertThat(planner.plan("What's the weather in Paris?", List.of(), null)).isEmpty();
  }

  @Test
  void oneFunctionAskedAboutTwoCitiesIsCalledTwice() {
    List<PlannedCall> calls =
        planner.plan("What's the weather in Paris and in Tokyo?", TOOLS, null);

    assertThat(calls)
        .extracting(PlannedCall::name, c -> c.arguments().get("city").asText())
        .containsExactly(tuple("get_weather", "Paris"), tuple("get_weather", "Tokyo"));
  }

  @Test
  void aListOfCitiesSharesTheOtherArguments() {
    List<PlannedCall> calls =
        planner.plan("weather for new york, london and sydney in fahrenheit", TOOLS, null);

    assertThat(calls)
        .extracting(c -> c.arguments().get("city").asText(), c -> c.arguments().get("unit"))
        .containsExactly(
            tuple("new york", json("\"fahrenheit\"")),
            tuple("london", json("\"fahrenheit\"")),
            tuple("sydney", json("\"fahrenheit\"")));
  }

  @Test
  void differentFunctionsAreCalledInTheOrderTheMessageMentionsThem() {
    List<PlannedCall> calls =
        planner.plan("What time is it in Tokyo, and what's the weather in Paris?", TOOLS, null);

    assertThat(calls)
        .extracting(PlannedCall::name, c -> c.arguments().get("city").asText())
        .containsExactly(tuple("get_local_time", "Tokyo"), tuple("get_weather", "Paris"));
  }

  @Test
  void twoFunctionsAskedAboutOneCityBothGetIt() {
    List<PlannedCall> calls =
        planner.plan("What's the weather and the time in Cairo?", TOOLS, null);

    assertThat(calls)
        .extracting(PlannedCall::name, c -> c.arguments().get("city").asText())
        .containsExactly(tuple("get_weather", "Cairo"), tuple("get_local_time", "Cairo"));
  }

  @Test
  void severalOrderNumbersGiveOneLookupEach() {
    List<PlannedCall> calls = planner.plan("Check orders 12, 15 and 17", TOOLS, null);

    assertThat(calls)
        .extracting(c -> c.arguments().get("order_id").asInt())
        .containsExactly(12, 15, 17);
  }

  @Test
  void aWordSharedByTwoFunctionsGoesToTheOneTheMessageMatchesBest() {
    List<FunctionSpec> tools = List.of(GET_WEATHER, GET_FORECAST);

    List<PlannedCall> calls =
        planner.plan("Give me the weather forecast for Denver for 5 days", tools, null);

    assertThat(calls).extracting(PlannedCall::name).containsExactly("get_forecast");
    assertThat(calls.get(0).arguments()).isEqualTo(json("{\"city\": \"Denver\", \"days\": 5}"));
  }

  @Test
  void aFunctionWithoutParametersIsCalledWithEmptyArguments() {
    List<PlannedCall> calls = planner.plan("Roll dice for me", TOOLS, null);

    assertThat(calls).extracting(PlannedCall::name).containsExactly("roll_dice");
    assertThat(calls.get(0).arguments()).isEmpty();
  }

  @Test
  void plannedArgumentsAreValidAgainstEachFunctionsSchema() {
    String message = "weather in Quito and Lima, the local time in Doha, and order #77 status";

    List<PlannedCall> calls = planner.plan(message, TOOLS, null);

    assertThat(calls)
        .extracting(PlannedCall::name)
        .containsExactly("get_weather", "get_weather", "get_local_time", "lookupOrder");
    for (PlannedCall call : calls) {
      FunctionSpec spec =
          TOOLS.stream().filter(f -> f.name().equals(call.name())).findFirst().orElseThrow();
      assertValid(spec.parameters(), call.arguments());
    }
  }

  @Test
  void theSamePlanIsMadeForTheSameInput() {
    String message = "What's the weather in Paris and in Tokyo, and where is order 9?";

    assertThat(planner.plan(message, TOOLS, null)).isEqualTo(planner.plan(message, TOOLS, null));
  }
}
