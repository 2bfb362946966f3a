Feature: Runs
  A run is an assistant working on a thread: it is created queued, works through its steps and
  ends, leaving its answer in the thread. Runs can be listed a page at a time, retrieved and given
  metadata, and a thread can be created together with its first run.

  Background:
    Given an assistant "Helper" with the instructions "You are a helpful assistant. Answer in one short sentence."
    And a thread "Conversation"

  # Source: the walkthrough seed ("Run thread"; the run status table: "When Runs are first created … they are moved to a queued status"); [A] runObject; [A-ex] create_run.json (reference §3.10).
  @azure-documented @op:createRun
  Scenario: Creating a run answers it queued, with the assistant's configuration
    Given the user said "Say hello" in the thread "Conversation"
    When I start the run "Greeting" of the assistant "Helper" on the thread "Conversation"
    Then it is a "thread.run" object
    And its id looks like "run_" followed by 24 letters or digits
    And it was created during this scenario
    And the run belongs to the thread "Conversation" and the assistant "Helper"
    And the run's status is "queued"
    And the run uses the deployment under test with the instructions and tools of the assistant "Helper"
    And the run has not started, ended or failed yet
    And the run expires after it was created
    And it has no metadata

  # Source: the walkthrough seed ("Retrieve thread status" and its polling loop; completed: "The Run successfully completed!"); [A] runObject started_at, completed_at, usage ("null until the run is in a terminal state") (reference §3.10).
  @azure-documented @op:createRun @op:getRun
  Scenario: A run works through to completed and reports its token usage
    Given the user said "Say hello" in the thread "Conversation"
    When I start the run "Greeting" of the assistant "Helper" on the thread "Conversation"
    And I wait for the run "Greeting" to stop working
    Then it is the run "Greeting" as it was created
    And the run started and completed during this scenario, without error
    And the run reports its token usage

  # Source: the walkthrough seed ("List thread messages post run": the assistant's message names its assistant_id and run_id); [A] messageObject.
  @azure-documented @op:createRun @op:listMessages
  Scenario: A completed run leaves the assistant's answer in the thread
    Given the run "Greeting" of the assistant "Helper" has answered "Say hello" in the thread "Conversation"
    When I list the messages of the thread "Conversation"
    Then the newest message is the answer of the assistant "Helper" in the run "Greeting"
    And the list includes "Say hello"

  # Source: the walkthrough seed ("You can optionally provide new instructions but these will override the default instructions"); [A] createRunRequest.instructions (reference §3.11).
  @azure-documented @op:createRun
  Scenario: A run can replace the assistant's instructions
    When I start the run "Pirate" of the assistant "Helper" on the thread "Conversation" with the instructions "Talk like a pirate."
    Then the run's instructions are "Talk like a pirate."

  # Source: [A] createRunRequest.additional_instructions ("Appends additional instructions at the end of the instructions for the run") (reference §3.11).
  @azure-documented @op:createRun
  Scenario: A run can add to the assistant's instructions
    When I start the run "Polite" of the assistant "Helper" on the thread "Conversation" with the additional instructions "Be polite."
    Then the run's instructions start with those of the assistant "Helper" and end with "Be polite."

  # Source: [A] createRunRequest.additional_messages ("Adds additional messages to the thread before creating the run") (reference §3.11).
  @azure-documented @op:createRun @op:listMessages
  Scenario: A run can add messages to the thread before it starts
    When I start the run "Greeting" of the assistant "Helper" on the thread "Conversation" adding the message "Say hello"
    And I wait for the run "Greeting" to stop working
    Then the run's status is "completed"
    When I list the messages of the thread "Conversation" in ascending order
    Then the list starts with "Say hello"

  # Source: [A] createRunRequest.metadata; [A] modifyRunRequest (metadata only) (reference §3.11).
  @azure-documented @op:createRun @op:modifyRun @op:getRun
  Scenario: The metadata of a run can be set and changed
    Given the user said "Say hello" in the thread "Conversation"
    When I start the run "Greeting" of the assistant "Helper" on the thread "Conversation" with the metadata "topic" = "greetings"
    Then it has the metadata "topic" = "greetings"
    When I change the metadata of the run "Greeting" to "topic" = "farewells"
    Then it is the run "Greeting" as it was created
    And it has the metadata "topic" = "farewells"
    When I retrieve the run "Greeting"
    Then it has the metadata "topic" = "farewells"

  # Source: [A] modifyRunRequest has only metadata, additionalProperties false (reference §3.11).
  @azure-documented @op:modifyRun
  Scenario: Only the metadata of a run can be changed
    Given the run "Greeting" of the assistant "Helper" has answered "Say hello" in the thread "Conversation"
    When I try to change the instructions of the run "Greeting" to "Talk like a pirate."
    Then the request is rejected as invalid, naming "instructions"

  # Source: [A] Get_Run answers the runObject.
  @azure-documented @op:getRun
  Scenario: A run can be retrieved by its id
    Given the run "Greeting" of the assistant "Helper" has answered "Say hello" in the thread "Conversation"
    When I retrieve the run "Greeting"
    Then it is a "thread.run" object
    And it is the run "Greeting" as it was created
    And the run belongs to the thread "Conversation" and the assistant "Helper"
    And the run's status is "completed"

  # Source: [A] List_Runs: the list envelope, order by created_at (default desc), limit and after (reference §2.4, §3.3).
  @azure-documented @op:listRuns
  Scenario: Runs are listed newest first, a page at a time
    Given the runs "First", "Second" and "Third" of the assistant "Helper" have answered "Say hello" in the thread "Conversation"
    When I list the runs of the thread "Conversation"
    Then the list is a "list" object whose first and last ids are those of its first and last items
    And every item of the list is a "thread.run" object
    And the list shows "Third", "Second" then "First"
    And the list says there are no more
    When I list the runs of the thread "Conversation" with a limit of 2
    Then the list shows "Third" then "Second"
    And the list says there are more
    When I list the runs of the thread "Conversation" with a limit of 2 after "Second"
    Then the list shows "First"
    And the list says there are no more

  # Source: [A] list parameters order=asc and before (reference §3.3).
  @azure-documented @op:listRuns
  Scenario: Runs can be listed oldest first and before a cursor
    Given the runs "First", "Second" and "Third" of the assistant "Helper" have answered "Say hello" in the thread "Conversation"
    When I list the runs of the thread "Conversation" in ascending order
    Then the list shows "First", "Second" then "Third"
    When I list the runs of the thread "Conversation" before "Second"
    Then the list shows "Third"
    And the list says there are no more

  # Source: the list envelope of a thread without runs: [A] and [C] require object, data, first_id, last_id and has_more (reference §3.3).
  @azure-documented @op:listRuns
  Scenario: A thread without runs lists none
    When I list the runs of the thread "Conversation"
    Then the list is empty and says there are no more

  # Source: [A] list parameter limit is 1 to 100; order is asc or desc.
  @azure-documented @op:listRuns
  Scenario Outline: Runs cannot be listed outside the documented parameters
    When I try to list the runs of the thread "Conversation" with the query "<query>"
    Then the request is rejected as invalid, naming "<parameter>"

    Examples:
      | query        | parameter |
      | limit=0      | limit     |
      | limit=101    | limit     |
      | order=oldest | order     |

  # Source: an unknown id is a 404 invalid_request_error naming it (reference §5.5, from the [G] issue threads; [G] azure-sdk-for-net#47121 quotes Azure's own 404 invalid_request_error for an id it does not know (reference §5.4)).
  @azure-documented
  Scenario Outline: A run that does not exist is not found
    When I try to <action> the run with the id "run_conformanceDoesNotExist00" of the thread "Conversation"
    Then the request is refused as not found, naming "run_conformanceDoesNotExist00"

    @op:getRun
    Examples: retrieving
      | action   |
      | retrieve |

    @op:modifyRun
    Examples: modifying
      | action |
      | modify |

    @op:cancelRun
    Examples: cancelling
      | action |
      | cancel |

    @op:submitToolOutputsToRun
    Examples: submitting tool outputs
      | action                 |
      | submit tool outputs to |

    @op:listRunSteps
    Examples: listing its steps
      | action            |
      | list the steps of |

  # Source: an unknown thread id is a 404 invalid_request_error naming it (reference §5.5, from the [G] issue threads; [G] azure-sdk-for-net#47121 quotes Azure's own 404 invalid_request_error for an id it does not know (reference §5.4)).
  @azure-documented @op:createRun
  Scenario: A run cannot be started on a thread that does not exist
    When I try to start a run of the assistant "Helper" on the thread with the id "thread_conformanceDoesNotExist"
    Then the request is refused as not found, naming "thread_conformanceDoesNotExist"

  # Source: an unknown assistant id is a 404 invalid_request_error "No assistant found with id '…'." (reference §5.5, which gives OpenAI's wording from the [G] issue threads; [G] azure-sdk-for-net#47121 quotes Azure's own 404 invalid_request_error for an id it does not know (reference §5.4)).
  @azure-documented @op:createRun
  Scenario: A run cannot be started with an assistant that does not exist
    When I try to start a run of the assistant with the id "asst_conformanceDoesNotExist0" on the thread "Conversation"
    Then the request is refused as not found, naming "asst_conformanceDoesNotExist0"

  # Source: [A] createRunRequest requires assistant_id (reference §3.11).
  @azure-documented @op:createRun
  Scenario: A run cannot be started without an assistant
    When I try to start a run on the thread "Conversation" without an assistant
    Then the request is rejected as invalid, naming "assistant_id"

  # Source: [A] createRunRequest: temperature 0–2, top_p 0–1, max_prompt_tokens and max_completion_tokens at least 256 (reference §3.11, §4).
  @azure-documented @op:createRun
  Scenario Outline: A run is refused outside the documented limits
    When I try to start a run of the assistant "Helper" on the thread "Conversation" with <field> set to <value>
    Then the request is rejected as invalid, naming "<field>"

    Examples:
      | field                 | value |
      | temperature           | 2.5   |
      | top_p                 | 1.5   |
      | max_prompt_tokens     | 255   |
      | max_completion_tokens | 255   |

  # Source: [A] createRunRequest.tools: at most 20 (reference §4).
  @azure-documented @op:createRun
  Scenario: A run takes at most 20 tools
    When I try to start a run of the assistant "Helper" on the thread "Conversation" with 21 function tools
    Then the request is rejected as invalid, naming "tools"

  # Source: [A] Create_Thread_And_Run: createThreadAndRunRequest.thread is a createThreadRequest, the answer a runObject (reference §2.4, §3.11); [A-ex] create_thread_and_run.json.
  @azure-documented @op:createThreadAndRun @op:getThread @op:listMessages
  Scenario: A thread and its run can be created at once
    When I create a thread "Quick" saying "Say hello" and run it as "Greeting" with the assistant "Helper"
    Then it is a "thread.run" object
    And its id looks like "run_" followed by 24 letters or digits
    And the run's status is "queued"
    When I retrieve the thread "Quick"
    Then it is a "thread" object
    And its id looks like "thread_" followed by 24 letters or digits
    When I wait for the run "Greeting" to stop working
    Then the run belongs to the thread "Quick" and the assistant "Helper"
    And the run started and completed during this scenario, without error
    When I list the messages of the thread "Quick"
    Then the newest message is the answer of the assistant "Helper" in the run "Greeting"
    And the list includes "Say hello"

  # Source: [A] createThreadAndRunRequest.thread is optional; without it the run gets an empty new thread (reference §3.11).
  @azure-documented @op:createThreadAndRun @op:listRuns
  Scenario: Without a thread, thread and run starts a new one
    When I create a new thread "Fresh" and run it as "Greeting" with the assistant "Helper"
    And I list the runs of the thread "Fresh"
    Then the list shows "Greeting"

  # Source: an unknown assistant id is a 404 invalid_request_error "No assistant found with id '…'." (reference §5.5, which gives OpenAI's wording from the [G] issue threads; [G] azure-sdk-for-net#47121 quotes Azure's own 404 invalid_request_error for an id it does not know (reference §5.4)).
  @azure-documented @op:createThreadAndRun
  Scenario: A thread and run cannot be created with an assistant that does not exist
    When I try to create a thread saying "Say hello" and run it with the assistant with the id "asst_conformanceDoesNotExist0"
    Then the request is refused as not found, naming "asst_conformanceDoesNotExist0"
