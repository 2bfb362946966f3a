package dev.assistantskit.server.control;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.assistantskit.server.Emulator;
import dev.assistantskit.server.errors.Errors;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The emulator's control plane, under {@code /_emulator} (outside the Azure surface, behind the
 * same key): scripted runs, injected faults, the clock, and a reset.
 */
@Path("/")
@Singleton
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ControlResource {
  private final Emulator emulator;

  @Inject
  public ControlResource(Emulator emulator) {
    this.emulator = emulator;
  }

  /** How far to move the clock. */
  public record Advance(@JsonProperty("seconds") Long seconds) {}

  @GET
  @Path("health")
  public Map<String, Object> health() {
    return Map.of("status", "ok");
  }

  @POST
  @Path("scripts")
  public Map<String, Object> addScript(ScriptDefinition script) {
    if (script == null) {
      throw Errors.invalid(null, "The request body is required.", null);
    }
    return Map.of("object", "emulator.script", "runs", emulator.scripts().add(script));
  }

  @GET
  @Path("scripts")
  public Map<String, Object> scripts() {
    List<Map<String, Object>> data =
        emulator.scripts().pending().stream()
            .map(p -> Map.<String, Object>of("script", p.script(), "remaining", p.remaining()))
            .toList();
    return Map.of("object", "list", "data", data);
  }

  @DELETE
  @Path("scripts")
  public Map<String, Object> clearScripts() {
    emulator.scripts().clear();
    return Map.of("deleted", true);
  }

  @POST
  @Path("faults")
  public Map<String, Object> addFault(FaultDefinition fault) {
    if (fault == null) {
      throw Errors.invalid(null, "The request body is required.", null);
    }
    return describe(emulator.faults().add(fault));
  }

  @GET
  @Path("faults")
  public Map<String, Object> faults() {
    return Map.of(
        "object",
        "list",
        "data",
        emulator.faults().list().stream().map(ControlResource::describe).toList());
  }

  @DELETE
  @Path("faults")
  public Map<String, Object> clearFaults() {
    emulator.faults().clear();
    return Map.of("deleted", true);
  }

  @GET
  @Path("clock")
  public Map<String, Object> clock() {
    return Map.of(
        "now", emulator.clock().seconds(), "offset_seconds", emulator.clock().offset().toSeconds());
  }

  /** Moves time forward; runs and vector stores whose time has come expire at once. */
  @POST
  @Path("clock/advance")
  public Map<String, Object> advance(Advance advance) {
    if (advance == null || advance.seconds() == null) {
      throw Errors.missingParameter("seconds");
    }
    long limit = Integer.MAX_VALUE - emulator.clock().seconds();
    if (advance.seconds() < 0 || advance.seconds() > limit) {
      throw Errors.invalidValue(
          "seconds", "'seconds' must be between 0 and " + limit + " (timestamps are 32-bit).");
    }
    emulator.clock().advance(Duration.ofSeconds(advance.seconds()));
    return clock();
  }

  @POST
  @Path("reset")
  public Map<String, Object> reset() {
    emulator.reset();
    return Map.of("reset", true);
  }

  private static Map<String, Object> describe(Faults.Rule rule) {
    Map<String, Object> described = new LinkedHashMap<>();
    described.put("id", rule.id());
    described.put("fault", rule.definition());
    described.put("remaining", rule.remaining().get());
    return described;
  }
}
