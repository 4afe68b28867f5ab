package io.partnercarts.server.core;

/** Why a line item cannot be ordered as it is. */
public record CartError(CartErrorCode code, String description) {}
