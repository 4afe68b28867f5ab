package io.partnercarts.server.catalog;

/** The order error a sandbox offer makes its order group fail with: a Partner Center error code and text. */
public record CheckoutFailure(int code, String description) {}
