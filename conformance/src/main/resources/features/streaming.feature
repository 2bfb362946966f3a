Feature: Streaming
  With "stream": true, creating a run, creating a thread and run, and submitting tool outputs answer
  with server-sent events: the run's life as it happens, in a documented order, ending with "done".
  Every event is checked against the contract as it arrives.

  Background:
    Given an assistant "Helper" with the instructions "You are a helpful assistant. Answer in one short sentence."
    And an assistant "Weather Bot" with the function "get_weather"
    And a thread "Conversation"

  # Source: reference §2.8: the event names and payloads ([A] assistantStreamEvent, [C-src] events.tsp, [D]), the typical order of a streamed thread and run ([E] example), and "done" whose data is "[DONE]".
  @azure-documented @op:createThreadAndRun
  Scenario: A streamed thread and run sends its events in the documented order
    When I stream a new thread "Quick" saying "Say hello" and its run "Greeting" with the assistant "Helper"
    Then the stream sent, in this order:
      | thread.created              |
      | thread.run.created          |
      | thread.run.queued           |
      | thread.run.in_progress      |
      | thread.run.step.created     |
      | thread.run.step.in_progress |
      | thread.message.created      |
      | thread.message.in_progress  |
      | thread.message.delta        |
      | thread.message.completed    |
      | thread.run.step.completed   |
      | thread.run.completed        |
      | done                        |
    And the stream ended with "done" and the data "[DONE]"
    And every event of the stream is about the run "Greeting" of the thread "Quick"

  # Source: reference §2.8 (thread.created only from create thread and run, per the event table of [A], [C-src] events.tsp and [D] AssistantStreamEvent; the order of the run's events, from the [E] example).
  @azure-documented @op:createRun
  Scenario: A streamed run sends its events in the documented order
    Given the user said "Say hello" in the thread "Conversation"
    When I stream the run "Greeting" of the assistant "Helper" on the thread "Conversation"
    Then the stream sent, in this order:
      | thread.run.created          |
      | thread.run.queued           |
      | thread.run.in_progress      |
      | thread.run.step.created     |
      | thread.run.step.in_progress |
      | thread.message.created      |
      | thread.message.in_progress  |
      | thread.message.delta        |
      | thread.message.completed    |
      | thread.run.step.completed   |
      | thread.run.completed        |
      | done                        |
    And every event of the stream is about the run "Greeting" of the thread "Conversation"

  # Source: [A] messageDeltaObject (the fields of a message that changed while streaming: content parts by index) (reference §2.8).
  @azure-documented @op:createRun @op:getMessage
  Scenario: The deltas of a streamed message add up to the message
    Given the user said "Say hello" in the thread "Conversation"
    When I stream the run "Greeting" of the assistant "Helper" on the thread "Conversation"
    And I retrieve the message the stream completed
    Then the message belongs to the thread "Conversation" and is from the assistant
    And the deltas of the streamed message add up to it

  # Source: [A] runStepDeltaObject (tool calls by index: id, type, function name and arguments) (reference §2.8, §3.13).
  @azure-documented @op:createRun @op:getRunStep
  Scenario: The deltas of a streamed function call rebuild its step
    Given the user said "What is the weather in Paris?" in the thread "Conversation"
    When I stream the run "Weather" of the assistant "Weather Bot" on the thread "Conversation", forcing the function "get_weather"
    And I retrieve the tool calls step the stream created
    Then the deltas of the streamed step rebuild its tool calls

  # Source: reference §2.8 (a tool calls step, its deltas and its end come before the message; [A] runStepDeltaObject: the code interpreter's input and outputs by index, §3.13); the walkthrough seed (the code interpreter draws the sine wave).
  @azure-documented @model @op:createRun @op:getRunStep
  Scenario: A streamed code interpreter run sends its step and the step's deltas before the message
    Given an assistant "Data Visualization" with the code interpreter and the instructions "You are a helpful AI assistant who makes interesting visualizations based on data."
    And the user said "Create a visualization of a sinewave" in the thread "Conversation"
    When I stream the run "Sine wave" of the assistant "Data Visualization" on the thread "Conversation"
    Then the stream sent, in this order:
      | thread.run.created          |
      | thread.run.queued           |
      | thread.run.in_progress      |
      | thread.run.step.created     |
      | thread.run.step.in_progress |
      | thread.run.step.delta       |
      | thread.run.step.completed   |
      | thread.run.step.created     |
      | thread.run.step.in_progress |
      | thread.message.created      |
      | thread.message.in_progress  |
      | thread.message.delta        |
      | thread.message.completed    |
      | thread.run.step.completed   |
      | thread.run.completed        |
      | done                        |
    When I retrieve the tool calls step the stream created
    Then the deltas of the streamed step rebuild its tool calls

  # Source: reference §2.8 (thread.run.requires_action; "stream" on submit tool outputs); the seed's run status table (a run goes back to queued once its outputs are submitted).
  @azure-documented @op:createRun @op:submitToolOutputsToRun @op:getRun
  Scenario: A streamed run stops at requires_action, and submitting the outputs streams the rest
    Given the user said "What is the weather in Paris?" in the thread "Conversation"
    When I stream the run "Weather" of the assistant "Weather Bot" on the thread "Conversation", forcing the function "get_weather"
    Then the stream sent, in this order:
      | thread.run.created          |
      | thread.run.queued           |
      | thread.run.in_progress      |
      | thread.run.step.created     |
      | thread.run.step.in_progress |
      | thread.run.step.delta       |
      | thread.run.requires_action  |
      | done                        |
    When I retrieve the run "Weather"
    Then the run waits for the output of a call of the function "get_weather"
    When I submit the output "Sunny, 22 degrees" for the calls of the run "Weather" and stream the rest
    Then the stream sent, among others and in this order:
      | thread.run.queued         |
      | thread.run.in_progress    |
      | thread.message.created    |
      | thread.message.delta      |
      | thread.message.completed  |
      | thread.run.completed      |
      | done                      |
    And every event of the stream is about the run "Weather" of the thread "Conversation"

  # Source: the walkthrough seed ("When a Run is in_progress or in other nonterminal states the thread is locked"); the message of openai-python#1023 (reference §5.5); a streamed run ends its stream at requires_action (reference §2.8).
  @azure-documented @op:createRun @op:createMessage
  Scenario: After a streamed run stops for tool outputs, its thread stays locked
    Given the user said "What is the weather in Paris?" in the thread "Conversation"
    When I stream the run "Weather" of the assistant "Weather Bot" on the thread "Conversation", forcing the function "get_weather"
    And I try to add a message saying "Never mind" to the thread "Conversation"
    Then the message is refused because the run "Weather" is active on the thread "Conversation"

  # Scripted through the control plane, which holds the run in progress while its stream is open.
  @emulator @op:createRun @op:createMessage
  Scenario: The thread stays locked while a streamed run is in progress
    Given the user said "Say hello" in the thread "Conversation"
    And the next run on the thread "Conversation" is scripted to stay in progress for 2 seconds
    When I start streaming the run "Greeting" of the assistant "Helper" on the thread "Conversation" and read until it is in progress
    And I try to add a message saying "Never mind" to the thread "Conversation"
    Then the message is refused because the run "Greeting" is active on the thread "Conversation"
    When I read the rest of the stream
    Then the stream ended with "done" and the data "[DONE]"

  # A fault injected through the control plane breaks the stream; reference §2.8: "error" carries the error object and ends the stream.
  @emulator @op:createRun @op:getRun
  Scenario: A stream broken by a fault ends with an error event
    Given the user said "Say hello" in the thread "Conversation"
    And the next stream of a run on the thread "Conversation" breaks with an error after 3 events
    When I stream the run "Greeting" of the assistant "Helper" on the thread "Conversation"
    Then the stream sent, in this order:
      | thread.run.created     |
      | thread.run.queued      |
      | thread.run.in_progress |
      | error                  |
    And the stream ended with an error event that says what went wrong
    When I wait for the run "Greeting" to stop working
    Then the run's status is "completed"
