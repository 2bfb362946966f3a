package dev.assistantskit.conformance.steps;

import dev.assistantskit.conformance.Kind;
import dev.assistantskit.conformance.World;
import io.cucumber.java.en.Given;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What only an emulator can be told ({@code @emulator} scenarios): how the next run of a thread
 * goes, and faults in its stream. Scripts and faults are forgotten when the scenario ends.
 */
public final class ControlPlaneSteps {
  private final World world;

  public ControlPlaneSteps(World world) {
    this.world = world;
  }

  private void scriptNextRun(String thread, Map<String, Object> script) {
    Map<String, Object> definition = new LinkedHashMap<>(script);
    definition.put("thread_id", world.id(Kind.THREAD, thread));
    world.controlPlane().script(definition);
  }

  @Given("the next run on the thread {string} is scripted to fail with {string}: {string}")
  public void fails(String thread, String code, String message) {
    scriptNextRun(
        thread, Map.of("turns", List.of(Map.of("fail", Map.of("code", code, "message", message)))));
  }

  @Given("the next run on the thread {string} is scripted to end incomplete because of {string}")
  public void incomplete(String thread, String reason) {
    scriptNextRun(thread, Map.of("turns", List.of(Map.of("incomplete", reason))));
  }

  @Given("the next run on the thread {string} is scripted to stay queued for {int} second(s)")
  public void staysQueued(String thread, int seconds) {
    scriptNextRun(thread, Map.of("hold_queued_ms", seconds * 1000L));
  }

  @Given("the next run on the thread {string} is scripted to stay in progress for {int} second(s)")
  public void staysInProgress(String thread, int seconds) {
    scriptNextRun(thread, Map.of("hold_in_progress_ms", seconds * 1000L));
  }

  @Given("the next stream of a run on the thread {string} breaks with an error after {int} events")
  public void streamBreaks(String thread, int events) {
    world
        .controlPlane()
        .fault(
            Map.of(
                "method",
                "POST",
                "path",
                "/threads/" + world.id(Kind.THREAD, thread) + "/runs",
                "stream_error_after",
                events,
                "times",
                1));
  }
}
