package io.partnercarts.server.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The offers the sandbox sells, looked up by their exact catalog item id. */
public final class Catalog {
    private final Map<String, Offer> offersById = new LinkedHashMap<>();

    Catalog(List<Offer> offers) {
        offers.forEach(offer -> offersById.put(offer.catalogItemId(), offer));
    }

    public Optional<Offer> find(String catalogItemId) {
        return Optional.ofNullable(catalogItemId).map(offersById::get);
    }

    public List<Offer> offers() {
        return List.copyOf(offersById.values());
    }
}
