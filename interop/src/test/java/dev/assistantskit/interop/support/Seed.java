package dev.assistantskit.interop.support;

/** The seed walkthrough's assistant ("Getting started with Azure OpenAI Assistants"). */
public final class Seed {
  public static final String MODEL = "gpt-4-1106-preview";
  public static final String NAME = "Data Visualization";
  public static final String INSTRUCTIONS =
      "You are a helpful AI assistant who makes interesting visualizations based on data. You have"
          + " access to a sandboxed environment for writing and testing code. When you are asked to"
          + " create a visualization you should follow these steps: 1. Write the code. 2. Anytime"
          + " you write new code display a preview of the code to show your work. 3. Run the code"
          + " to confirm that it runs. 4. If the code is successful display the visualization. 5."
          + " If the code is unsuccessful display the error message and try to debug the code and"
          + " attempt to run it again.";

  private Seed() {}
}
