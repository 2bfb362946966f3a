package dev.assistantskit.server.backend.scripted;

/** What a user message asks the scripted model to do in the sine-wave walkthrough. */
public enum Intent {
  /** Draw the sine wave chart ("Create a visualization of a sinewave"). */
  PLOT_SINE_WAVE,
  /** Show the code that drew it ("Show me the code you used to generate the sinewave"). */
  SHOW_CODE,
  /** Redraw it in dark mode ("… make a darkmode version of this visualization."). */
  DARK_MODE,
  /** Anything else. */
  OTHER
}
