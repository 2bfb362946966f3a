package dev.assistantskit.server.backend.scripted;

/**
 * The seed conversation the scripted model replays: Microsoft's "Getting started with Azure OpenAI
 * Assistants" walkthrough, in which a code-interpreter assistant plots a sine wave, shows its code
 * and redraws the chart in dark mode. Texts are the walkthrough's own wording.
 */
public final class Walkthrough {

  /** The first user message of the walkthrough. */
  public static final String PLOT_REQUEST = "Create a visualization of a sinewave";

  /** The follow-up asking for the code. */
  public static final String SHOW_CODE_REQUEST =
      "Show me the code you used to generate the sinewave";

  /** The follow-up asking for dark mode. */
  public static final String DARK_MODE_REQUEST =
      "I prefer visualizations in darkmode can you change the colors to make a darkmode version of"
          + " this visualization.";

  /**
   * The Python the code interpreter ran for the light chart, exactly as the assistant quoted it.
   */
  public static final String SINE_WAVE_CODE =
      String.join(
          "\n",
          "import numpy as np",
          "import matplotlib.pyplot as plt",
          "",
          "# Generating data for the sinewave",
          "x = np.linspace(0, 4 * np.pi, 1000) # Generate values from 0 to 4*pi",
          "y = np.sin(x) # Compute the sine of these values",
          "",
          "# Plotting the sine wave",
          "plt.plot(x, y)",
          "plt.title('Sine Wave')",
          "plt.xlabel('x')",
          "plt.ylabel('sin(x)')",
          "plt.grid(True)",
          "plt.show()");

  /**
   * The dark-mode variant: the walkthrough's reply says it used the {@code dark_background} style
   * and a cyan line but does not quote the code, so this is that change applied to {@link
   * #SINE_WAVE_CODE}.
   */
  public static final String DARK_MODE_CODE =
      String.join(
          "\n",
          "import numpy as np",
          "import matplotlib.pyplot as plt",
          "",
          "# Use a dark background style",
          "plt.style.use('dark_background')",
          "",
          "# Generating data for the sinewave",
          "x = np.linspace(0, 4 * np.pi, 1000) # Generate values from 0 to 4*pi",
          "y = np.sin(x) # Compute the sine of these values",
          "",
          "# Plotting the sine wave in cyan so it stands out against the dark background",
          "plt.plot(x, y, color='cyan')",
          "plt.title('Sine Wave')",
          "plt.xlabel('x')",
          "plt.ylabel('sin(x)')",
          "plt.grid(True)",
          "plt.show()");

  /** The text that accompanies the first (light) image. */
  public static final String SINE_WAVE_REPLY =
      "Here is the visualization of a sine wave: \n\nThe wave is plotted using values from 0 to"
          + " \\( 4\\pi \\) on the x-axis, and the corresponding sine values on the y-axis. I've"
          + " also added grid lines for easier reading of the plot.";

  /** The assistant's closing question after the first image, a message of its own in the seed. */
  public static final String FOLLOW_UP_QUESTION =
      "Is there anything else you would like to visualize or any additional features you'd like to"
          + " add to the sine wave plot?";

  /** The reply to {@link #SHOW_CODE_REQUEST}: the code in a fenced block and an explanation. */
  public static final String SHOW_CODE_REPLY =
      "Certainly, here is the code I used to generate the sine wave visualization:\n\n```python\n"
          + SINE_WAVE_CODE
          + "\n```\n\nThis code snippet uses `numpy` to generate an array of x values and then"
          + " computes the sine for each x value. It then uses `matplotlib` to plot these values"
          + " and display the resulting graph.";

  /** The text that accompanies the dark-mode image. */
  public static final String DARK_MODE_REPLY =
      "Here is the dark mode version of the sine wave visualization. I've used the"
          + " 'dark_background' style in Matplotlib and chosen a cyan color for the plot line to"
          + " ensure it stands out against the dark background.";

  /** The message the seed's second dark-mode run produced when the image was already shown. */
  public static final String DARK_MODE_FOLLOW_UP =
      "You're viewing the dark mode version of the sine wave visualization in the image above. The"
          + " plot is set against a dark background with a cyan colored sine wave for better"
          + " contrast and visibility. If there's anything else you'd like to adjust or any other"
          + " assistance you need, feel free to let me know!";

  private Walkthrough() {}
}
