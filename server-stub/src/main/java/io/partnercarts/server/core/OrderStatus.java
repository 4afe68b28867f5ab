package io.partnercarts.server.core;

/** The state of an order placed by a checkout; the wire values are mapped in {@code resources.WireEnums}. */
public enum OrderStatus {
    /** Provisioned at once: legacy offers. */
    COMPLETED,
    /** Still being provisioned: modern offers. */
    PENDING
}
