package dev.assistantskit.server.domain;

/** Why a run or step failed: {@code server_error} or {@code rate_limit_exceeded}. */
public record RunError(String code, String message) {}
