package io.partnercarts.server.core;

/** The state of an order placed by a checkout. */
public enum OrderStatus {
    /** Provisioned at once: legacy offers. */
    COMPLETED("completed"),
    /** Still being provisioned: modern offers. */
    PENDING("pending");

    private final String wireName;

    OrderStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
