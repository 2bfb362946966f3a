package dev.assistantskit.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the walkthrough printed, cut into units: each JSON object (a line "{" to the line "}"), each
 * status, file id and "Saved" line, and any other text (the code) up to the next of those. "Status:
 * …" and "Elapsed time: …" lines depend on timing; they are kept apart.
 */
record Printed(List<String> skeleton, List<JsonNode> json, List<String> texts, List<String> polls) {
  static final String ID = "[A-Za-z0-9]{24}";

  static Printed parse(String output) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<String> skeleton = new ArrayList<>();
    List<JsonNode> json = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<String> polls = new ArrayList<>();
    StringBuilder text = null;
    String[] lines = output.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      boolean structural =
          line.equals("{")
              || line.equals("completed")
              || line.matches("assistant-" + ID)
              || line.startsWith("Saved ")
              || line.startsWith("Status: ")
              || line.startsWith("Elapsed time: ");
      if (!structural) {
        if (text == null && !line.isBlank()) {
          text = new StringBuilder();
        }
        if (text != null) {
          text.append(line).append('\n');
        }
        continue;
      }
      if (text != null) {
        texts.add(text.toString().strip());
        skeleton.add("text");
        text = null;
      }
      if (line.equals("{")) {
        StringBuilder block = new StringBuilder();
        while (!lines[i].equals("}")) {
          block.append(lines[i++]).append('\n');
        }
        block.append("}");
        JsonNode node = mapper.readTree(block.toString());
        json.add(node);
        skeleton.add("json " + node.path("object").asText());
      } else if (line.startsWith("Status: ") || line.startsWith("Elapsed time: ")) {
        polls.add(line);
      } else if (line.startsWith("assistant-")) {
        skeleton.add("file id");
        texts.add(line);
      } else if (line.startsWith("Saved ")) {
        String path = line.substring("Saved ".length(), line.lastIndexOf(" ("));
        skeleton.add("saved " + Path.of(path).getFileName());
      } else {
        skeleton.add(line);
      }
    }
    if (text != null) {
      texts.add(text.toString().strip());
      skeleton.add("text");
    }
    return new Printed(skeleton, json, texts, polls);
  }
}
