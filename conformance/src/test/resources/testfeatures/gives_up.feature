Feature: Test only: a scenario a step gives up on

  # Not shipped: it checks that a scenario skipped by a step fails against the embedded emulator.
  @azure-documented @op:listAssistants
  Scenario: A scenario that a step gives up on
    When I list assistants
    And a step gives up because "it could not be bothered"
    Then the list is a "list" object
