Feature: File batches of a vector store
  Several uploaded files are attached to a vector store in one batch; the batch counts them by
  status and lists them (optionally by status).

  Background:
    Given a vector store "Handbook"
    And files "leave.txt" and "travel.txt" uploaded for assistants

  # Source: [A] vectorStoreFileBatchObject {id, object: vector_store.files_batch, created_at, vector_store_id, status, file_counts} (spec README item 29).
  @azure-documented @op:createVectorStoreFileBatch
  Scenario: Attaching files in a batch answers the batch
    When I attach the files "leave.txt" and "travel.txt" to the vector store "Handbook" in a batch
    Then it is a "vector_store.files_batch" object
    And its id looks like "vsfb_" followed by letters or digits
    And it was created during this scenario
    And the batch belongs to the vector store "Handbook" and counts 2 files in all

  # Source: [A] Get_Vector_Store_File_Batch answers the batch; file_counts (reference §3.17).
  @azure-documented @op:getVectorStoreFileBatch
  Scenario: A batch can be retrieved until its files are processed
    Given the files "leave.txt" and "travel.txt" are attached to the vector store "Handbook" in a batch
    When I retrieve the batch of the vector store "Handbook"
    Then it is a "vector_store.files_batch" object
    And it is the batch of the vector store "Handbook" as it was created
    And once processed, the batch is "completed" and counts 2 completed files

  # Source: [A] List_Vector_Store_File_Batch_Files lists the batch's files, with the filter parameter.
  @azure-documented @op:listFilesInVectorStoreBatch @op:createVectorStoreFile
  Scenario: A batch lists only its own files
    Given a file "other.txt" uploaded for assistants with the text "Not part of the batch."
    And the file "other.txt" is attached to the vector store "Handbook"
    And the files "leave.txt" and "travel.txt" are attached to the vector store "Handbook" in a batch
    When I list the files of the batch of the vector store "Handbook"
    Then the list is a "list" object whose first and last ids are those of its first and last items
    And every item of the list is a "vector_store.file" object
    And the list holds exactly "leave.txt" and "travel.txt"

  # Source: [A] List_Vector_Store_File_Batch_Files: filter and limit.
  @azure-documented @op:listFilesInVectorStoreBatch
  Scenario: The files of a batch are listed by status, a page at a time
    Given the files "leave.txt" and "travel.txt" are attached to the vector store "Handbook" in a batch
    And once processed, the batch is "completed" and counts 2 completed files
    When I list the files of the batch of the vector store "Handbook" with the status "completed"
    Then the list holds exactly "leave.txt" and "travel.txt"
    When I list the files of the batch of the vector store "Handbook" with a limit of 1
    Then the list has 1 item
    And the list says there are more
    When I list the files of the batch of the vector store "Handbook" with the status "failed"
    Then the list is empty and says there are no more

  # Source: [A] createVectorStoreFileBatchRequest.file_ids: 1 to 500 ids (reference §4).
  @azure-documented @op:createVectorStoreFileBatch
  Scenario: A batch has at least one file
    When I try to attach an empty batch of files to the vector store "Handbook"
    Then the request is rejected as invalid, naming "file_ids"

  # Source: an unknown id is a 404 invalid_request_error naming it (reference §5.5, from the [G] issue threads; [G] azure-sdk-for-net#47121 quotes Azure's own 404 invalid_request_error for an id it does not know (reference §5.4)).
  @azure-documented
  Scenario Outline: A batch that does not exist is not found
    When I try to <action> the batch with the id "vsfb_conformanceDoesNotExist" of the vector store "Handbook"
    Then the request is refused as not found, naming "vsfb_conformanceDoesNotExist"

    @op:getVectorStoreFileBatch
    Examples: retrieving
      | action   |
      | retrieve |

    @op:cancelVectorStoreFileBatch
    Examples: cancelling
      | action |
      | cancel |

    @op:listFilesInVectorStoreBatch
    Examples: listing its files
      | action              |
      | list the files of   |
