@azure-documented
Feature: The gateway in front of the assistants engine
  Azure's API gateway checks the api-version and the key before the assistants engine sees a
  request, and answers in its own reduced error shape: {"error": {"code", "message"}}.

  # Source: a missing api-version is answered 404 "Resource not found" (MicrosoftDocs/azure-docs#114602).
  @op:listAssistants
  Scenario: A request without an api-version is not found
    When I list assistants without an api-version
    Then the request is refused with status 404
    And the error code is "404" and the message is "Resource not found"

  # Source: an unknown api-version is answered 400 "API version not supported" (hotovo/aider-desk#460).
  @op:listAssistants
  Scenario: A request with an unsupported api-version is a bad request
    When I list assistants with api-version "2023-01-01-preview"
    Then the request is refused with status 400
    And the error code is "BadRequest" and the message is "API version not supported"

  # Source: a missing key is answered 401 "Access denied due to invalid subscription key" (SciSharp/BotSharp#386).
  @op:listAssistants
  Scenario: A request without a key is refused
    When I list assistants without a key
    Then the request is refused with status 401
    And the error code is "401" and the message starts with "Access denied"

  # Source: the key may be sent as a bearer token instead of the api-key header (Azure's spec files, both schemes).
  @op:listAssistants
  Scenario: The key is accepted as a bearer token
    When I list assistants with the key as a bearer token
    Then the request is not refused by the gateway
