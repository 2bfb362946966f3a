package dev.assistantskit.server.backend.scripted;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IntentRecognizerTest {

  private final IntentRecognizer recognizer = new IntentRecognizer();

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "Create a visualization of a sinewave",
        "plot sin(x)",
        "Can you draw a sine curve?",
        "graph the sine function from 0 to 4 pi",
        "make a chart of a sine wave",
        "Please visualise a sine-wave for me",
        "Plot y = sin(x) between 0 and 4π",
        "I'd like to see a graph of sin x",
        "Could you sketch a sinusoid?",
        "generate a sine wave",
        "Show me a sine wave",
        "what does a sine wave look like?",
        "Render a sinusoidal signal",
        "make me a picture of a sin wave",
        "CREATE A VISUALIZATION OF A SINEWAVE",
        "Draw the graph of sin(t)"
      })
  void sineWaveDrawingRequestsArePlotRequests(String message) {
    assertThat(recognizer.recognize(message)).isEqualTo(Intent.PLOT_SINE_WAVE);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "Show me the code you used to generate the sinewave",
        "what code did you use?",
        "print the python you ran",
        "Can I see the script?",
        "Share the source code please",
        "show us the full python script",
        "Which code generated that plot?",
        "Paste the matplotlib code",
        "How did you make that?",
        "What was your code for this chart?",
        "display the code behind the visualization",
        "give me the snippet you executed",
        "Show me the code for the dark mode version"
      })
  void requestsToSeeTheCodeAreShowCodeRequests(String message) {
    assertThat(recognizer.recognize(message)).isEqualTo(Intent.SHOW_CODE);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "I prefer visualizations in darkmode can you change the colors to make a darkmode version"
            + " of this visualization.",
        "switch it to dark mode",
        "use a dark theme",
        "use a dark background",
        "Can you make it dark?",
        "Dark mode please",
        "Could you redo the chart with a black background?",
        "make the background darker",
        "I want the night mode version",
        "render it in dark-mode",
        "change the colours to dark",
        "Can you plot the sine wave in dark mode?",
        "Use matplotlib's dark_background style"
      })
  void darkThemeRequestsAreDarkModeRequests(String message) {
    assertThat(recognizer.recognize(message)).isEqualTo(Intent.DARK_MODE);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "What's the weather in Paris?",
        "Tell me about cosine similarity",
        "sign the document",
        "Tell me about sine waves",
        "What is the sine of 30 degrees?",
        "What is Python?",
        "show me how to install python",
        "Write a haiku about the ocean",
        "Tell me about dark matter",
        "It's getting dark outside",
        "We went out in the dark",
        "I like dark chocolate",
        "Plot the sales figures for March",
        "Show me the code of conduct",
        "What's the zip code for Springfield?",
        "Can you show me the source of this quote?",
        "Signed, sealed, delivered",
        "",
        "   "
      })
  void unrelatedMessagesAreOther(String message) {
    assertThat(recognizer.recognize(message)).isEqualTo(Intent.OTHER);
  }

  @Test
  void theWalkthroughsOwnMessagesAreRecognisedInOrder() {
    assertThat(recognizer.recognize(Walkthrough.PLOT_REQUEST)).isEqualTo(Intent.PLOT_SINE_WAVE);
    assertThat(recognizer.recognize(Walkthrough.SHOW_CODE_REQUEST)).isEqualTo(Intent.SHOW_CODE);
    assertThat(recognizer.recognize(Walkthrough.DARK_MODE_REQUEST)).isEqualTo(Intent.DARK_MODE);
  }
}
