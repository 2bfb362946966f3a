package dev.assistantskit.server.control;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A fault the emulator injects into requests that match, as the control plane takes it.
 *
 * @param method the HTTP method to match, or null for any
 * @param path a regular expression the path below {@code /openai} must match entirely
 * @param status the error to answer instead (429, 500, 502 or 503), or null to only delay
 * @param retryAfter the {@code Retry-After} seconds of a 429 (default 1)
 * @param latencyMs delay added before the request is handled (or refused)
 * @param times how many requests it affects (default: every one until cleared)
 * @param streamErrorAfter for a streamed run: after how many events its stream breaks with an
 *     {@code error} event (the run itself goes on), or null
 */
public record FaultDefinition(
    @JsonProperty("method") String method,
    @JsonProperty("path") String path,
    @JsonProperty("status") Integer status,
    @JsonProperty("retry_after") Integer retryAfter,
    @JsonProperty("latency_ms") Long latencyMs,
    @JsonProperty("times") Integer times,
    @JsonProperty("stream_error_after") Integer streamErrorAfter) {}
