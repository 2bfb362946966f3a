package dev.assistantskit.server.backend;

/**
 * What decides each turn of a run: the model (and its code sandbox) behind the Assistants API.
 *
 * <p>A run asks for a turn when it starts, and again after the caller submits the outputs of the
 * functions a turn called. The default is {@code DeterministicModel}, which replays Azure's
 * sine-wave walkthrough and fakes function calling; a chat-completions backend can be plugged in
 * here. Implementations must be thread-safe: turns of different runs are asked for concurrently.
 */
public interface ModelBackend {
  Turn respond(TurnRequest request);
}
