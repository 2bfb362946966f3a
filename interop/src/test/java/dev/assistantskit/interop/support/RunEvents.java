package dev.assistantskit.interop.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** The order of the events a streamed run sends, by event name, whichever SDK delivered them. */
public final class RunEvents {
  private RunEvents() {}

  /** A run streamed from creation to completion: a code-interpreter step, then a message. */
  public static void assertCodeInterpreterRun(List<String> events) {
    assertThat(events.subList(0, 3))
        .containsExactly("thread.run.created", "thread.run.queued", "thread.run.in_progress");
    assertThat(events).last().isEqualTo("thread.run.completed");
    assertThat(events)
        .containsSubsequence(
            "thread.run.step.created",
            "thread.run.step.in_progress",
            "thread.run.step.delta",
            "thread.run.step.completed",
            "thread.message.created",
            "thread.message.in_progress",
            "thread.message.delta",
            "thread.message.completed",
            "thread.run.completed");
  }

  /** Create thread and run, streamed until the run calls a function. */
  public static void assertThreadAndRunUntilRequiresAction(List<String> events) {
    assertThat(events.subList(0, 4))
        .containsExactly(
            "thread.created", "thread.run.created", "thread.run.queued", "thread.run.in_progress");
    assertThat(events).last().isEqualTo("thread.run.requires_action");
  }

  /** Submit tool outputs, streamed: the run resumes, writes its reply and completes. */
  public static void assertResumedRunCompletes(List<String> events) {
    assertThat(events).isNotEmpty();
    assertThat(events.get(0)).isIn("thread.run.queued", "thread.run.step.completed");
    assertThat(events)
        .containsSubsequence(
            "thread.run.in_progress",
            "thread.message.created",
            "thread.message.delta",
            "thread.message.completed",
            "thread.run.completed");
    assertThat(events).last().isEqualTo("thread.run.completed");
  }
}
