Feature: Files of a vector store
  Uploaded files are attached to a vector store one by one, listed (optionally by status),
  described and detached. Detaching leaves the file itself; deleting the file detaches it.

  Background:
    Given a vector store "Handbook"
    And a file "leave.txt" uploaded for assistants with the text "Employees get 30 days of leave."

  # Source: [A] vectorStoreFileObject {id, object: vector_store.file, usage_bytes, created_at, vector_store_id, status, last_error}.
  @azure-documented @op:createVectorStoreFile @op:getVectorStoreFile
  Scenario: Attaching a file to a vector store answers the attachment
    When I attach the file "leave.txt" to the vector store "Handbook"
    Then it is a "vector_store.file" object
    And it is the file "leave.txt" attached to the vector store "Handbook"
    And it was created during this scenario
    And once processed, the file "leave.txt" of the vector store "Handbook" is "completed" without error

  # Source: [A] Get_Vector_Store_File answers the vectorStoreFileObject; file_counts of the store (reference §3.15).
  @azure-documented @op:createVectorStoreFile @op:getVectorStoreFile @op:getVectorStore
  Scenario: An attached file is counted by its vector store
    Given the file "leave.txt" is attached to the vector store "Handbook"
    When I retrieve the file "leave.txt" of the vector store "Handbook"
    Then it is the file "leave.txt" attached to the vector store "Handbook"
    When I retrieve the vector store "Handbook"
    Then once its files are processed, the vector store counts 1 completed file

  # Source: [A] List_Vector_Store_Files: list parameters and filter (in_progress, completed, failed, cancelled).
  @azure-documented @op:listVectorStoreFiles @op:createVectorStoreFile
  Scenario: The files of a vector store are listed by status
    Given the file "leave.txt" is attached to the vector store "Handbook"
    And once processed, the file "leave.txt" of the vector store "Handbook" is "completed" without error
    When I list the files of the vector store "Handbook" with the status "completed"
    Then the list is a "list" object whose first and last ids are those of its first and last items
    And every item of the list is a "vector_store.file" object
    And the list shows "leave.txt"
    When I list the files of the vector store "Handbook" with the status "failed"
    Then the list is empty and says there are no more

  # Source: [A] list parameters limit and after; has_more.
  @azure-documented @op:listVectorStoreFiles @op:createVectorStoreFile
  Scenario: The files of a vector store are listed a page at a time
    Given files "a.txt", "b.txt" and "c.txt" uploaded for assistants and attached to the vector store "Handbook"
    When I list the files of the vector store "Handbook" with a limit of 2
    Then the list has 2 items
    And the list says there are more
    When I list the files of the vector store "Handbook" with a limit of 2 after the last item
    Then the list has 1 item
    And the list says there are no more
    And together the pages hold "a.txt", "b.txt" and "c.txt"

  # Source: [A] listVectorStoreFiles filter enum in_progress | completed | failed | cancelled.
  @azure-documented @op:listVectorStoreFiles
  Scenario: Files cannot be listed by a status that does not exist
    When I try to list the files of the vector store "Handbook" with the query "filter=done"
    Then the request is rejected as invalid, naming "filter"

  # Source: [A] Delete_Vector_Store_File answers {id, object: vector_store.file.deleted, deleted}; it "removes the file from the vector store; the file itself is not deleted" ([A], [F] file-search.md).
  @azure-documented @op:deleteVectorStoreFile @op:listVectorStoreFiles @op:getFile
  Scenario: Detaching a file leaves the file itself
    Given the file "leave.txt" is attached to the vector store "Handbook"
    When I detach the file "leave.txt" from the vector store "Handbook"
    Then the deletion of the file "leave.txt" is confirmed as a "vector_store.file.deleted" object
    When I list the files of the vector store "Handbook"
    Then the list does not include "leave.txt"
    When I retrieve the file "leave.txt"
    Then it is the file "leave.txt" as it was uploaded

  # Source: [F] file-search.md: deleting a file removes it from every vector store.
  @azure-documented @op:deleteFile @op:listVectorStoreFiles
  Scenario: Deleting a file detaches it from its vector stores
    Given the file "leave.txt" is attached to the vector store "Handbook"
    When I delete the file "leave.txt"
    Then within 60 seconds the vector store "Handbook" no longer lists the file "leave.txt"

  # Source: an unknown id is a 404 invalid_request_error naming it (reference §5.5, from the [G] issue threads; [G] azure-sdk-for-net#47121 quotes Azure's own 404 invalid_request_error for an id it does not know (reference §5.4)).
  @azure-documented
  Scenario Outline: A file a vector store does not hold is not found
    When I try to <action> the file with the id "assistant-conformanceNotAttached" of the vector store "Handbook"
    Then the request is refused as not found, naming "assistant-conformanceNotAttached"

    @op:getVectorStoreFile
    Examples: retrieving
      | action   |
      | retrieve |

    @op:deleteVectorStoreFile
    Examples: detaching
      | action |
      | detach |

  # Source: an unknown vector store id is a 404 invalid_request_error naming it (reference §5.5, from the [G] issue threads; [G] azure-sdk-for-net#47121 quotes Azure's own 404 invalid_request_error for an id it does not know (reference §5.4)).
  @azure-documented @op:createVectorStoreFile @op:listVectorStoreFiles
  Scenario: Files cannot be attached to or listed in a vector store that does not exist
    When I try to attach the file "leave.txt" to the vector store with the id "vs_conformanceDoesNotExist"
    Then the request is refused as not found, naming "vs_conformanceDoesNotExist"
    When I try to list the files of the vector store with the id "vs_conformanceDoesNotExist"
    Then the request is refused as not found, naming "vs_conformanceDoesNotExist"

  # Source: [G] azure-sdk-for-net#47121: attaching a file Azure does not know answered 404 invalid_request_error "Files [file-…] were not found" (reference §5.4).
  @azure-documented @op:createVectorStoreFile
  Scenario: A file that does not exist cannot be attached
    When I try to attach the file with the id "assistant-conformanceDoesNotExist" to the vector store "Handbook"
    Then the request is refused as not found, naming "assistant-conformanceDoesNotExist"
