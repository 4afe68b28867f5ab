package io.partnercarts.server.catalog;

import java.util.UUID;

/** A customer tenant the sandbox knows, with the currency its carts and orders are priced in. */
public record Customer(UUID id, String companyName, String country, String currencyCode, String currencySymbol) {
}
