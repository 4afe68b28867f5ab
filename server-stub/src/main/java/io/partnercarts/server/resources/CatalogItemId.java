package io.partnercarts.server.resources;

import java.util.Optional;

/** A modern catalog item id, {@code productId:skuId:availabilityId}; legacy offer ids have no parts. */
record CatalogItemId(String productId, String skuId, String availabilityId) {

    static Optional<CatalogItemId> parse(String id) {
        String[] parts = id == null ? new String[0] : id.split(":", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CatalogItemId(parts[0], parts[1], parts[2]));
    }
}
