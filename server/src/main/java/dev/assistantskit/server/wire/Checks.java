package dev.assistantskit.server.wire;

import dev.assistantskit.server.errors.Errors;
import dev.assistantskit.server.store.PageRequest;
import java.util.Map;
import java.util.Set;

/** Request rules the schema cannot express (or the generator does not enforce). */
public final class Checks {
  public static final int METADATA_PAIRS = 16;
  public static final int METADATA_KEY = 64;
  public static final int METADATA_VALUE = 512;
  private static final Set<String> FILE_STATUSES =
      Set.of("in_progress", "completed", "failed", "cancelled");

  private Checks() {}

  /**
   * Metadata: at most 16 pairs, keys up to 64 characters, string values up to 512 — characters, as
   * the contract's maxLength counts them, not UTF-16 units.
   */
  public static Map<String, String> metadata(String param, Map<String, String> metadata) {
    if (metadata == null) {
      return null;
    }
    if (metadata.size() > METADATA_PAIRS) {
      throw Errors.invalid(
          param,
          "Invalid '"
              + param
              + "': too many properties. Expected an object with at most "
              + METADATA_PAIRS
              + " properties, but got an object with "
              + metadata.size()
              + " properties instead.",
          "object_above_max_properties");
    }
    for (Map.Entry<String, String> pair : metadata.entrySet()) {
      String key = param + "." + pair.getKey();
      if (length(pair.getKey()) > METADATA_KEY) {
        throw Errors.invalid(
            key,
            "Invalid '"
                + param
                + "': key '"
                + abbreviate(pair.getKey())
                + "' is longer than "
                + METADATA_KEY
                + " characters.",
            "string_above_max_length");
      }
      if (pair.getValue() == null) {
        throw Errors.invalidType(key, "a string", "null");
      }
      int length = length(pair.getValue());
      if (length > METADATA_VALUE) {
        throw Errors.invalid(
            key,
            "Invalid '"
                + key
                + "': string too long. Expected a string with maximum length "
                + METADATA_VALUE
                + ", but got a string with length "
                + length
                + " instead.",
            "string_above_max_length");
      }
    }
    return metadata;
  }

  public static PageRequest page(Integer limit, String order, String after, String before) {
    PageRequest.Order sort;
    if (order == null || order.equals("desc")) {
      sort = PageRequest.Order.DESC;
    } else if (order.equals("asc")) {
      sort = PageRequest.Order.ASC;
    } else {
      throw Errors.invalidValue(
          "order", "Invalid value: '" + order + "'. Supported values are: 'asc' and 'desc'.");
    }
    return new PageRequest(
        limit == null ? PageRequest.DEFAULT_LIMIT : limit,
        sort,
        blankToNull(after),
        blankToNull(before));
  }

  /** The {@code filter} of vector store file lists: a file status. */
  public static String fileStatus(String filter) {
    if (filter != null && !FILE_STATUSES.contains(filter)) {
      throw Errors.invalidValue(
          "filter",
          "Invalid value: '"
              + filter
              + "'. Supported values are: 'in_progress', 'completed',"
              + " 'failed' and 'cancelled'.");
    }
    return filter;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  private static String abbreviate(String text) {
    return length(text) <= 80 ? text : text.substring(0, text.offsetByCodePoints(0, 77)) + "...";
  }
}
