Feature: The sine-wave walkthrough
  Microsoft's getting-started walkthrough for the Assistants API, step for step: an assistant that
  writes code with the code interpreter is asked for a sine wave, answers with a chart (a PNG file
  it made), shows the code it used, and draws the chart again in dark mode. What the walkthrough
  shows of the API's shapes is checked everywhere; what depends on the model's answer is @model.

  Background:
    Given an assistant "Data Visualization" with the code interpreter and these instructions:
      """
      You are a helpful AI assistant who makes interesting visualizations based on data.You have access to a sandboxed environment for writing and testing code.When you are asked to create a visualization you should follow these steps:1. Write the code.2. Anytime you write new code display a preview of the code to show your work.3. Run the code to confirm that it runs.4. If the code is successful display the visualization.5. If the code is unsuccessful display the error message and try to revise the code and rerun going through the steps from above again.
      """
    And a thread "Walkthrough"

  # Source: the walkthrough seed ("Add a user question to the thread" and "List thread messages": the list it prints, with first_id, last_id and has_more).
  @azure-documented @op:createMessage @op:listMessages
  Scenario: The question is in the thread before the assistant runs
    When the user says "Create a visualization of a sinewave" in the thread "Walkthrough"
    And I list the messages of the thread "Walkthrough"
    Then the list is a "list" object whose first and last ids are those of its first and last items
    And the list shows "Create a visualization of a sinewave"
    And every message of the list is from the user and belongs to the thread "Walkthrough"
    And the list says there are no more

  # Source: the walkthrough seed ("Run thread", "Retrieve thread status" until "completed", "List thread messages post run": the assistant's answer comes first, with its assistant_id and run_id).
  @azure-documented @op:createRun @op:getRun @op:listMessages
  Scenario: Running the thread answers the question
    Given the user said "Create a visualization of a sinewave" in the thread "Walkthrough"
    When I start the run "Sine wave" of the assistant "Data Visualization" on the thread "Walkthrough"
    Then the run's status is "queued"
    When I wait for the run "Sine wave" to stop working
    Then the run started and completed during this scenario, without error
    When I list the messages of the thread "Walkthrough"
    Then the list is a "list" object whose first and last ids are those of its first and last items
    And the newest message is the answer of the assistant "Data Visualization" in the run "Sine wave"
    And the list includes "Create a visualization of a sinewave"
    And the list says there are no more

  # Source: the walkthrough seed ("Retrieve file ID": data[0].content[0].image_file.file_id, an "assistant-" id; "Download image": client.files.content, saved as sinewave.png).
  @azure-documented @model @op:createRun @op:listMessages @op:getFile @op:downloadFile
  Scenario: The answer shows the sine wave as a PNG image that can be downloaded
    Given the run "Sine wave" of the assistant "Data Visualization" has answered "Create a visualization of a sinewave" in the thread "Walkthrough"
    When I list the messages of the thread "Walkthrough"
    Then the newest message shows an image followed by text
    When I keep the image of the newest message as the file "sinewave.png"
    And I retrieve the file "sinewave.png"
    Then it is a "file" object
    And its id looks like "assistant-" followed by 24 letters or digits
    When I download the content of the file "sinewave.png"
    Then the content is a PNG image

  # Source: the walkthrough seed (the code interpreter writes and runs code to make the visualization); [A] runStepObject tool_calls code_interpreter {input, outputs: logs | image {file_id}} (reference §3.13).
  @azure-documented @model @op:createRun @op:listRunSteps @op:listMessages
  Scenario: The run's steps show the code that drew the image
    Given the run "Sine wave" of the assistant "Data Visualization" has answered "Create a visualization of a sinewave" in the thread "Walkthrough"
    When I list the messages of the thread "Walkthrough"
    And I keep the image of the newest message as the file "sinewave.png"
    And I list the steps of the run "Sine wave"
    Then the list shows "message_creation" then "tool_calls"
    And the code interpreter step ran code whose output is the image "sinewave.png"

  # Source: the walkthrough seed ("Ask a follow-up question on the thread": "Show me the code you used to generate the sinewave", answered with the code in a Python block).
  @azure-documented @model @op:createRun @op:listMessages
  Scenario: Asked for the code, the assistant shows it
    Given the run "Sine wave" of the assistant "Data Visualization" has answered "Create a visualization of a sinewave" in the thread "Walkthrough"
    And the run "Code" of the assistant "Data Visualization" has answered "Show me the code you used to generate the sinewave" in the thread "Walkthrough"
    When I list the messages of the thread "Walkthrough"
    Then the newest message is the answer of the assistant "Data Visualization" in the run "Code"
    And the newest message's text shows Python code
    And the list includes "Show me the code you used to generate the sinewave"

  # Source: the walkthrough seed ("Dark mode": a new image file id, "dark_sine.png").
  @azure-documented @model @op:createRun @op:listMessages @op:downloadFile
  Scenario: Asked for dark mode, the assistant draws a new, different image
    Given the run "Sine wave" of the assistant "Data Visualization" has answered "Create a visualization of a sinewave" in the thread "Walkthrough"
    When I list the messages of the thread "Walkthrough"
    And I keep the image of the newest message as the file "sinewave.png"
    And the run "Dark mode" of the assistant "Data Visualization" has answered "I prefer visualizations in darkmode can you change the colors to make a darkmode version of this visualization." in the thread "Walkthrough"
    And I list the messages of the thread "Walkthrough"
    And I keep the image of the newest message as the file "dark_sine.png"
    Then the files "dark_sine.png" and "sinewave.png" are different files
    When I download the content of the file "dark_sine.png"
    Then the content is a PNG image
    And the content differs from that of the file "sinewave.png"
