package io.partnercarts.server.core;

/** A partner on record for a line item; {@code key} is the wire value such as {@code transaction_reseller}. */
public record Participant(String key, String value) {
    /** The key of the partner that resells the item: its value is the order line's partner on record. */
    public static final String TRANSACTION_RESELLER = "transaction_reseller";
}
