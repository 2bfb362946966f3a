Feature: Test only: a scenario that fails while its run is active

  # Not shipped: it checks that the clean-up stops a run before it deletes the run's thread.
  @azure-documented @op:createRun
  Scenario: A scenario that fails while its run waits for tool outputs
    Given an assistant "Weather Bot" with the function "get_weather"
    And a thread "Conversation"
    And the user said "What is the weather in Paris?" in the thread "Conversation"
    And the run "Weather" of the assistant "Weather Bot" on the thread "Conversation", forced to call "get_weather", waits for its output
    When I retrieve the run "Weather"
    Then the run's status is "completed"
