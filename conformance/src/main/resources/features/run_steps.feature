Feature: Run steps
  A run records what it did as steps: creating a message, or calling tools. Its steps can be listed
  a page at a time and retrieved one by one.

  Background:
    Given an assistant "Helper" with the instructions "You are a helpful assistant. Answer in one short sentence."
    And an assistant "Weather Bot" with the function "get_weather"
    And a thread "Conversation"

  # Source: [A] runStepObject and step_details message_creation {message_id}; [A-ex] retrieve_run_step.json; object "thread.run.step" as [C], [E] and every example have it (reference §3.13).
  @azure-documented @op:listRunSteps @op:getRunStep
  Scenario: A run that answers records a message creation step
    Given the run "Greeting" of the assistant "Helper" has answered "Say hello" in the thread "Conversation"
    When I list the steps of the run "Greeting"
    Then the list is a "list" object whose first and last ids are those of its first and last items
    And every item of the list is a "thread.run.step" object
    And the list shows "message_creation"
    When I retrieve the "message_creation" step of the run "Greeting"
    Then it is a "thread.run.step" object
    And its id looks like "step_" followed by 24 letters or digits
    And it was created during this scenario
    And the step belongs to the run "Greeting" of the thread "Conversation" and the assistant "Helper"
    And the step completed during this scenario, without error
    And the step created the newest message of the thread "Conversation"

  # Source: the seed's run status table (requires_action once the model "determines the names and arguments of the functions to be called"); [A] runStepObject tool_calls, function {name, arguments, output (null until submitted)} (reference §3.13).
  @azure-documented @op:createRun @op:listRunSteps
  Scenario: A function call is a tool calls step that waits for its output
    Given the user said "What is the weather in Paris?" in the thread "Conversation"
    And the run "Weather" of the assistant "Weather Bot" on the thread "Conversation", forced to call "get_weather", waits for its output
    When I list the steps of the run "Weather"
    Then the list shows "tool_calls"
    And the function call step is "in_progress" and calls "get_weather" without output yet

  # Source: [A] List_Run_Steps: order by created_at (default desc), limit and after; has_more (reference §2.5, §3.3).
  @azure-documented @op:listRunSteps
  Scenario: Run steps are listed newest first, a page at a time
    Given the user said "What is the weather in Paris?" in the thread "Conversation"
    And the run "Weather" of the assistant "Weather Bot" on the thread "Conversation", forced to call "get_weather", has completed with the output "Sunny"
    When I list the steps of the run "Weather" with a limit of 1
    Then the list shows "message_creation"
    And the list says there are more
    When I list the steps of the run "Weather" with a limit of 1 after the last item
    Then the list shows "tool_calls"
    And the list says there are no more
    When I list the steps of the run "Weather" in ascending order
    Then the list shows "tool_calls" then "message_creation"

  # Source: [A] list parameter limit is 1 to 100; order is asc or desc.
  @azure-documented @op:listRunSteps
  Scenario Outline: Run steps cannot be listed outside the documented parameters
    Given the run "Greeting" of the assistant "Helper" has answered "Say hello" in the thread "Conversation"
    When I try to list the steps of the run "Greeting" with the query "<query>"
    Then the request is rejected as invalid, naming "<parameter>"

    Examples:
      | query        | parameter |
      | limit=0      | limit     |
      | limit=101    | limit     |
      | order=oldest | order     |

  # Source: an unknown id is a 404 invalid_request_error naming it (reference §5.5, from the [G] issue threads; [G] azure-sdk-for-net#47121 quotes Azure's own 404 invalid_request_error for an id it does not know (reference §5.4)).
  @azure-documented @op:getRunStep
  Scenario: A run step that does not exist is not found
    Given the run "Greeting" of the assistant "Helper" has answered "Say hello" in the thread "Conversation"
    When I try to retrieve the step with the id "step_conformanceDoesNotExist0" of the run "Greeting"
    Then the request is refused as not found, naming "step_conformanceDoesNotExist0"
