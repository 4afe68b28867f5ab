package io.partnercarts.server.core;

/**
 * Whether a cart can still change ({@code Active} on the wire) or was checked out ({@code Ordered});
 * the wire values are mapped in {@code resources.WireEnums}.
 */
public enum CartStatus {
    ACTIVE,
    ORDERED
}
