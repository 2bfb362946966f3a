package dev.assistantskit.server.backend.scripted;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WalkthroughTest {

  @Test
  void theLightCodeIsTheSeedsMatplotlibScript() {
    assertThat(Walkthrough.SINE_WAVE_CODE)
        .startsWith("import numpy as np\nimport matplotlib.pyplot as plt\n\n")
        .contains("x = np.linspace(0, 4 * np.pi, 1000) # Generate values from 0 to 4*pi\n")
        .contains("y = np.sin(x) # Compute the sine of these values\n")
        .contains(
            "plt.plot(x, y)\nplt.title('Sine Wave')\nplt.xlabel('x')\nplt.ylabel('sin(x)')\n"
                + "plt.grid(True)\n")
        .endsWith("plt.show()");
  }

  @Test
  void theDarkCodeUsesTheDarkBackgroundStyleAndACyanLine() {
    assertThat(Walkthrough.DARK_MODE_CODE)
        .contains("plt.style.use('dark_background')")
        .contains("plt.plot(x, y, color='cyan')")
        .contains("x = np.linspace(0, 4 * np.pi, 1000)")
        .contains("plt.title('Sine Wave')")
        .endsWith("plt.show()");
    assertThat(Walkthrough.DARK_MODE_CODE.indexOf("plt.style.use"))
        .as("the style is set before plotting")
        .isLessThan(Walkthrough.DARK_MODE_CODE.indexOf("plt.plot"));
  }

  @Test
  void theCodeReplyQuotesTheCodeInAPythonFenceBetweenTheSeedsSentences() {
    assertThat(Walkthrough.SHOW_CODE_REPLY)
        .isEqualTo(
            "Certainly, here is the code I used to generate the sine wave visualization:\n\n"
                + "```python\n"
                + Walkthrough.SINE_WAVE_CODE
                + "\n```\n\n"
                + "This code snippet uses `numpy` to generate an array of x values and then"
                + " computes the sine for each x value. It then uses `matplotlib` to plot these"
                + " values and display the resulting graph.");
  }

  @Test
  void theImageRepliesKeepTheSeedsWording() {
    assertThat(Walkthrough.SINE_WAVE_REPLY)
        .startsWith("Here is the visualization of a sine wave: \n\n")
        .contains("from 0 to \\( 4\\pi \\) on the x-axis")
        .endsWith("I've also added grid lines for easier reading of the plot.");
    assertThat(Walkthrough.DARK_MODE_REPLY)
        .startsWith("Here is the dark mode version of the sine wave visualization.")
        .contains("'dark_background' style in Matplotlib")
        .endsWith("to ensure it stands out against the dark background.");
  }

  @Test
  void theRepliesHaveNoLineBreaksLeftFromTheSeedsPageLayout() {
    assertThat(Walkthrough.DARK_MODE_REPLY).doesNotContain("\n").doesNotContain("  ");
    String explanation =
        Walkthrough.SINE_WAVE_REPLY.substring(Walkthrough.SINE_WAVE_REPLY.indexOf("The wave"));
    assertThat(explanation).doesNotContain("\n").doesNotContain("  ");
  }
}
