Feature: Messages
  Messages are what the user (or an assistant) said in a thread. They can be added, listed a page at
  a time, retrieved, given metadata and deleted.

  Background:
    Given a thread "Conversation"

  # Source: the walkthrough seed ("Add a user question to the thread" and the message list it prints); [A] messageObject.
  @azure-documented @op:createMessage
  Scenario: A user's message is added to the thread as text
    When the user says "Create a visualization of a sinewave" in the thread "Conversation"
    Then it is a "thread.message" object
    And its id looks like "msg_" followed by 24 letters or digits
    And it was created during this scenario
    And the message belongs to the thread "Conversation" and is from the user
    And the message's content is the text "Create a visualization of a sinewave" without annotations
    And the message has no assistant, no run and no attachments
    And it has no metadata

  # Source: [A] createMessageRequest.role is user or assistant.
  @azure-documented @op:createMessage
  Scenario: A message can be added on behalf of the assistant
    When the assistant says "How can I help?" in the thread "Conversation"
    Then the message belongs to the thread "Conversation" and is from the assistant
    And the message's content is the text "How can I help?" without annotations

  # Source: [A] createMessageRequest.role enum user | assistant.
  @azure-documented @op:createMessage
  Scenario: A message from the system is refused
    When I try to add a message from "system" saying "Be brief." to the thread "Conversation"
    Then the request is rejected as invalid, naming "role"

  # Source: [A] createMessageRequest.content: 1 to 256,000 characters (reference §4).
  @azure-documented @op:createMessage
  Scenario: A message has between 1 and 256,000 characters
    When the user says a message of 256000 characters in the thread "Conversation"
    Then the message's text has 256000 characters
    When I try to add a message of 256001 characters to the thread "Conversation"
    Then the request is rejected as invalid, naming "content"
    When I try to add a message of 0 characters to the thread "Conversation"
    Then the request is rejected as invalid, naming "content"

  # Source: an unknown thread id is a 404 invalid_request_error naming it (reference §5.5, from the [G] issue threads; [G] azure-sdk-for-net#47121 quotes Azure's own 404 invalid_request_error for an id it does not know (reference §5.4)).
  @azure-documented @op:createMessage
  Scenario: A message cannot be added to a thread that does not exist
    When I try to add a message saying "Hello" to the thread with the id "thread_conformanceDoesNotExist"
    Then the request is refused as not found, naming "thread_conformanceDoesNotExist"

  # Source: [A] createMessageRequest.attachments: items {file_id, tools} (reference §3.9).
  @azure-documented @op:createMessage @op:uploadFile
  Scenario: A message can carry a file for the code interpreter
    Given a file "sales.csv" uploaded for assistants with the text "month,sales\njan,10\nfeb,12\n"
    When the user says "Plot the sales" in the thread "Conversation" attaching "sales.csv" for the code interpreter
    Then the message has 1 attachment: "sales.csv" for "code_interpreter"

  # Source: [A] List_Messages: order default desc by created_at; list envelope (reference §3.3).
  @azure-documented @op:listMessages
  Scenario: Messages are listed newest first
    Given the user said "one", "two" and "three" in the thread "Conversation"
    When I list the messages of the thread "Conversation"
    Then the list is a "list" object whose first and last ids are those of its first and last items
    And the list shows "three", "two" then "one"
    And the list says there are no more

  # Source: [A] list parameters limit and after; has_more.
  @azure-documented @op:listMessages
  Scenario: Messages are listed a page at a time
    Given the user said "m1", "m2", "m3", "m4" and "m5" in the thread "Conversation"
    When I list the messages of the thread "Conversation" with a limit of 2
    Then the list shows "m5" then "m4"
    And the list says there are more
    When I list the messages of the thread "Conversation" with a limit of 2 after "m4"
    Then the list shows "m3" then "m2"
    And the list says there are more
    When I list the messages of the thread "Conversation" with a limit of 2 after "m2"
    Then the list shows "m1"
    And the list says there are no more

  # Source: [A] list parameters order=asc, after and before.
  @azure-documented @op:listMessages
  Scenario: Messages can be listed oldest first and before a cursor
    Given the user said "m1", "m2", "m3", "m4" and "m5" in the thread "Conversation"
    When I list the messages of the thread "Conversation" in ascending order with a limit of 2 after "m1"
    Then the list shows "m2" then "m3"
    And the list says there are more
    When I list the messages of the thread "Conversation" before "m3"
    Then the list shows "m5" then "m4"
    And the list says there are no more

  # Source: [A] list parameter limit defaults to 20.
  @azure-documented @op:listMessages
  Scenario: A page holds 20 messages unless asked otherwise
    Given the user said 21 numbered messages in the thread "Conversation"
    When I list the messages of the thread "Conversation"
    Then the list has 20 items
    And the list says there are more

  # Source: [A] list parameter limit is 1 to 100; order is asc or desc.
  @azure-documented @op:listMessages
  Scenario Outline: Messages cannot be listed outside the documented parameters
    When I try to list the messages of the thread "Conversation" with the query "<query>"
    Then the request is rejected as invalid, naming "<parameter>"

    Examples:
      | query       | parameter |
      | limit=0     | limit     |
      | limit=101   | limit     |
      | order=oldest| order     |

  # Source: [A] Get_Message answers the messageObject.
  @azure-documented @op:getMessage
  Scenario: A message can be retrieved by its id
    Given the user said "Hello" in the thread "Conversation"
    When I retrieve the message "Hello" of the thread "Conversation"
    Then it is a "thread.message" object
    And it is the message "Hello" as it was created
    And the message's content is the text "Hello" without annotations

  # Source: [A] modifyMessageRequest: metadata only.
  @azure-documented @op:modifyMessage
  Scenario: The metadata of a message can be changed
    Given the user said "Hello" in the thread "Conversation"
    When I change the metadata of the message "Hello" of the thread "Conversation" to "mood" = "cheerful"
    Then it is the message "Hello" as it was created
    And it has the metadata "mood" = "cheerful"
    And the message's content is the text "Hello" without annotations

  # Source: [A] modifyMessageRequest has only metadata and additionalProperties false.
  @azure-documented @op:modifyMessage
  Scenario: The text of a message cannot be changed
    Given the user said "Hello" in the thread "Conversation"
    When I try to change the text of the message "Hello" of the thread "Conversation" to "Goodbye"
    Then the request is rejected as invalid, naming "content"

  # Source: [A-ex] delete_message.json {id, object: thread.message.deleted, deleted: true}; [F] assistants-reference-messages.md (Delete message).
  @azure-documented @op:deleteMessage @op:getMessage @op:listMessages
  Scenario: A deleted message is gone from the thread
    Given the user said "Hello" and "Goodbye" in the thread "Conversation"
    When I delete the message "Hello" of the thread "Conversation"
    Then the deletion of the message "Hello" is confirmed as a "thread.message.deleted" object
    When I list the messages of the thread "Conversation"
    Then the list shows "Goodbye"
    When I try to retrieve the message "Hello" of the thread "Conversation"
    Then the request is refused as not found, naming the message "Hello"

  # Source: an unknown id is a 404 invalid_request_error naming it (reference §5.5, from the [G] issue threads; [G] azure-sdk-for-net#47121 quotes Azure's own 404 invalid_request_error for an id it does not know (reference §5.4)).
  @azure-documented
  Scenario Outline: A message that does not exist is not found
    When I try to <action> the message with the id "msg_conformanceDoesNotExist0" of the thread "Conversation"
    Then the request is refused as not found, naming "msg_conformanceDoesNotExist0"

    @op:getMessage
    Examples: retrieving
      | action   |
      | retrieve |

    @op:modifyMessage
    Examples: modifying
      | action |
      | modify |

    @op:deleteMessage
    Examples: deleting
      | action |
      | delete |
