package dev.assistantskit.server.runs;

/**
 * Something that happened to a run, named as the stream event Azure sends for it ({@code
 * thread.run.in_progress}, {@code thread.message.delta}, …). {@code data} is a domain object (run,
 * step, message, thread) or a delta.
 */
public record RunEvent(String runId, String name, Object data) {}
