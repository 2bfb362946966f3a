package dev.assistantskit.server.control;

import dev.assistantskit.server.errors.Errors;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The faults injected through the control plane, matched against API requests in order. */
public final class Faults {
  private static final Set<Integer> STATUSES = Set.of(429, 500, 502, 503);
  private static final long MAX_LATENCY_MS = 60_000;

  private final List<Rule> rules = new CopyOnWriteArrayList<>();
  private final AtomicInteger ids = new AtomicInteger();

  /** A checked fault; {@code remaining} is -1 for "until cleared". */
  public record Rule(String id, FaultDefinition definition, Pattern path, AtomicInteger remaining) {
    boolean matches(String method, String requestPath) {
      return (definition.method() == null || definition.method().equalsIgnoreCase(method))
          && path.matcher(requestPath).matches();
    }

    /** Counts one use; false when it is used up. */
    boolean use() {
      return remaining.getAndUpdate(left -> left > 0 ? left - 1 : left) != 0;
    }
  }

  public Rule add(FaultDefinition fault) {
    if (fault.path() == null) {
      throw Errors.missingParameter("path");
    }
    Pattern path;
    try {
      path = Pattern.compile(fault.path());
    } catch (PatternSyntaxException e) {
      throw Errors.invalidValue(
          "path", "'path' is not a regular expression: " + e.getDescription());
    }
    if (fault.status() == null && fault.latencyMs() == null && fault.streamErrorAfter() == null) {
      throw Errors.invalid(
          null, "A fault needs a 'status', a 'latency_ms' or a 'stream_error_after'.", null);
    }
    if (fault.streamErrorAfter() != null && fault.streamErrorAfter() < 0) {
      throw Errors.invalidValue("stream_error_after", "'stream_error_after' must be 0 or more.");
    }
    if (fault.status() != null && !STATUSES.contains(fault.status())) {
      throw Errors.invalidValue("status", "'status' must be one of 429, 500, 502 and 503.");
    }
    if (fault.latencyMs() != null
        && (fault.latencyMs() < 0 || fault.latencyMs() > MAX_LATENCY_MS)) {
      throw Errors.invalidValue(
          "latency_ms", "'latency_ms' must be between 0 and " + MAX_LATENCY_MS + ".");
    }
    if (fault.times() != null && fault.times() < 1) {
      throw Errors.invalidValue("times", "'times' must be at least 1.");
    }
    Rule rule =
        new Rule(
            "fault_" + ids.incrementAndGet(),
            fault,
            path,
            new AtomicInteger(fault.times() == null ? -1 : fault.times()));
    rules.add(rule);
    return rule;
  }

  /** The first live fault for this request, counting its use. */
  public Optional<Rule> match(String method, String path) {
    for (Rule rule : rules) {
      if (rule.matches(method, path) && rule.use()) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  public List<Rule> list() {
    return new ArrayList<>(rules);
  }

  public void clear() {
    rules.clear();
  }
}
