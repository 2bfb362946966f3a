package dev.assistantskit.server.backend.scripted;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Tells which step of the sine-wave walkthrough a user message asks for, whatever the phrasing.
 *
 * <p>Each intent needs two signals, not one keyword, so that unrelated text stays {@link
 * Intent#OTHER}: plotting needs a sine reference <em>and</em> a drawing word ("Tell me about sine
 * waves" is not a plot request); showing code needs a code word <em>and</em> a request to see it or
 * a reference to code already run ("What is Python?" is not); dark mode needs "dark" <em>and</em> a
 * theme word or a "make it dark" construction ("dark matter" is not). When a message has several, a
 * request for code wins (its subject is the chart), then dark mode (a dark plot is still a
 * dark-mode request).
 */
public final class IntentRecognizer {

  private static final String WORD = "[\\p{L}\\p{N}'()]+";

  private static final Pattern SINE =
      Pattern.compile(
          "\\bsine\\b|\\bsin\\s*\\(\\s*[a-zθ]\\s*\\)|\\bsin (?:x|of x|theta|θ)\\b"
              + "|\\bsin (?:wave|curve|function|graph|plot)|\\bsinusoid");

  /** Words that on their own make a sine message a drawing request. */
  private static final Pattern DRAWING =
      Pattern.compile(
          "\\b(?:visuali[sz]\\w*|plot\\w*|graph\\w*|chart\\w*|draw\\w*|drew|sketch\\w*"
              + "|render\\w*|diagram\\w*|image|picture|illustrat\\w*|animat\\w*|look like)\\b");

  /** Verbs that are drawing requests only when a sine wave is their object ("make a sine wave"). */
  private static final Pattern CREATE_SINE =
      Pattern.compile(
          "\\b(?:create|make|generate|produce|give me|show|display)(?: "
              + WORD
              + "){0,3}? (?:sine|sin|sinusoid)");

  private static final Pattern CODE_NOUN =
      Pattern.compile(
          "\\b(?:code|script|python|source|snippet|program|matplotlib|numpy|implementation)\\b");

  /** A request to see code: the verb and, a few words on, the code itself ("print the python"). */
  private static final Pattern SEE_CODE =
      Pattern.compile(
          "\\b(?:show|see|print|display|share|give|send|paste|post|reveal|view|provide|output"
              + "|copy|dump|walk me through|let me have|can i have|may i have)(?: me| us)?(?: "
              + WORD
              + "){0,2}? (?:code|script|python|source|snippet|program|matplotlib"
              + "|numpy|implementation)\\b");

  /** Code named as the thing the assistant already ran ("the code you used", "your script"). */
  private static final Pattern CODE_ALREADY_RUN =
      Pattern.compile(
          "\\byou (?:just )?(?:used|use|ran|run|wrote|write|executed|execute|did|employed"
              + "|typed|generated|created)\\b"
              + "|\\byour (?:\\w+ )?(?:code|script|python|source|snippet|program)\\b"
              + "|\\b(?:code|script|python|source|snippet|program) (?:for|behind|of|from) (?:that"
              + "|this|the|your) (?:\\w+ )?(?:chart|plot|graph|visuali[sz]ation|image|figure"
              + "|picture|wave)\\b"
              + "|\\b(?:what|which) (?:\\w+ )?(?:code|script|python|source|snippet|program)"
              + " (?:did|was|were|is behind|generated|made|produced|created|drew)\\b");

  /** Codes and sources that are not programs ("code of conduct", "zip code", "source of …"). */
  private static final Pattern NOT_PROGRAM_CODE =
      Pattern.compile(
          "\\bcode of (?:conduct|practice|ethics)\\b|\\b(?:zip|postal|post|area|dress|promo"
              + "|discount|coupon|country|color|colour|morse|access|qr|bar) codes?\\b"
              + "|\\bsource of\\b|\\bopen source\\b");

  private static final Pattern HOW_WAS_IT_MADE =
      Pattern.compile(
          "\\bhow (?:did|do) you (?:make|made|generate|create|draw|plot|produce|render|do)"
              + " (?:it|this|that|the|these|those)\\b");

  private static final Pattern DARK_THEME =
      Pattern.compile(
          "\\b(?:dark|darker|night|midnight)(?: \\w+)?? (?:mode|theme|background|backdrop"
              + "|version|colou?rs?|colou?red|scheme|style|palette|look|canvas)\\b"
              + "|\\bblack (?:background|backdrop|theme|canvas)\\b|\\blights? out\\b");

  /** "make it dark", "switch to dark", "change the colours to dark" — but not "in the dark". */
  private static final Pattern MAKE_IT_DARK =
      Pattern.compile(
          "\\b(?:make|turn|switch|change|convert|set|render|redo|redraw|flip|go|paint|put)(?: "
              + WORD
              + "){0,3}? (?:(?:to|into|in) )?(?<!the )(?:dark|darker)\\b(?! (?:matter|chocolate"
              + "|knight|web|side|ages|souls|horse|energy|room))");

  /** Classifies one user message. */
  public Intent recognize(String userMessage) {
    Objects.requireNonNull(userMessage, "userMessage");
    String text = normalise(userMessage);
    if (asksForCode(text)) {
      return Intent.SHOW_CODE;
    }
    if (DARK_THEME.matcher(text).find() || MAKE_IT_DARK.matcher(text).find()) {
      return Intent.DARK_MODE;
    }
    if (SINE.matcher(text).find()
        && (DRAWING.matcher(text).find() || CREATE_SINE.matcher(text).find())) {
      return Intent.PLOT_SINE_WAVE;
    }
    return Intent.OTHER;
  }

  private static boolean asksForCode(String message) {
    if (HOW_WAS_IT_MADE.matcher(message).find()) {
      return true;
    }
    String text = NOT_PROGRAM_CODE.matcher(message).replaceAll(" ");
    return CODE_NOUN.matcher(text).find()
        && (SEE_CODE.matcher(text).find() || CODE_ALREADY_RUN.matcher(text).find());
  }

  /**
   * Lower-cases, splits glued words people type ("sinewave", "darkmode"), and turns punctuation
   * other than the brackets of "sin(x)" into spaces so patterns see single-spaced words.
   */
  private static String normalise(String message) {
    String text = message.toLowerCase(Locale.ROOT);
    text = text.replace("sinewave", "sine wave").replace("sinwave", "sine wave");
    text = text.replaceAll("\\bsine?-wave", "sine wave");
    text = text.replaceAll("\\bdark[-_]?(mode|theme|background|version)", "dark $1");
    text = text.replaceAll("\\bnight[-_]?mode", "night mode");
    text = text.replace('’', '\'');
    text = text.replaceAll("[^\\p{L}\\p{N}()θ']+", " ");
    return text.replaceAll(" +", " ").trim();
  }
}
