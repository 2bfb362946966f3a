package dev.assistantskit.server.backend.scripted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.assistantskit.server.backend.scripted.SineWaveChart.Theme;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SineWaveChartTest {

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  private final SineWaveChart chart = new SineWaveChart();

  @ParameterizedTest
  @EnumSource(Theme.class)
  void theChartIsAnEightHundredBySixHundredPng(Theme theme) throws IOException {
    byte[] png = chart.renderPng(theme);

    assertThat(Arrays.copyOf(png, 8)).isEqualTo(PNG_SIGNATURE);
    BufferedImage image = decode(png);
    assertThat(image.getWidth()).isEqualTo(800);
    assertThat(image.getHeight()).isEqualTo(600);
  }

  @Test
  void theLightChartHasALightBackgroundAndABlueLine() throws IOException {
    BufferedImage image = decode(chart.renderPng(Theme.LIGHT));

    assertThat(Arrays.stream(cornerLuminances(image)).min().getAsInt()).isGreaterThan(240);
    assertThat(count(image, SineWaveChartTest::matplotlibBlue)).isGreaterThan(1500);
    assertThat(count(image, SineWaveChartTest::cyan)).isZero();
    assertThat(count(image, rgb -> luminance(rgb) < 60)).as("dark text").isGreaterThan(500);
  }

  @Test
  void theDarkChartHasANearBlackBackgroundACyanLineAndLightText() throws IOException {
    BufferedImage image = decode(chart.renderPng(Theme.DARK));

    assertThat(Arrays.stream(cornerLuminances(image)).max().getAsInt()).isLessThan(30);
    assertThat(count(image, SineWaveChartTest::cyan)).isGreaterThan(1500);
    assertThat(count(image, SineWaveChartTest::matplotlibBlue)).isZero();
    assertThat(count(image, rgb -> luminance(rgb) > 200 && !cyan(rgb)))
        .as("light text")
        .isGreaterThan(500);
  }

  @Test
  void theLineRisesToItsPeakAtHalfPiAndFallsToItsTroughAtThreeHalvesPi() throws IOException {
    BufferedImage image = decode(chart.renderPng(Theme.DARK));
    int[] box = boundingBox(image, SineWaveChartTest::cyan);
    int left = box[0];
    int width = box[1] - box[0];
    int top = box[2];
    int bottom = box[3];
    int tolerance = (bottom - top) / 20;

    // Over 0..4π the x-axis holds two periods: π/2 is an eighth of the way, 3π/2 three eighths.
    assertThat(meanY(image, left + width / 8)).isCloseTo(top, within((double) tolerance));
    assertThat(meanY(image, left + 3 * width / 8)).isCloseTo(bottom, within((double) tolerance));
    assertThat(meanY(image, left + width / 4))
        .isCloseTo((top + bottom) / 2.0, within((double) tolerance));
  }

  @Test
  void theSameThemeRendersTheSameBytes() {
    assertThat(chart.renderPng(Theme.DARK)).isEqualTo(chart.renderPng(Theme.DARK));
    assertThat(chart.renderPng(Theme.LIGHT)).isNotEqualTo(chart.renderPng(Theme.DARK));
  }

  private static BufferedImage decode(byte[] png) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image).as("decodable PNG").isNotNull();
    return image;
  }

  private static int[] cornerLuminances(BufferedImage image) {
    int w = image.getWidth() - 3;
    int h = image.getHeight() - 3;
    return new int[] {
      luminance(image.getRGB(2, 2)),
      luminance(image.getRGB(w, 2)),
      luminance(image.getRGB(2, h)),
      luminance(image.getRGB(w, h))
    };
  }

  private static int count(BufferedImage image, IntPredicate colour) {
    int n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if (colour.test(image.getRGB(x, y))) {
          n++;
        }
      }
    }
    return n;
  }

  /** {minX, maxX, minY, maxY} of the pixels of one colour. */
  private static int[] boundingBox(BufferedImage image, IntPredicate colour) {
    int[] box = {Integer.MAX_VALUE, -1, Integer.MAX_VALUE, -1};
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if (colour.test(image.getRGB(x, y))) {
          box[0] = Math.min(box[0], x);
          box[1] = Math.max(box[1], x);
          box[2] = Math.min(box[2], y);
          box[3] = Math.max(box[3], y);
        }
      }
    }
    return box;
  }

  private static double meanY(BufferedImage image, int x) {
    return IntStream.range(0, image.getHeight())
        .filter(y -> cyan(image.getRGB(x, y)))
        .average()
        .orElseThrow(() -> new AssertionError("no line pixel in column " + x));
  }

  private static boolean cyan(int rgb) {
    return red(rgb) < 100 && green(rgb) > 180 && blue(rgb) > 180;
  }

  private static boolean matplotlibBlue(int rgb) {
    // #1F77B4 and its blends with white: blue clearly above green, green clearly above red.
    return blue(rgb) - red(rgb) > 100 && blue(rgb) - green(rgb) > 40;
  }

  private static int luminance(int rgb) {
    return (int) (0.299 * red(rgb) + 0.587 * green(rgb) + 0.114 * blue(rgb));
  }

  private static int red(int rgb) {
    return (rgb >> 16) & 0xFF;
  }

  private static int green(int rgb) {
    return (rgb >> 8) & 0xFF;
  }

  private static int blue(int rgb) {
    return rgb & 0xFF;
  }
}
