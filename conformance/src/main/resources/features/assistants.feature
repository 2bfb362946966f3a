Feature: Assistants
  An assistant is a model deployment with instructions and tools. It can be created, retrieved,
  changed, listed and deleted; the answers have Azure's shape, and every limit Azure documents is
  enforced with a 400 that names the field.

  # Source: the walkthrough seed ("Create an assistant" and the assistant it prints); [A] assistantObject; [A-ex] create_assistant (response_format "auto").
  @azure-documented @op:createAssistant
  Scenario: Creating an assistant answers it with its configuration
    When I create an assistant "Data Visualization" with the code interpreter and the instructions "You are a helpful AI assistant who makes interesting visualizations based on data."
    Then it is an "assistant" object
    And its id looks like "asst_" followed by 24 letters or digits
    And it was created during this scenario
    And the assistant is named "Data Visualization" and runs on the deployment under test
    And the assistant has the instructions "You are a helpful AI assistant who makes interesting visualizations based on data."
    And the assistant's tools are "code_interpreter"
    And the assistant has no description
    And it has no metadata
    And the assistant answers in the "auto" response format

  # Source: [A] Get_Assistant answers the assistantObject; the walkthrough seed prints the same fields.
  @azure-documented @op:getAssistant
  Scenario: An assistant can be retrieved by its id
    Given an assistant "Math Tutor" with the instructions "You are a personal math tutor."
    When I retrieve the assistant "Math Tutor"
    Then it is an "assistant" object
    And it is the assistant "Math Tutor" as it was created
    And the assistant is named "Math Tutor" and runs on the deployment under test
    And the assistant has the instructions "You are a personal math tutor."

  # Source: [A] modifyAssistantRequest (every field optional; what is left out stays as it was).
  @azure-documented @op:modifyAssistant @op:getAssistant
  Scenario: Modifying an assistant changes only the fields the request names
    Given an assistant "Math Tutor" with the instructions "You are a personal math tutor."
    When I rename the assistant "Math Tutor" to "Algebra Tutor" and give it the metadata "level" = "beginner"
    Then it is the assistant "Math Tutor" as it was created
    And the assistant is named "Algebra Tutor" and runs on the deployment under test
    And the assistant has the instructions "You are a personal math tutor."
    And it has the metadata "level" = "beginner"
    When I retrieve the assistant "Math Tutor"
    Then the assistant is named "Algebra Tutor" and runs on the deployment under test
    And it has the metadata "level" = "beginner"

  # Source: [A] modifyAssistantRequest.tools ("a list of tools enabled on the assistant") replaces the list.
  @azure-documented @op:modifyAssistant
  Scenario: Modifying the tools of an assistant replaces them
    Given an assistant "Data Visualization" with the code interpreter and the instructions "Plot what you are asked."
    When I give the assistant "Data Visualization" the tools "function"
    Then the assistant's tools are "function"

  # Source: [A] Delete_Assistant answers deleteAssistantResponse {id, object: assistant.deleted, deleted}; an unknown id is a 404 (reference §5.5).
  @azure-documented @op:deleteAssistant @op:getAssistant
  Scenario: A deleted assistant is gone
    Given an assistant "Math Tutor"
    When I delete the assistant "Math Tutor"
    Then the deletion of the assistant "Math Tutor" is confirmed as an "assistant.deleted" object
    When I try to retrieve the assistant "Math Tutor"
    Then the request is refused as not found, naming the assistant "Math Tutor"

  # Source: [A] List_Assistants lists the assistants that exist; Delete_Assistant removes one.
  @azure-documented @op:deleteAssistant @op:listAssistants
  Scenario: A deleted assistant is no longer listed
    Given assistants "Kept" and "Deleted"
    When I delete the assistant "Deleted"
    And I list assistants
    Then the list includes "Kept"
    And the list does not include "Deleted"

  # Source: an unknown id is a 404 invalid_request_error "No assistant found with id '…'." (reference §5.5, which gives OpenAI's wording from the [G] issue threads; [G] azure-sdk-for-net#47121 quotes Azure's own 404 invalid_request_error for an id it does not know (reference §5.4)).
  @azure-documented
  Scenario Outline: An assistant that does not exist is not found
    When I try to <action> the assistant with the id "asst_conformanceDoesNotExist0"
    Then the request is refused as not found, naming "asst_conformanceDoesNotExist0"

    @op:getAssistant
    Examples: retrieving
      | action   |
      | retrieve |

    @op:modifyAssistant
    Examples: modifying
      | action |
      | modify |

    @op:deleteAssistant
    Examples: deleting
      | action |
      | delete |

  # Source: [A] assistantObject and List_Assistants; list envelope {object: list, data, first_id, last_id, has_more} (reference §3.3).
  @azure-documented @op:listAssistants
  Scenario: Assistants are listed in Azure's list envelope
    Given an assistant "Math Tutor"
    When I list assistants
    Then the list is a "list" object whose first and last ids are those of its first and last items
    And every item of the list is an "assistant" object
    And the list includes "Math Tutor"

  # Source: [A] list parameters: limit (default 20), order (default desc, by created_at), after (cursor); has_more.
  @azure-documented @op:listAssistants
  Scenario: Assistants are listed newest first, a page at a time
    Given assistants "First", "Second" and "Third", created in that order
    When I list assistants with a limit of 2
    Then the list shows "Third" then "Second"
    And the list says there are more
    When I list assistants with a limit of 2 after "Second"
    Then the list starts with "First"

  # Source: [A] list parameters order=asc and after.
  @azure-documented @op:listAssistants
  Scenario: Assistants can be listed oldest first from a cursor
    Given assistants "First", "Second" and "Third", created in that order
    When I list assistants in ascending order after "First"
    Then the list shows "Second" then "Third"
    And the list says there are no more

  # Source: [A] list parameter before ("an object ID that defines your place in the list").
  @azure-documented @op:listAssistants
  Scenario: A page before a cursor holds the assistants created after it
    Given assistants "First", "Second" and "Third", created in that order
    When I list assistants before "Second"
    Then the list shows "Third"
    And the list says there are no more

  # Source: [A] list parameter limit is 1 to 100; order is asc or desc.
  @azure-documented @op:listAssistants
  Scenario Outline: A list request outside the documented parameters is refused
    When I try to list assistants with the query "<query>"
    Then the request is rejected as invalid, naming "<parameter>"

    Examples:
      | query         | parameter |
      | limit=0       | limit     |
      | limit=101     | limit     |
      | order=newest  | order     |

  # Source: [A] createAssistantRequest: name ≤ 256, description ≤ 512, instructions ≤ 256,000 characters (reference §4).
  @azure-documented @op:createAssistant
  Scenario Outline: An assistant's <field> is at most <limit> characters long
    When I create an assistant whose <field> is <limit> characters long
    Then the assistant's <field> has <limit> characters
    When I try to create an assistant whose <field> is <over> characters long
    Then the request is rejected as invalid, naming "<field>"

    Examples:
      | field        | limit  | over   |
      | name         | 256    | 257    |
      | description  | 512    | 513    |
      | instructions | 256000 | 256001 |

  # Source: [A] modifyAssistantRequest.instructions maxLength 32768 (reference §3.2 and §6 item 9).
  @azure-documented @op:modifyAssistant
  Scenario: Instructions set by a modification are at most 32,768 characters long
    Given an assistant "Math Tutor"
    When I change the instructions of the assistant "Math Tutor" to 32768 characters
    Then the assistant's instructions has 32768 characters
    When I try to change the instructions of the assistant "Math Tutor" to 32769 characters
    Then the request is rejected as invalid, naming "instructions"

  # Source: [A] createAssistantRequest.model is required.
  @azure-documented @op:createAssistant
  Scenario: An assistant needs a model
    When I try to create an assistant without a model
    Then the request is rejected as invalid, naming "model"

  # Source: [A] createAssistantRequest has additionalProperties false; v1's file_ids is gone in v2 ([D] CHANGELOG beta.3); unknown fields are a 400 (reference §5.5).
  @azure-documented @op:createAssistant
  Scenario: A field the API does not have is refused
    When I try to create an assistant with the version 1 field "file_ids"
    Then the request is rejected as invalid, naming "file_ids"

  # Source: [A] metadata: at most 16 pairs, keys ≤ 64 and values ≤ 512 characters (reference §4).
  @azure-documented @op:createAssistant
  Scenario: Metadata holds at most 16 pairs
    When I create an assistant with 16 metadata pairs
    Then it has 16 metadata pairs
    When I try to create an assistant with 17 metadata pairs
    Then the request is rejected as invalid, naming "metadata"

  # Source: [A] metadata: keys ≤ 64 and values ≤ 512 characters (reference §4).
  @azure-documented @op:createAssistant
  Scenario: Metadata keys are at most 64 and values at most 512 characters long
    When I create an assistant with a metadata key of 64 characters and a value of 512 characters
    Then it has 1 metadata pair
    When I try to create an assistant with a metadata key of 65 characters
    Then the request is rejected as invalid, naming "metadata"
    When I try to create an assistant with a metadata value of 513 characters
    Then the request is rejected as invalid, naming "metadata"

  # Source: [A] createAssistantRequest.tools maxItems 128; the walkthrough seed ("up to 128 tools").
  @azure-documented @op:createAssistant
  Scenario: An assistant has at most 128 tools
    When I create an assistant with 128 function tools
    Then the assistant has 128 tools
    When I try to create an assistant with 129 function tools
    Then the request is rejected as invalid, naming "tools"

  # Source: [A] function name: a-z, A-Z, 0-9, underscores and dashes, at most 64 (reference §3.4 and §4).
  @azure-documented @op:createAssistant
  Scenario: A function may be named with letters, digits, underscores and dashes
    When I create an assistant with a function named "get_current-weather_2"
    Then the assistant has a function named "get_current-weather_2"
    When I create an assistant with a function whose name is 64 characters long
    Then the assistant has 1 tool

  # Source: [A] function name: a-z, A-Z, 0-9, underscores and dashes, at most 64 (reference §3.4 and §4).
  @azure-documented @op:createAssistant
  Scenario Outline: A function name outside the documented pattern is refused
    When I try to create an assistant with a function named "<name>"
    Then the request is rejected as invalid, naming "function.name"

    Examples:
      | name         |
      | get weather  |
      | get.weather  |
      | wetter_für_x |

  # Source: [A] function name: at most 64 characters (reference §4).
  @azure-documented @op:createAssistant
  Scenario: A function name longer than 64 characters is refused
    When I try to create an assistant with a function whose name is 65 characters long
    Then the request is rejected as invalid, naming "function.name"
