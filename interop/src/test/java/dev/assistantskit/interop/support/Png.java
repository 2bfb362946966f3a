package dev.assistantskit.interop.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Checks on the images the walkthrough draws. */
public final class Png {
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private Png() {}

  /** Asserts {@code bytes} is a PNG that decodes, and returns the image. */
  public static BufferedImage decode(byte[] bytes) {
    assertThat(bytes).as("PNG signature").startsWith(SIGNATURE);
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
      assertThat(image).as("decodable PNG").isNotNull();
      return image;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts {@code bytes} is the walkthrough's first chart: 800×600, light background. */
  public static void assertLightChart(byte[] bytes) {
    BufferedImage chart = assertChart(bytes);
    assertThat(backgroundBrightness(chart)).as("background brightness").isGreaterThan(128);
  }

  /** Asserts {@code bytes} is the walkthrough's dark-mode chart: 800×600, dark background. */
  public static void assertDarkChart(byte[] bytes) {
    BufferedImage chart = assertChart(bytes);
    assertThat(backgroundBrightness(chart)).as("background brightness").isLessThan(64);
  }

  private static BufferedImage assertChart(byte[] bytes) {
    BufferedImage chart = decode(bytes);
    assertThat(chart.getWidth()).as("width").isEqualTo(800);
    assertThat(chart.getHeight()).as("height").isEqualTo(600);
    return chart;
  }

  /** {@code image} as PNG bytes. */
  public static byte[] encode(BufferedImage image) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      assertThat(ImageIO.write(image, "png", out)).as("a PNG writer").isTrue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The mean brightness (0–255) of the image's corner pixel, its background. */
  public static int backgroundBrightness(BufferedImage image) {
    int rgb = image.getRGB(1, 1);
    return (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
  }
}
