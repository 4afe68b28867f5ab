package io.partnercarts.server.core;

/** Whether a cart can still change ({@code Active}) or was checked out ({@code Ordered}). */
public enum CartStatus {
    ACTIVE("Active"),
    ORDERED("Ordered");

    private final String wireName;

    CartStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
