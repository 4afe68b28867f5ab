package io.partnercarts.server.core;

/** Why the order group {@code orderGroupId} could not be ordered; {@code code} is a Partner Center error code. */
public record OrderError(String orderGroupId, int code, String description) {}
