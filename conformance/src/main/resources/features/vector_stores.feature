Feature: Vector stores
  A vector store holds files for file search. It can be created (empty or with files, with an
  expiry), retrieved, renamed, listed and deleted; it counts its files by status.

  # Source: [A] vectorStoreObject (file_counts, usage_bytes, status completed = ready) and [A-ex] retrieve_vector_store.
  @azure-documented @op:createVectorStore
  Scenario: Creating an empty vector store answers it ready and empty
    When I create a vector store "Handbook"
    Then it is a "vector_store" object
    And its id looks like "vs_" followed by letters or digits
    And it was created during this scenario
    And the vector store is named "Handbook" and has the status "completed"
    And the vector store counts no files and uses 0 bytes
    And it has no metadata

  # Source: [A] createVectorStoreRequest.file_ids; file_counts {in_progress, completed, failed, cancelled, total}.
  @azure-documented @op:createVectorStore @op:getVectorStore @op:uploadFile
  Scenario: A vector store created with files counts them
    Given a file "leave.txt" uploaded for assistants with the text "Employees get 30 days of leave."
    And a file "travel.txt" uploaded for assistants with the text "Book trains for trips under 500 km."
    When I create a vector store "Handbook" with the files "leave.txt" and "travel.txt"
    Then the vector store counts 2 files in all
    When I retrieve the vector store "Handbook"
    Then once its files are processed, the vector store counts 2 completed files

  # Source: [A] vectorStoreExpirationAfter {anchor: last_active_at, days 1–365}; expires_at (reference §3.15).
  @azure-documented @op:createVectorStore
  Scenario: A vector store can expire some days after its last use
    When I create a vector store "Scratch" that expires 7 days after its last use
    Then the vector store expires 7 days after its last use
    And its expiry time is 7 days after it was last active

  # Source: [A] vectorStoreExpirationAfter.days: 1 to 365 (reference §4).
  @azure-documented @op:createVectorStore
  Scenario Outline: A vector store expires between 1 and 365 days after its last use
    When I try to create a vector store "Scratch" that expires <days> days after its last use
    Then the request is rejected as invalid, naming "expires_after"

    Examples:
      | days |
      | 0    |
      | 366  |

  # Source: [A] Get_Vector_Store answers the vectorStoreObject.
  @azure-documented @op:getVectorStore
  Scenario: A vector store can be retrieved by its id
    Given a vector store "Handbook"
    When I retrieve the vector store "Handbook"
    Then it is a "vector_store" object
    And it is the vector store "Handbook" as it was created
    And the vector store is named "Handbook" and has the status "completed"

  # Source: [A] updateVectorStoreRequest: name, expires_after, metadata.
  @azure-documented @op:modifyVectorStore
  Scenario: A vector store can be renamed and given metadata
    Given a vector store "Handbook"
    When I rename the vector store "Handbook" to "Employee handbook" and give it the metadata "owner" = "hr"
    Then it is the vector store "Handbook" as it was created
    And the vector store is named "Employee handbook" and has the status "completed"
    And it has the metadata "owner" = "hr"

  # Source: [A] Delete_Vector_Store answers deleteVectorStoreResponse {id, object: vector_store.deleted, deleted}; an unknown id is a 404 (reference §5.5).
  @azure-documented @op:deleteVectorStore @op:getVectorStore
  Scenario: A deleted vector store is gone
    Given a vector store "Handbook"
    When I delete the vector store "Handbook"
    Then the deletion of the vector store "Handbook" is confirmed as a "vector_store.deleted" object
    When I try to retrieve the vector store "Handbook"
    Then the request is refused as not found, naming the vector store "Handbook"

  # Source: [A] List_Vector_Stores; list envelope and parameters limit, order, after (reference §2.6, §3.3).
  @azure-documented @op:listVectorStores
  Scenario: Vector stores are listed newest first, a page at a time
    Given vector stores "First", "Second" and "Third", created in that order
    When I list vector stores with a limit of 2
    Then the list is a "list" object whose first and last ids are those of its first and last items
    And every item of the list is a "vector_store" object
    And the list shows "Third" then "Second"
    And the list says there are more
    When I list vector stores in ascending order after "First"
    Then the list shows "Second" then "Third"
    And the list says there are no more

  # Source: an unknown id is a 404 invalid_request_error naming it (reference §5.5, from the [G] issue threads; [G] azure-sdk-for-net#47121 quotes Azure's own 404 invalid_request_error for an id it does not know (reference §5.4)).
  @azure-documented
  Scenario Outline: A vector store that does not exist is not found
    When I try to <action> the vector store with the id "vs_conformanceDoesNotExist"
    Then the request is refused as not found, naming "vs_conformanceDoesNotExist"

    @op:getVectorStore
    Examples: retrieving
      | action   |
      | retrieve |

    @op:modifyVectorStore
    Examples: modifying
      | action |
      | modify |

    @op:deleteVectorStore
    Examples: deleting
      | action |
      | delete |
