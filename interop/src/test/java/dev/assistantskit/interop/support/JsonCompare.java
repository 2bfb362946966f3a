package dev.assistantskit.interop.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares the JSON the emulator sent with the JSON an SDK model writes back after parsing it. A
 * model that parsed the response faithfully writes back every non-null value it received; what it
 * drops is a field the SDK does not know, and what differs was misread.
 */
public final class JsonCompare {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonCompare() {}

  /** What a comparison found, each as {@code path: detail}. */
  public record Result(List<String> dropped, List<String> changed, List<String> added) {
    public boolean faithful() {
      return dropped.isEmpty() && changed.isEmpty();
    }

    @Override
    public String toString() {
      return "dropped (sent, not kept by the model)="
          + dropped
          + ", changed (kept with another value)="
          + changed
          + ", added (not sent, written by the model)="
          + added;
    }
  }

  public static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Result compare(String sent, String modelJson) {
    Result result = new Result(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    walk("$", parse(sent), parse(modelJson), result);
    return result;
  }

  private static void walk(String path, JsonNode sent, JsonNode kept, Result result) {
    if (sent == null || sent.isNull()) {
      if (kept != null && !kept.isNull() && !isEmpty(kept)) {
        result.added().add(path + "=" + kept);
      }
      return;
    }
    if (kept == null || kept.isNull() || kept.isMissingNode()) {
      result.dropped().add(path + "=" + abbreviate(sent));
      return;
    }
    if (sent.isObject() && kept.isObject()) {
      for (Map.Entry<String, JsonNode> field : sent.properties()) {
        walk(path + "." + field.getKey(), field.getValue(), kept.get(field.getKey()), result);
      }
      for (Map.Entry<String, JsonNode> field : kept.properties()) {
        if (!sent.has(field.getKey()) && !field.getValue().isNull()) {
          result.added().add(path + "." + field.getKey() + "=" + abbreviate(field.getValue()));
        }
      }
      return;
    }
    if (sent.isArray() && kept.isArray()) {
      if (sent.size() != kept.size()) {
        result.changed().add(path + ": " + sent.size() + " items became " + kept.size());
        return;
      }
      for (int i = 0; i < sent.size(); i++) {
        walk(path + "[" + i + "]", sent.get(i), kept.get(i), result);
      }
      return;
    }
    if (sent.isNumber() && kept.isNumber()) {
      if (sent.decimalValue().compareTo(kept.decimalValue()) != 0) {
        result.changed().add(path + ": " + sent + " became " + kept);
      }
      return;
    }
    if (!sent.equals(kept)) {
      result.changed().add(path + ": " + abbreviate(sent) + " became " + abbreviate(kept));
    }
  }

  private static boolean isEmpty(JsonNode node) {
    return node.isContainerNode() && node.isEmpty();
  }

  private static String abbreviate(JsonNode node) {
    String text = node.toString();
    return text.length() > 120 ? text.substring(0, 120) + "…" : text;
  }
}
