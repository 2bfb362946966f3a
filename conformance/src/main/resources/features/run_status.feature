Feature: Run status
  A run goes through the statuses of the walkthrough's "Run status definitions": queued,
  in_progress, requires_action, completed, cancelling, cancelled, expired and failed, and, as
  Azure's docs add, incomplete. While a run is active its thread is locked.

  Background:
    Given an assistant "Weather Bot" with the function "get_weather"
    And a thread "Conversation"
    And the user said "What is the weather in Paris?" in the thread "Conversation"

  # Source: the seed's run status table (requires_action: "the Run will move to a required_action state once the model determines the names and arguments of the functions to be called"); [A] runObject.required_action and runToolCallObject; a tool_choice naming a function forces it (reference §3.7, §3.10).
  @azure-documented @op:createRun @op:getRun
  Scenario: A run that calls a function waits for its output
    When I start the run "Weather" of the assistant "Weather Bot" on the thread "Conversation", forcing the function "get_weather"
    And I wait for the run "Weather" to stop working
    Then the run's status is "requires_action"
    And the run waits for the output of a call of the function "get_weather"
    And the run started during this scenario

  # Source: the seed's run status table ("You must then run those functions and submit the outputs before the run proceeds"; queued "when you complete the required_action"); [A] Submit_Tool_Outputs_To_Run; [A] runStepObject function.output (reference §3.11, §3.13).
  @azure-documented @op:submitToolOutputsToRun @op:getRun @op:listRunSteps
  Scenario: Submitting the function's output lets the run complete
    Given the run "Weather" of the assistant "Weather Bot" on the thread "Conversation", forced to call "get_weather", waits for its output
    When I submit the output "Sunny, 22 degrees" for the calls of the run "Weather"
    Then it is the run "Weather" as it was created
    And the run's status is "queued"
    And the run no longer requires action
    When I wait for the run "Weather" to stop working
    Then the run started and completed during this scenario, without error
    When I list the steps of the run "Weather"
    Then the list shows "message_creation" then "tool_calls"
    And the function call step is "completed" and calls "get_weather" with the output "Sunny, 22 degrees"

  # Source: the walkthrough seed ("When a Run is in_progress or in other nonterminal states the thread is locked. When a thread is locked new messages can't be added"); the message of openai-python#1023 (reference §5.5).
  @azure-documented @op:createRun @op:createMessage
  Scenario: While a run waits for tool outputs, its thread takes no messages
    Given the run "Weather" of the assistant "Weather Bot" on the thread "Conversation", forced to call "get_weather", waits for its output
    When I try to add a message saying "Never mind" to the thread "Conversation"
    Then the message is refused because the run "Weather" is active on the thread "Conversation"

  # Source: the walkthrough seed ("When a thread is locked … new runs can't be created"); the message of TripSit/TripBot#939 (reference §5.5).
  @azure-documented @op:createRun
  Scenario: While a run waits for tool outputs, its thread starts no other run
    Given the run "Weather" of the assistant "Weather Bot" on the thread "Conversation", forced to call "get_weather", waits for its output
    When I try to start the run "Second" of the assistant "Weather Bot" on the thread "Conversation"
    Then the run is refused because the run "Weather" is already active on the thread "Conversation"

  # Source: [A] submitToolOutputsRunRequest (the outputs of the calls in required_action; "All outputs must be submitted in a single request"); the seed ("You must then run those functions and submit the outputs before the run proceeds") (reference §3.11).
  @azure-documented @op:submitToolOutputsToRun @op:getRun
  Scenario: Outputs for a call the run did not make are refused
    Given the run "Weather" of the assistant "Weather Bot" on the thread "Conversation", forced to call "get_weather", waits for its output
    When I try to submit the output "Sunny" for the call "call_conformanceDoesNotExist" of the run "Weather"
    Then the request is rejected as invalid
    When I retrieve the run "Weather"
    Then the run waits for the output of a call of the function "get_weather"

  # Source: [A] submitToolOutputsRunRequest ("All outputs must be submitted in a single request"); the seed ("You must then run those functions and submit the outputs before the run proceeds") (reference §3.11).
  @azure-documented @op:submitToolOutputsToRun @op:getRun
  Scenario: A run does not go on without the output of its call
    Given the run "Weather" of the assistant "Weather Bot" on the thread "Conversation", forced to call "get_weather", waits for its output
    When I try to submit no tool outputs to the run "Weather"
    Then the request is rejected as invalid
    When I retrieve the run "Weather"
    Then the run waits for the output of a call of the function "get_weather"

  # Source: the seed's run status table (outputs are submitted for a run in requires_action); an invalid request is a 400 invalid_request_error (reference §5.5; [G] azure-sdk-for-net#44039 quotes Azure's own 400 invalid_request_error, reference §5.4).
  @azure-documented @op:submitToolOutputsToRun
  Scenario: A run that does not wait for outputs takes none
    Given the run "Chat" of the assistant "Weather Bot" on the thread "Conversation", using no tools, has completed
    When I try to submit the output "Sunny" for the call "call_conformanceDoesNotExist" of the run "Chat"
    Then the request is rejected as invalid

  # Source: the seed's run status table (cancelling: "Once the attempt to cancel succeeds, status of the Run moves to canceled"; cancelled); [A] Cancel_Run answers the runObject (reference §3.11).
  @azure-documented @op:cancelRun @op:getRun @op:createMessage
  Scenario: A run waiting for tool outputs can be cancelled, which unlocks its thread
    Given the run "Weather" of the assistant "Weather Bot" on the thread "Conversation", forced to call "get_weather", waits for its output
    When I cancel the run "Weather"
    Then it is the run "Weather" as it was created
    And the run's status is "cancelling"
    When I wait for the run "Weather" to stop working
    Then the run was cancelled during this scenario
    When the user says "Never mind" in the thread "Conversation"
    Then the message belongs to the thread "Conversation" and is from the user

  # Source: the seed's run status table ("You can attempt to cancel an in_progress run"; completed is where a run ends); an invalid request is a 400 invalid_request_error (reference §5.5; [G] azure-sdk-for-net#44039 quotes Azure's own 400 invalid_request_error, reference §5.4).
  @azure-documented @op:cancelRun @op:getRun
  Scenario: A run that has ended cannot be cancelled
    Given the run "Chat" of the assistant "Weather Bot" on the thread "Conversation", using no tools, has completed
    When I try to cancel the run "Chat"
    Then the request is rejected as invalid
    When I retrieve the run "Chat"
    Then the run's status is "completed"

  # Source: the seed's run status table (requires_action: "If the outputs are not provided before the expires_at timestamp passes (roughly 10-mins past creation), the run will move to an expired status"); [A] runStepObject status expired (reference §3.13). Slow against Azure: it waits for the run's own expires_at.
  @azure-documented @slow @op:createRun @op:getRun @op:listRunSteps @op:createMessage
  Scenario: A run whose outputs never come expires at its expiry time
    Given the run "Weather" of the assistant "Weather Bot" on the thread "Conversation", forced to call "get_weather", waits for its output
    When I wait until the expiry time of the run "Weather" has passed
    Then the run's status is "expired"
    When I list the steps of the run "Weather"
    Then the function call step is "expired" and calls "get_weather" without output yet
    When the user says "Never mind" in the thread "Conversation"
    Then the message belongs to the thread "Conversation" and is from the user

  # Source: [F] concepts/assistants.md and [A] createRunRequest.max_completion_tokens (a run that exceeds it ends with status incomplete, incomplete_details saying why) (reference §3.10). It needs a model that writes more than 256 tokens when asked to.
  @azure-documented @model @op:createRun @op:getRun
  Scenario: A run that reaches its completion token budget is incomplete
    Given the user asked in the thread "Conversation" for an answer of more than 256 tokens
    When I start the run "Long" of the assistant "Weather Bot" on the thread "Conversation", using no tools, with at most 256 completion tokens
    And I wait for the run "Long" to stop working
    Then the run is incomplete because of "max_completion_tokens"
    And the run used at most 256 completion tokens

  # Scripted through the control plane; the fields are the seed's (failed: "You can view the reason for the failure by looking at the last_error object in the Run. The timestamp for the failure will be recorded under failed_at").
  @emulator @op:createRun @op:getRun
  Scenario: A failed run says why
    Given the next run on the thread "Conversation" is scripted to fail with "rate_limit_exceeded": "Rate limit reached."
    When I start the run "Weather" of the assistant "Weather Bot" on the thread "Conversation"
    And I wait for the run "Weather" to stop working
    Then the run failed during this scenario with "rate_limit_exceeded": "Rate limit reached."

  # Scripted through the control plane; incomplete_details as [A] runObject describes it (reference §3.10).
  @emulator @op:createRun @op:getRun
  Scenario: A run stopped by its prompt budget is incomplete and says why
    Given the next run on the thread "Conversation" is scripted to end incomplete because of "max_prompt_tokens"
    When I start the run "Weather" of the assistant "Weather Bot" on the thread "Conversation"
    And I wait for the run "Weather" to stop working
    Then the run is incomplete because of "max_prompt_tokens"

  # Scripted through the control plane, which holds the run in progress so that its in_progress status and the thread lock can be seen (the seed's run status table).
  @emulator @op:createRun @op:getRun @op:createMessage @op:cancelRun
  Scenario: A run in progress locks its thread until it is cancelled
    Given the next run on the thread "Conversation" is scripted to stay in progress for 2 seconds
    When I start the run "Weather" of the assistant "Weather Bot" on the thread "Conversation"
    And I wait for the run "Weather" to be in progress
    Then the run started during this scenario
    When I try to add a message saying "Never mind" to the thread "Conversation"
    Then the message is refused because the run "Weather" is active on the thread "Conversation"
    When I cancel the run "Weather"
    Then the run's status is "cancelling"
    When I wait for the run "Weather" to stop working
    Then the run was cancelled during this scenario

  # Scripted through the control plane, which holds the run queued (the seed's run status table: queued, then cancelling and cancelled).
  @emulator @op:createRun @op:cancelRun @op:getRun
  Scenario: A queued run can be cancelled before it starts
    Given the next run on the thread "Conversation" is scripted to stay queued for 2 seconds
    When I start the run "Weather" of the assistant "Weather Bot" on the thread "Conversation"
    And I cancel the run "Weather"
    Then the run's status is "cancelling"
    When I wait for the run "Weather" to stop working
    Then the run was cancelled during this scenario
    And the run never started
