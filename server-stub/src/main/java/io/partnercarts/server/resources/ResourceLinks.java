package io.partnercarts.server.resources;

import io.partnercarts.server.api.model.Link;
import java.util.List;
import java.util.UUID;

/** The relative links in response bodies: no {@code /v1}, as Partner Center writes them. */
final class ResourceLinks {
    private static final String COUNTRY = "?country=US";

    private ResourceLinks() {}

    static Link cart(UUID customerId, UUID cartId) {
        return get("/customers/" + customerId + "/carts/" + cartId);
    }

    static Link order(UUID customerId, String orderId) {
        return get(orderPath(customerId, orderId));
    }

    static Link orderProvisioningStatus(UUID customerId, String orderId) {
        return get(orderPath(customerId, orderId) + "/provisioningstatus");
    }

    static Link orderPatch(UUID customerId, String orderId) {
        return link(orderPath(customerId, orderId), "PATCH");
    }

    static Link subscription(UUID customerId, String subscriptionId) {
        return get("/customers/" + customerId + "/subscriptions/" + subscriptionId);
    }

    static Link product(CatalogItemId item) {
        return get("/products/" + item.productId() + COUNTRY);
    }

    static Link sku(CatalogItemId item) {
        return get("/products/" + item.productId() + "/skus/" + item.skuId() + COUNTRY);
    }

    static Link availability(CatalogItemId item) {
        return get("/products/" + item.productId() + "/skus/" + item.skuId() + "/availabilities/"
                + item.availabilityId() + COUNTRY);
    }

    private static String orderPath(UUID customerId, String orderId) {
        return "/customers/" + customerId + "/orders/" + orderId;
    }

    private static Link get(String uri) {
        return link(uri, "GET");
    }

    private static Link link(String uri, String method) {
        return new Link().uri(uri).method(method).headers(List.of());
    }
}
