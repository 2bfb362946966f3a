package dev.assistantskit.conformance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assistantskit.client.model.FilePurpose;
import dev.assistantskit.client.model.OpenAIFile;
import dev.assistantskit.conformance.Kind;
import dev.assistantskit.conformance.World;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/** Uploading, listing, describing, downloading and deleting files. */
public final class FileSteps {
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private final World world;

  public FileSteps(World world) {
    this.world = world;
  }

  /** Uploads {@code content} as a file called {@code name} for assistants, and names it. */
  OpenAIFile upload(String name, byte[] content) {
    File file = write(name, content);
    try {
      OpenAIFile uploaded =
          world.call(
              () ->
                  world
                      .client()
                      .files()
                      .uploadFile(world.apiVersion(), file, FilePurpose.ASSISTANTS));
      world.created(Kind.FILE, uploaded.getId());
      world.remember(Kind.FILE, name, uploaded.getId());
      world.uploaded(name, content);
      return uploaded;
    } finally {
      file.delete();
      file.getParentFile().delete();
    }
  }

  private static File write(String name, byte[] content) {
    try {
      Path dir = Files.createTempDirectory("conformance-upload");
      return Files.write(dir.resolve(name), content).toFile();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @When("I upload a file {string} for assistants with the text {string}")
  @Given("a file {string} uploaded for assistants with the text {string}")
  public void upload(String name, String text) {
    upload(name, Text.unescape(text).getBytes(StandardCharsets.UTF_8));
  }

  @Given("files {names} uploaded for assistants")
  public void uploadAll(List<String> names) {
    names.forEach(this::upload);
  }

  /** Uploads a file called {@code name} for assistants whose text is "Contents of {name}.". */
  OpenAIFile upload(String name) {
    return upload(name, ("Contents of " + name + ".\n").getBytes(StandardCharsets.UTF_8));
  }

  @Given("a PNG image {string} uploaded for assistants")
  public void uploadPng(String name) {
    upload(name, sineWavePng());
  }

  /** A small chart of a sine wave, as the walkthrough's code interpreter draws. */
  private static byte[] sineWavePng() {
    BufferedImage image = new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 64; x++) {
      for (int y = 0; y < 32; y++) {
        image.setRGB(x, y, 0xFFFFFF);
      }
      int y = (int) Math.round(15.5 - 14 * Math.sin(x * 2 * Math.PI / 64));
      image.setRGB(x, y, 0x1F77B4);
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return png.toByteArray();
  }

  @Then("the file is named {string}, has {int} bytes and the purpose {string}")
  public void describes(String name, int bytes, String purpose) {
    JsonNode file = world.answer();
    assertThat(file.path("filename").asText()).as("filename").isEqualTo(name);
    assertThat(file.path("bytes").asLong()).as("bytes").isEqualTo(bytes);
    assertThat(file.path("purpose").asText()).as("purpose").isEqualTo(purpose);
  }

  @Then("once processed, the file {string} has the status {string}")
  public void processed(String name, String status) {
    String id = world.id(Kind.FILE, name);
    world.eventually(
        "the file " + name + " has left pending and running",
        Duration.ofSeconds(60),
        () -> {
          String now =
              world.client().files().getFile(id, world.apiVersion()).getStatus().getValue();
          return !now.equals("pending") && !now.equals("running") && !now.equals("uploaded");
        });
    assertThat(world.answer().path("status").asText()).as("status").isEqualTo(status);
  }

  @When("I retrieve the file {string}")
  public void retrieve(String name) {
    String id = world.id(Kind.FILE, name);
    world.call(() -> world.client().files().getFile(id, world.apiVersion()));
  }

  @When("I try to retrieve the file {string}")
  public void tryRetrieve(String name) {
    tryUnknown("retrieve", world.id(Kind.FILE, name));
  }

  @When("I download the content of the file {string}")
  public void download(String name) {
    String id = world.id(Kind.FILE, name);
    File file = world.call(() -> world.client().files().downloadFile(id, world.apiVersion()));
    file.delete();
  }

  @When("I try to download the content of the file {string}")
  public void tryDownload(String name) {
    tryUnknown("download", world.id(Kind.FILE, name));
  }

  @Then("the content is delivered as {string}")
  public void deliveredAs(String mediaType) {
    assertThat(world.exchange().contentType()).as("Content-Type").startsWith(mediaType);
  }

  @Then("the content is byte for byte what was uploaded as {string}")
  public void sameBytes(String name) {
    byte[] downloaded = world.exchange().body();
    byte[] uploaded = world.upload(name);
    assertThat(Arrays.equals(downloaded, uploaded))
        .as(
            "the %d bytes downloaded equal the %d bytes uploaded as %s",
            downloaded.length, uploaded.length, name)
        .isTrue();
  }

  /** As the walkthrough finds it: {@code data[0].content[0].image_file.file_id} of the list. */
  @When("I keep the image of the newest message as the file {string}")
  public void keepImage(String name) {
    JsonNode fileId = world.answer().path("data").path(0).path("content").path(0);
    assertThat(fileId.path("type").asText())
        .as("the newest message starts with an image: %s", world.answer().path("data").path(0))
        .isEqualTo("image_file");
    String id = fileId.path("image_file").path("file_id").asText();
    world.created(Kind.FILE, id);
    world.remember(Kind.FILE, name, id);
  }

  @Then("the files {string} and {string} are different files")
  public void differentFiles(String one, String other) {
    assertThat(world.id(Kind.FILE, one)).isNotEqualTo(world.id(Kind.FILE, other));
  }

  @Then("the content differs from that of the file {string}")
  public void differsFrom(String name) {
    String id = world.id(Kind.FILE, name);
    File other = world.peek(() -> world.client().files().downloadFile(id, world.apiVersion()));
    try {
      byte[] otherContent = Files.readAllBytes(other.toPath());
      assertThat(Arrays.equals(world.exchange().body(), otherContent))
          .as("the content equals that of %s", name)
          .isFalse();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      other.delete();
    }
  }

  @Then("the content is a PNG image")
  public void isPng() {
    byte[] content = world.exchange().body();
    assertThat(Arrays.copyOf(content, Math.min(content.length, 8)))
        .as("the PNG signature")
        .isEqualTo(PNG_SIGNATURE);
    try {
      assertThat(ImageIO.read(new java.io.ByteArrayInputStream(content)))
          .as("a readable PNG")
          .isNotNull();
    } catch (IOException e) {
      throw new AssertionError("the content is not a readable PNG image", e);
    }
  }

  @When("I list the files")
  public void list() {
    world.call(() -> world.client().files().listFiles(world.apiVersion(), null));
  }

  @When("I list the files with the purpose {string}")
  public void listByPurpose(String purpose) {
    world.call(
        () -> world.client().files().listFiles(world.apiVersion(), FilePurpose.fromValue(purpose)));
  }

  @Then("every file of the list has the purpose {string}")
  public void everyPurpose(String purpose) {
    world
        .answer()
        .path("data")
        .forEach(
            file ->
                assertThat(file.path("purpose").asText())
                    .as("purpose of %s", file)
                    .isEqualTo(purpose));
  }

  @When("I delete the file {string}")
  public void delete(String name) {
    String id = world.id(Kind.FILE, name);
    world.call(() -> world.client().files().deleteFile(id, world.apiVersion()));
    world.gone(id);
  }

  @When("I try to {word} the file with the id {string}")
  public void tryUnknown(String action, String id) {
    String v = world.apiVersion();
    switch (action) {
      case "retrieve" -> world.attempt(() -> world.client().files().getFile(id, v));
      case "download" ->
          world.attempt(() -> world.client().files().downloadFile(id, v)).ifPresent(File::delete);
      case "delete" -> world.attempt(() -> world.client().files().deleteFile(id, v));
      default -> throw new IllegalArgumentException("cannot " + action + " a file");
    }
  }

  @When("I try to upload a file {string} with the purpose {string}")
  public void tryUploadWithPurpose(String name, String purpose) {
    tryUpload(name, Map.of("purpose", purpose));
  }

  @When("I try to upload a file {string} for assistants with an extra form field {string}")
  public void tryUploadWithField(String name, String field) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("purpose", "assistants");
    fields.put(field, name);
    tryUpload(name, fields);
  }

  private void tryUpload(String name, Map<String, String> fields) {
    world.answered(
        world
            .wire()
            .postMultipart(
                "/files", fields, name, "Some notes.\n".getBytes(StandardCharsets.UTF_8)));
    if (world.refusalOrNull() == null) {
      world.created(Kind.FILE, world.answer().path("id").asText());
    }
  }
}
