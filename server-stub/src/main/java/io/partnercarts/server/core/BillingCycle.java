package io.partnercarts.server.core;

import java.util.Arrays;

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

    public static BillingCycle fromWireName(String name) {
        return Arrays.stream(values())
                .filter(cycle -> cycle.wireName.equalsIgnoreCase(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown billing cycle: " + name));
    }
}
