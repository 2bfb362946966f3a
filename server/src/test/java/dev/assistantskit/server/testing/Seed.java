package dev.assistantskit.server.testing;

import dev.assistantskit.client.model.CreateAssistantRequest;
import java.util.List;

/** The walkthrough's own values. */
public final class Seed {
  private Seed() {}

  /** The instructions the walkthrough gives its assistant, as Azure joined them. */
  public static final String INSTRUCTIONS =
      "You are a helpful AI assistant who makes interesting visualizations based on data."
          + "You have access to a sandboxed environment for writing and testing code."
          + "When you are asked to create a visualization you should follow these steps:"
          + "1. Write the code."
          + "2. Anytime you write new code display a preview of the code to show your work."
          + "3. Run the code to confirm that it runs."
          + "4. If the code is successful display the visualization."
          + "5. If the code is unsuccessful display the error message and try to revise the code"
          + " and rerun going through the steps from above again.";

  /** The walkthrough's "Data Visualization" assistant. */
  public static CreateAssistantRequest dataVisualization() {
    return new CreateAssistantRequest()
        .name("Data Visualization")
        .instructions(INSTRUCTIONS)
        .tools(List.of(Runs.codeInterpreter()))
        .model("gpt-4-1106-preview");
  }
}
