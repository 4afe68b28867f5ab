package io.partnercarts.server.core;

import java.util.Arrays;
import java.util.Optional;

/** How often an item is billed; the wire names are Partner Center's lower snake_case values. */
public enum BillingCycle {
    UNKNOWN("unknown"),
    MONTHLY("monthly"),
    ANNUAL("annual"),
    NONE("none"),
    ONE_TIME("one_time"),
    TRIENNIAL("triennial"),
    BIENNIAL("biennial");

    private final String wireName;

    BillingCycle(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /**
     * The cycle whose wire name is exactly {@code name} (case-sensitive, as fixtures spell it); empty for
     * any other text. Requests never come here: the HTTP layer reads their values case-insensitively
     * into the generated enum, which {@code resources} maps to this one.
     */
    public static Optional<BillingCycle> fromWireName(String name) {
        return Arrays.stream(values())
                .filter(cycle -> cycle.wireName.equals(name))
                .findFirst();
    }
}
