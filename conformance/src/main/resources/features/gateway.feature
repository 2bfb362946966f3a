Feature: The gateway in front of the assistants engine
  Azure's API gateway checks the api-version and the credential before the assistants engine sees a
  request, and answers in its own reduced error shape: {"error": {"code", "message"}}, with no
  type and no param.

  # Source: a missing api-version is answered 404 "Resource not found" (MicrosoftDocs/azure-docs#114602; reference §1.4).
  @azure-documented @op:listAssistants
  Scenario: A request without an api-version is not found
    When I list assistants without an api-version
    Then the request is refused with status 404
    And the gateway's error code is "404" and its message is "Resource not found"

  # Source: an unknown api-version is answered 400 "API version not supported" (hotovo/aider-desk#460; reference §1.4).
  @azure-documented @op:listAssistants
  Scenario: A request with an unsupported api-version is a bad request
    When I list assistants with api-version "2023-01-01-preview"
    Then the request is refused with status 400
    And the gateway's error code is "BadRequest" and its message is "API version not supported"

  # Source: a missing key is answered 401 "Access denied due to invalid subscription key …" (SciSharp/BotSharp#386; reference §5.4).
  @azure-documented @op:listAssistants
  Scenario: A request without a key is refused
    When I list assistants without a key
    Then the request is refused with status 401
    And the gateway's error code is "401" and its message starts with "Access denied"

  # Source: a wrong key is answered 401 "Access denied due to invalid subscription key or wrong API endpoint" (SciSharp/BotSharp#386; reference §5.4).
  @azure-documented @op:createAssistant
  Scenario: A request with a wrong key is refused
    When I create an assistant with the key "not-the-key"
    Then the request is refused with status 401
    And the gateway's error code is "401" and its message starts with "Access denied"

  # Source: [A], [B], [C] declare Authorization: Bearer as an alternative to api-key (reference §1.3). Needs ASSISTANTS_BEARER_TOKEN against a foreign endpoint.
  @azure-documented @needs-bearer-token @op:listAssistants
  Scenario: A bearer token is accepted instead of a key
    When I list assistants with the bearer token
    Then the request is answered with a list
