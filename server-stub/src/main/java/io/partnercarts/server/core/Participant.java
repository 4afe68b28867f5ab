package io.partnercarts.server.core;

/** A partner on record for a line item; {@code key} is the wire value such as {@code transaction_reseller}. */
public record Participant(String key, String value) {
}
