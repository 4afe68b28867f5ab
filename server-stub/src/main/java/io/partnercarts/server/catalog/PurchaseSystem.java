package io.partnercarts.server.catalog;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The back end that takes an offer's orders: legacy offers are ordered one line at a time and complete
 * at once, modern (new commerce) offers are ordered together per billing cycle and stay pending.
 */
public enum PurchaseSystem {
    LEGACY("legacy"),
    MODERN("modern");

    private final String fixtureName;

    PurchaseSystem(String fixtureName) {
        this.fixtureName = fixtureName;
    }

    /** How a fixtures file names it; Jackson reads it by this name. */
    @JsonValue
    public String fixtureName() {
        return fixtureName;
    }
}
