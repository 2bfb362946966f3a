Feature: Test only: scenarios the target may not be able to run

  # Not shipped: it checks that scenarios needing the emulator's control plane are skipped elsewhere.
  @emulator @op:listAssistants
  Scenario: A scenario that needs the emulator's control plane
    When I list assistants
    Then the list is a "list" object

  # Not shipped: a plain scenario next to it, which runs everywhere.
  @azure-documented @op:listAssistants
  Scenario: A scenario that runs everywhere
    When I list assistants
    Then the list is a "list" object
