package io.partnercarts.server.catalog;

import java.util.UUID;

/**
 * A customer tenant the sandbox knows, with the currency its carts and orders are priced in.
 * {@code serviceError} makes every request for the customer fail as the service itself would (500), so
 * that callers can exercise their retries on any operation.
 */
public record Customer(
        UUID id,
        String companyName,
        String country,
        String currencyCode,
        String currencySymbol,
        boolean serviceError) {}
