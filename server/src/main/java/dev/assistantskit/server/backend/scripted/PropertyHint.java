package dev.assistantskit.server.backend.scripted;

import java.util.List;
import java.util.Set;

/**
 * What a string property's name says about the value it wants, so "location" takes the place in
 * "weather in Paris", "to" takes the destination of "from Paris to Tokyo", and "title" takes the
 * quoted or "called …" text.
 */
enum PropertyHint {
  EMAIL(Set.of(), "user@example.com"),
  URL(Set.of(), "https://example.com"),
  DATE(Set.of(), null),
  PHONE(Set.of(), "+1 555 0100"),
  STREET(Set.of(), "1 Main Street"),
  ORIGIN(Set.of("from"), "Seattle"),
  DESTINATION(Set.of("to", "for", "in", "at"), "Seattle"),
  PLACE(Set.of("in", "at", "near", "for", "from", "to", "around"), "Seattle"),
  PERSON(Set.of("to", "with", "for", "and", "by"), "Alex"),
  TITLE(Set.of("called", "named", "titled", "entitled", "about", "for"), null),
  TEXT(Set.of("for", "about", "regarding"), null),
  GENERIC(Set.of("called", "named", "titled", "entitled", "in", "for", "at", "to", "from"), null);

  private static final Set<String> ORIGIN_WORDS = Set.of("from", "origin", "source", "departure");
  private static final Set<String> DESTINATION_WORDS =
      Set.of("to", "destination", "target", "arrival", "dest");
  private static final Set<String> PLACE_WORDS =
      Set.of(
          "location",
          "city",
          "place",
          "where",
          "country",
          "region",
          "town",
          "venue",
          "area",
          "state",
          "locality",
          "destination",
          "loc",
          "zone",
          "airport",
          "station");
  private static final Set<String> STREET_WORDS =
      Set.of("street", "address", "addr", "line1", "address1");
  private static final Set<String> PERSON_WORDS =
      Set.of(
          "user",
          "username",
          "person",
          "recipient",
          "recipients",
          "assignee",
          "attendee",
          "attendees",
          "owner",
          "customer",
          "contact",
          "who",
          "invitee",
          "invitees",
          "participant",
          "participants",
          "guest",
          "guests",
          "member",
          "members",
          "people",
          "author",
          "manager");
  private static final Set<String> TITLE_WORDS =
      Set.of("name", "title", "subject", "label", "heading", "caption", "summary", "topic");
  private static final Set<String> TEXT_WORDS =
      Set.of(
          "query",
          "q",
          "search",
          "keyword",
          "keywords",
          "text",
          "message",
          "prompt",
          "question",
          "content",
          "body",
          "input",
          "description",
          "note",
          "notes",
          "comment",
          "instructions",
          "request",
          "term",
          "terms",
          "phrase");

  /** Cue words that introduce this kind of value in a message. */
  final Set<String> cues;

  /** A plausible value when the message offers none, or null to derive one from the name. */
  final String fallback;

  PropertyHint(Set<String> cues, String fallback) {
    this.cues = cues;
    this.fallback = fallback;
  }

  /** Classifies a property by its name (and, for strings, its {@code format}). */
  static PropertyHint of(String propertyName, String format) {
    if (format != null) {
      switch (format) {
        case "email", "idn-email":
          return EMAIL;
        case "uri", "url", "iri", "uri-reference", "iri-reference":
          return URL;
        case "date", "date-time", "time":
          return DATE;
        default:
          break;
      }
    }
    List<String> words = Words.identifierWords(propertyName);
    if (words.contains("email") || words.contains("mail")) {
      return EMAIL;
    }
    if (words.contains("url")
        || words.contains("uri")
        || words.contains("link")
        || words.contains("website")
        || words.contains("homepage")) {
      return URL;
    }
    if (words.contains("date")
        || words.contains("day")
        || words.contains("deadline")
        || words.contains("birthday")) {
      return DATE;
    }
    if (words.contains("phone") || words.contains("mobile") || words.contains("tel")) {
      return PHONE;
    }
    if (words.stream().anyMatch(STREET_WORDS::contains)) {
      return STREET;
    }
    if (words.stream().anyMatch(ORIGIN_WORDS::contains)) {
      return ORIGIN;
    }
    if (words.stream().anyMatch(DESTINATION_WORDS::contains)) {
      return DESTINATION;
    }
    if (words.stream().anyMatch(PLACE_WORDS::contains)) {
      return PLACE;
    }
    if (words.stream().anyMatch(PERSON_WORDS::contains)) {
      return PERSON;
    }
    if (words.stream().anyMatch(TITLE_WORDS::contains)) {
      return TITLE;
    }
    if (words.stream().anyMatch(TEXT_WORDS::contains)) {
      return TEXT;
    }
    return GENERIC;
  }
}
