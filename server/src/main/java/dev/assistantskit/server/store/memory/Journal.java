package dev.assistantskit.server.store.memory;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The undo log of the write transaction in progress: every change to a table records how to reverse
 * it, and a failed transaction replays them backwards.
 */
final class Journal {
  private Deque<Runnable> undo;

  void begin() {
    undo = new ArrayDeque<>();
  }

  void record(Runnable reverse) {
    if (undo == null) {
      throw new IllegalStateException("state changed outside a write transaction");
    }
    undo.push(reverse);
  }

  void commit() {
    undo = null;
  }

  void rollback() {
    Deque<Runnable> steps = undo;
    undo = null;
    while (steps != null && !steps.isEmpty()) {
      steps.pop().run();
    }
  }
}
