package dev.assistantskit.server.backend.scripted;

import static dev.assistantskit.server.backend.scripted.SchemaValidation.assertInvalid;
import static dev.assistantskit.server.backend.scripted.SchemaValidation.assertValid;
import static dev.assistantskit.server.backend.scripted.SchemaValidation.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SchemaArgumentsTest {

  static final String WEATHER =
      """
      {"type": "object",
       "properties": {
         "location": {"type": "string", "description": "The city, e.g. San Francisco"},
         "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]}},
       "required": ["location"]}
      """;

  static final String CALENDAR_EVENT =
      """
      {"type": "object",
       "properties": {
         "title": {"type": "string", "minLength": 1},
         "start": {"type": "string", "format": "date-time"},
         "end": {"type": "string", "format": "date-time"},
         "attendees": {"type": "array", "items": {"type": "string", "format": "email"},
                       "minItems": 1, "uniqueItems": true},
         "location": {"type": "string"}},
       "required": ["title", "start", "attendees"]}
      """;

  static final String ORDER_LOOKUP =
      """
      {"type": "object",
       "properties": {"order_id": {"type": "integer", "minimum": 1}},
       "required": ["order_id"],
       "additionalProperties": false}
      """;

  static final String SHIPPING_ADDRESS =
      """
      {"type": "object",
       "properties": {
         "recipient": {"type": "string"},
         "address": {"type": "object",
           "properties": {
             "street": {"type": "string"},
             "city": {"type": "string"},
             "postal_code": {"type": "string", "pattern": "^[0-9]{5}$"},
             "country": {"type": "string", "enum": ["US", "CA", "DE"]}},
           "required": ["street", "city", "postal_code", "country"]}},
       "required": ["recipient", "address"]}
      """;

  static final String NO_PARAMETERS = "{\"type\": \"object\", \"properties\": {}}";

  static final String TICKETS =
      """
      {"type": "object",
       "properties": {
         "event": {"type": "string"},
         "quantity": {"type": "integer", "minimum": 1, "maximum": 10},
         "seat_class": {"type": "string", "enum": ["economy", "premium", "vip"],
                        "default": "economy"},
         "insured": {"type": "boolean"}},
       "required": ["event", "quantity", "seat_class", "insured"]}
      """;

  static final String SEARCH =
      """
      {"type": "object",
       "properties": {
         "query": {"type": "string", "maxLength": 40},
         "limit": {"type": "integer", "minimum": 1, "maximum": 50, "default": 10},
         "tags": {"type": "array", "items": {"type": "string", "enum": ["news", "blogs", "docs"]},
                  "minItems": 2, "uniqueItems": true}},
       "required": ["query", "tags"]}
      """;

  static final String REFERENCES =
      """
      {"type": "object",
       "definitions": {"money": {"type": "object",
         "properties": {"amount": {"type": "number", "minimum": 0, "exclusiveMinimum": true},
                        "currency": {"type": "string", "enum": ["USD", "EUR"]}},
         "required": ["amount", "currency"]}},
       "properties": {"price": {"$ref": "#/definitions/money"},
                      "note": {"anyOf": [{"type": "string"}, {"type": "null"}]}},
       "required": ["price", "note"]}
      """;

  static final String TYPELESS =
      """
      {"properties": {"city": {"type": "string"}, "days": {"type": "integer", "maximum": 7}},
       "required": ["city", "days"]}
      """;

  static final String BOOKING =
      """
      {"type": "object",
       "properties": {
         "from_city": {"type": "string"},
         "to_city": {"type": "string"},
         "date": {"type": "string", "format": "date"},
         "passengers": {"type": "integer", "minimum": 1, "maximum": 9}},
       "required": ["from_city", "to_city", "date", "passengers"]}
      """;

  static final String CONTACT =
      """
      {"type": "object",
       "properties": {
         "email": {"type": "string"},
         "website": {"type": "string", "format": "uri"},
         "kind": {"oneOf": [{"type": "string", "enum": ["person", "company"]},
                            {"type": "integer"}]},
         "tag_ids": {"type": "array", "items": {"type": "integer"}, "minItems": 1}},
       "required": ["email", "website", "kind", "tag_ids"]}
      """;

  private final SchemaArguments arguments = new SchemaArguments();

  /** Realistic function schemas, a message asking for each, and values the message supplies. */
  static Stream<Arguments> schemasWithMessages() {
    return Stream.of(
        Arguments.of(
            "weather with enum unit",
            WEATHER,
            "What's the weather like in Paris in fahrenheit?",
            Map.of("/location", "Paris", "/unit", "fahrenheit")),
        Arguments.of(
            "weather, lower-case city, unit by symbol",
            WEATHER,
            "how warm is it in berlin right now, in °C please",
            Map.of("/location", "berlin", "/unit", "celsius")),
        Arguments.of(
            "calendar event with date-time and attendees",
            CALENDAR_EVENT,
            "Schedule a meeting called 'Design review' on 2024-06-03 at 14:00 with"
                + " alice@example.com and bob@example.com",
            Map.of(
                "/title", "Design review",
                "/start", "2024-06-03T14:00:00Z",
                "/attendees/0", "alice@example.com",
                "/attendees/1", "bob@example.com")),
        Arguments.of(
            "calendar event written in words",
            CALENDAR_EVENT,
            "Set up a sync titled \"Quarterly planning\" on June 5th at 3pm with dana@corp.io",
            Map.of(
                "/title", "Quarterly planning",
                "/start", "2024-06-05T15:00:00Z",
                "/attendees/0", "dana@corp.io")),
        Arguments.of(
            "order lookup with integer id",
            ORDER_LOOKUP,
            "Where is my order #48213? It was due on 2024-05-02.",
            Map.of("/order_id", 48213)),
        Arguments.of(
            "nested address object",
            SHIPPING_ADDRESS,
            "Ship the parcel to Maria Lopez at 12 Elm Street, Springfield 62704",
            Map.of(
                "/recipient", "Maria Lopez",
                "/address/street", "12 Elm Street",
                "/address/city", "Springfield",
                "/address/postal_code", "62704",
                "/address/country", "US")),
        Arguments.of("no-parameters function", NO_PARAMETERS, "What time is it?", Map.of()),
        Arguments.of(
            "bounded integer, default enum, boolean",
            TICKETS,
            "Buy 50 tickets for Hamilton, with insurance",
            Map.of("/quantity", 10, "/seat_class", "economy", "/insured", true)),
        Arguments.of(
            "negated boolean and named enum",
            TICKETS,
            "Two vip tickets for the Jazz Night please, not insured",
            Map.of("/seat_class", "vip", "/insured", false, "/quantity", 2)),
        Arguments.of(
            "free-text query, enum array with minItems",
            SEARCH,
            "Search the docs for \"virtual threads\"",
            Map.of("/query", "virtual threads", "/tags/0", "docs")),
        Arguments.of(
            "$ref, exclusive minimum and anyOf",
            REFERENCES,
            "Price it at 19.99 EUR",
            Map.of("/price/amount", 19.99, "/price/currency", "EUR")),
        Arguments.of(
            "type omitted but properties present",
            TYPELESS,
            "Forecast for Oslo for the next 14 days",
            Map.of("/city", "Oslo", "/days", 7)),
        Arguments.of(
            "origin and destination",
            BOOKING,
            "Book a flight from Paris to Tokyo on 12/24/2024 for 3 people",
            Map.of(
                "/from_city", "Paris",
                "/to_city", "Tokyo",
                "/date", "2024-12-24",
                "/passengers", 3)),
        Arguments.of(
            "values named by the property: email and url",
            CONTACT,
            "Add contact jo@acme.org, site https://acme.org/about, tags 7 and 9",
            Map.of(
                "/email", "jo@acme.org",
                "/website", "https://acme.org/about",
                "/kind", "person",
                "/tag_ids/0", 7,
                "/tag_ids/1", 9)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemasWithMessages")
  void generatedArgumentsAreValidAgainstTheSchemaAndUseTheMessage(
      String title, String schemaText, String message, Map<String, Object> expected) {
    JsonNode schema = json(schemaText);

    ObjectNode generated = arguments.generate(schema, message);

    assertValid(schema, generated);
    expected.forEach(
        (pointer, value) ->
            assertThat(generated.at(pointer))
                .as("%s in %s", pointer, generated)
                .isEqualTo(SchemaValidation.JSON.valueToTree(value)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemasWithMessages")
  void aMessageWithNothingUsefulStillYieldsValidArguments(
      String title, String schemaText, String ignoredMessage, Map<String, Object> ignored) {
    JsonNode schema = json(schemaText);

    assertValid(schema, arguments.generate(schema, "ok"));
    assertValid(schema, arguments.generate(schema, ""));
  }

  @Test
  void theValidatorUsedByTheseTestsRejectsInvalidArguments() {
    assertInvalid(json(WEATHER), json("{\"unit\": \"celsius\"}"));
    assertInvalid(json(ORDER_LOOKUP), json("{\"order_id\": 0}"));
    assertInvalid(
        json(CALENDAR_EVENT),
        json("{\"title\": \"x\", \"start\": \"soon\"," + " \"attendees\": [\"a@b.co\"]}"));
  }

  @Test
  void everyRequiredPropertyIsPresentAndOptionalOnesOnlyWhenTheMessageGivesThem() {
    ObjectNode generated = arguments.generate(json(CALENDAR_EVENT), "Book a team lunch");

    assertThat(generated.has("title")).isTrue();
    assertThat(generated.has("start")).isTrue();
    assertThat(generated.get("attendees")).hasSize(1);
    assertThat(generated.has("end")).isFalse();
    assertThat(generated.has("location")).isFalse();
  }

  @Test
  void anOptionalEnumIsFilledWhenTheMessageNamesOneOfItsValues() {
    assertThat(arguments.generate(json(WEATHER), "Weather in Rome in celsius").get("unit").asText())
        .isEqualTo("celsius");
    assertThat(arguments.generate(json(WEATHER), "Weather in Rome").has("unit")).isFalse();
  }

  @Test
  void aMissingOrEmptySchemaMeansNoArguments() {
    assertThat(arguments.generate(null, "anything")).isEmpty();
    assertThat(arguments.generate(json("{}"), "anything")).isEmpty();
    assertThat(arguments.generate(json(NO_PARAMETERS), "anything")).isEmpty();
  }

  @Test
  void aConstPropertyTakesItsConstantValue() {
    JsonNode schema =
        json(
            """
            {"type": "object",
             "properties": {"version": {"const": 2}, "mode": {"const": "strict"}},
             "required": ["version", "mode"]}
            """);

    ObjectNode generated = arguments.generate(schema, "Run it in lenient mode, version 3");

    assertThat(generated).isEqualTo(json("{\"version\": 2, \"mode\": \"strict\"}"));
  }

  @Test
  void oneOfAndAnyOfTakeTheFirstBranch() {
    JsonNode schema =
        json(
            """
            {"type": "object",
             "properties": {
               "id": {"oneOf": [{"type": "integer", "minimum": 100}, {"type": "string"}]},
               "label": {"anyOf": [{"type": "string", "maxLength": 5}, {"type": "number"}]}},
             "required": ["id", "label"]}
            """);

    ObjectNode generated = arguments.generate(schema, "Label item 7 as Fragile goods");

    assertThat(generated.get("id").asInt()).isEqualTo(100);
    assertThat(generated.get("label").isTextual()).isTrue();
    assertThat(generated.get("label").asText()).hasSizeLessThanOrEqualTo(5);
  }

  @Test
  void aPatternNothingInTheMessageFitsIsSatisfiedByASampleWrittenFromIt() {
    JsonNode schema =
        json(
            """
            {"type": "object",
             "properties": {"sku": {"type": "string", "pattern": "^[A-Z]{3}-\\\\d{4}$"},
                            "zip": {"type": "string", "pattern": "^[0-9]{5}(-[0-9]{4})?$"}},
             "required": ["sku", "zip"]}
            """);

    ObjectNode generated = arguments.generate(schema, "Restock the blue mugs");

    assertValid(schema, generated);
    assertThat(generated.get("sku").asText()).isEqualTo("AAA-0000");
  }

  @Test
  void aValueInTheMessageThatFitsThePatternIsPreferred() {
    ObjectNode generated =
        arguments.generate(json(SHIPPING_ADDRESS), "Send it to Ann Lee, 4 Oak Road, Dover 19901");

    assertThat(generated.at("/address/postal_code").asText()).isEqualTo("19901");
    assertThat(generated.at("/address/street").asText()).isEqualTo("4 Oak Road");
    assertThat(generated.at("/address/city").asText()).isEqualTo("Dover");
  }

  @Test
  void theSameMessageAlwaysGivesTheSameArguments() {
    String message = "Schedule 'Retro' on 2024-07-01 at 9:30 with kim@example.com";

    assertThat(arguments.generate(json(CALENDAR_EVENT), message))
        .isEqualTo(arguments.generate(json(CALENDAR_EVENT), message));
  }

  @Test
  void dateFormatsAreWrittenAsRfc3339() {
    JsonNode schema =
        json(
            """
            {"type": "object",
             "properties": {"day": {"type": "string", "format": "date"},
                            "at": {"type": "string", "format": "date-time"},
                            "alarm": {"type": "string", "format": "time"}},
             "required": ["day", "at", "alarm"]}
            """);

    ObjectNode generated = arguments.generate(schema, "nothing specific");

    assertThat(generated.get("day").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(generated.get("at").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    assertThat(generated.get("alarm").asText()).matches("\\d{2}:\\d{2}:\\d{2}Z");
  }

  @Test
  void twoStringPropertiesDoNotTakeTheSameValue() {
    ObjectNode generated =
        arguments.generate(json(BOOKING), "I need to get from Lisbon to Madrid on 2024-09-01");

    assertThat(generated.get("from_city").asText()).isEqualTo("Lisbon");
    assertThat(generated.get("to_city").asText()).isEqualTo("Madrid");
  }
}
