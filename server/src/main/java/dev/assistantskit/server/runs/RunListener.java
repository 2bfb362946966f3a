package dev.assistantskit.server.runs;

import java.util.function.Consumer;

/**
 * Someone who wants a run's events from its very first one (a stream being sent). The service
 * subscribes it before the run's first event is published and hands it the subscription, which the
 * listener closes when it is done.
 */
public interface RunListener extends Consumer<RunEvent> {
  void subscribed(AutoCloseable subscription);
}
