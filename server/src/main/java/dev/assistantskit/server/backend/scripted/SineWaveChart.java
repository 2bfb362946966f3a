package dev.assistantskit.server.backend.scripted;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Renders the picture the walkthrough's code interpreter produced: {@code sin(x)} over 0..4π,
 * titled "Sine Wave", with grid lines — in matplotlib's default look or its {@code dark_background}
 * style. The result is what {@link Walkthrough#SINE_WAVE_CODE} and {@link
 * Walkthrough#DARK_MODE_CODE} would plot. Thread-safe: every call builds its own chart.
 */
public final class SineWaveChart {

  /** The two looks the walkthrough asks for. */
  public enum Theme {
    /** Matplotlib's default: white background, blue line. */
    LIGHT,
    /** Matplotlib's {@code dark_background} style with the cyan line the walkthrough chose. */
    DARK
  }

  /** Width of the rendered image in pixels (matplotlib's 6.4 in × 100 dpi, scaled up a little). */
  public static final int WIDTH = 800;

  /** Height of the rendered image in pixels. */
  public static final int HEIGHT = 600;

  private static final int POINTS = 1000;
  private static final double X_MAX = 4 * Math.PI; // np.linspace(0, 4 * np.pi, 1000)

  /** Renders the chart as PNG bytes. */
  public byte[] renderPng(Theme theme) {
    Objects.requireNonNull(theme, "theme");
    try {
      return BitmapEncoder.getBitmapBytes(build(theme), BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException("PNG encoding of the sine wave chart failed", e);
    }
  }

  private static XYChart build(Theme theme) {
    XYChart chart =
        new XYChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title("Sine Wave")
            .xAxisTitle("x")
            .yAxisTitle("sin(x)")
            .build();
    Palette palette = theme == Theme.DARK ? Palette.DARK : Palette.LIGHT;
    style(chart.getStyler(), palette);
    double[] x = new double[POINTS];
    double[] y = new double[POINTS];
    for (int i = 0; i < POINTS; i++) {
      x[i] = X_MAX * i / (POINTS - 1);
      y[i] = Math.sin(x[i]);
    }
    XYSeries series = chart.addSeries("sin(x)", x, y);
    series.setMarker(SeriesMarkers.NONE);
    series.setLineColor(palette.line);
    series.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    return chart;
  }

  private static void style(XYStyler styler, Palette palette) {
    styler.setLegendVisible(false);
    styler.setAntiAlias(true);
    styler.setChartBackgroundColor(palette.background);
    styler.setPlotBackgroundColor(palette.background);
    styler.setPlotBorderVisible(true);
    styler.setPlotBorderColor(palette.text);
    styler.setChartFontColor(palette.text);
    styler.setChartTitleBoxVisible(false);
    styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
    styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
    styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
    styler.setAxisTickLabelsColor(palette.text);
    styler.setAxisTickMarksColor(palette.text);
    styler.setPlotGridLinesVisible(true);
    styler.setPlotGridLinesColor(palette.grid);
    styler.setPlotGridLinesStroke(new BasicStroke(1f));
    styler.setPlotTicksMarksVisible(false);
    // The plot border is the frame; XChart's separate axis lines would double its left and bottom.
    styler.setAxisTicksLineVisible(false);
    styler.setXAxisMin(0.0);
    styler.setXAxisMax(X_MAX);
    styler.setYAxisMin(-1.0);
    styler.setYAxisMax(1.0);
    // Whole numbers on x and one decimal on y, as matplotlib labels this plot (0, 2, … 12).
    styler.setXAxisDecimalPattern("0");
    styler.setYAxisDecimalPattern("0.0");
  }

  /** Colours of one theme. */
  private enum Palette {
    LIGHT(Color.WHITE, new Color(0x1F77B4), new Color(0x222222), new Color(0xD0D0D0)),
    DARK(new Color(0x0A0A0A), Color.CYAN, new Color(0xF0F0F0), new Color(0x5A5A5A));

    final Color background;
    final Color line;
    final Color text;
    final Color grid;

    Palette(Color background, Color line, Color text, Color grid) {
      this.background = background;
      this.line = line;
      this.text = text;
      this.grid = grid;
    }
  }
}
