package io.partnercarts.server.core;

/** Pre-tax prices of a line: per unit, and {@code extendedPrice} for the whole quantity. */
public record Pricing(
        double listPrice, double discountedPrice, double proratedPrice, double price, double extendedPrice) {}
