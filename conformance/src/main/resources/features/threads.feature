Feature: Threads
  A thread is a conversation: it holds messages and may carry tool resources and metadata. It can be
  created (empty or with messages), retrieved, changed and deleted.

  # Source: the walkthrough seed ("Create a thread": client.beta.threads.create() with no arguments); [A] threadObject.
  @azure-documented @op:createThread
  Scenario: Creating a thread without arguments answers an empty thread
    When I create a thread without arguments
    Then it is a "thread" object
    And its id looks like "thread_" followed by 24 letters or digits
    And it was created during this scenario
    And it has no metadata

  # Source: [A] createThreadRequest.messages ("a list of messages to start the thread with").
  @azure-documented @op:createThread @op:listMessages
  Scenario: A thread can start with messages
    When I create a thread "Conversation" starting with the messages "Hello" and "Can you help me with algebra?"
    And I list the messages of the thread "Conversation" in ascending order
    Then the list shows "Hello" then "Can you help me with algebra?"
    And every message of the list is from the user and belongs to the thread "Conversation"

  # Source: [A] Get_Thread answers the threadObject.
  @azure-documented @op:getThread
  Scenario: A thread can be retrieved by its id
    Given a thread "Conversation" with the metadata "topic" = "algebra"
    When I retrieve the thread "Conversation"
    Then it is a "thread" object
    And it is the thread "Conversation" as it was created
    And it has the metadata "topic" = "algebra"

  # Source: [A] modifyThreadRequest.metadata.
  @azure-documented @op:modifyThread @op:getThread
  Scenario: The metadata of a thread can be changed
    Given a thread "Conversation" with the metadata "topic" = "algebra"
    When I change the metadata of the thread "Conversation" to "topic" = "geometry"
    Then it is the thread "Conversation" as it was created
    And it has the metadata "topic" = "geometry"
    When I retrieve the thread "Conversation"
    Then it has the metadata "topic" = "geometry"

  # Source: [A] Delete_Thread answers deleteThreadResponse {id, object: thread.deleted, deleted}; an unknown id is a 404 (reference §5.5).
  @azure-documented @op:deleteThread @op:getThread @op:listMessages
  Scenario: A deleted thread is gone with its messages
    Given a thread "Conversation"
    And the user said "Hello" in the thread "Conversation"
    When I delete the thread "Conversation"
    Then the deletion of the thread "Conversation" is confirmed as a "thread.deleted" object
    When I try to retrieve the thread "Conversation"
    Then the request is refused as not found, naming the thread "Conversation"
    When I try to list the messages of the thread "Conversation"
    Then the request is refused as not found, naming the thread "Conversation"

  # Source: an unknown id is a 404 invalid_request_error naming it (reference §5.5, from the [G] issue threads; [G] azure-sdk-for-net#47121 quotes Azure's own 404 invalid_request_error for an id it does not know (reference §5.4)).
  @azure-documented
  Scenario Outline: A thread that does not exist is not found
    When I try to <action> the thread with the id "thread_conformanceDoesNotExist"
    Then the request is refused as not found, naming "thread_conformanceDoesNotExist"

    @op:getThread
    Examples: retrieving
      | action   |
      | retrieve |

    @op:modifyThread
    Examples: modifying
      | action |
      | modify |

    @op:deleteThread
    Examples: deleting
      | action |
      | delete |

  # Source: [A] createThreadRequest.tool_resources.file_search.vector_stores (the helper that creates a vector store); [F] file-search.md.
  @azure-documented @op:createThread @op:uploadFile @op:getVectorStore
  Scenario: A thread can create its own vector store from files
    Given a file "handbook.txt" uploaded for assistants with the text "Employees get 30 days of leave."
    When I create a thread "Support" whose file search uses a new vector store with the file "handbook.txt"
    Then the thread "Support" searches exactly one vector store
    When I retrieve the vector store of the thread "Support"
    Then it is a "vector_store" object
    And once its files are processed, the vector store counts 1 completed file

  # Source: [A] createThreadRequest has additionalProperties false; metadata at most 16 pairs (reference §4).
  @azure-documented @op:createThread
  Scenario: A thread's metadata holds at most 16 pairs
    When I try to create a thread with 17 metadata pairs
    Then the request is rejected as invalid, naming "metadata"
