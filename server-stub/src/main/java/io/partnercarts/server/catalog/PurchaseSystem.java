package io.partnercarts.server.catalog;

import java.util.Arrays;
import java.util.Optional;

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

    public String fixtureName() {
        return fixtureName;
    }

    public static Optional<PurchaseSystem> fromFixtureName(String name) {
        return Arrays.stream(values())
                .filter(system -> system.fixtureName.equals(name))
                .findFirst();
    }
}
