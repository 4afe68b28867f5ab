package com.example.carts;

import io.partnercarts.server.api.model.Cart;
import io.partnercarts.server.api.model.CartCheckoutResult;
import io.partnercarts.server.api.model.CartLineItem;
import io.partnercarts.server.api.model.CartLinks;
import io.partnercarts.server.api.model.CartStatus;
import io.partnercarts.server.api.model.Link;
import io.partnercarts.server.api.model.ResourceAttributes;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The carts of this implementation's one customer, in memory. Changes are serialised, so that a checkout sees a
 * cart that no update is changing and concurrent checkouts of one cart place its orders once.
 */
final class CartStore {
    /** The customer of the contract's seed scenario. */
    static final UUID CUSTOMER = UUID.fromString("28045616-f6b9-462f-9701-0d89b5e65c44");

    private static final String USER = "example-implementer";
    private final Map<UUID, Cart> carts = new ConcurrentHashMap<>();
    private final Map<String, UUID> createdByRequestId = new ConcurrentHashMap<>();
    private final Map<UUID, CartCheckoutResult> checkouts = new ConcurrentHashMap<>();

    /** A retry with the same MS-RequestId answers the cart the first request created. */
    synchronized Cart create(UUID customer, String requestId, List<CartLineItem> lines) {
        requireKnown(customer);
        UUID id = createdByRequestId.computeIfAbsent(requestId, retried -> UUID.randomUUID());
        OffsetDateTime now = now();
        return carts.computeIfAbsent(id, created -> cart(created, now, now, CartStatus.ACTIVE, lines));
    }

    Cart cart(UUID customer, UUID id) {
        requireKnown(customer);
        Cart cart = carts.get(id);
        if (cart == null) {
            throw ApiFaults.refusal(404, 800008, "Cart " + id + " of customer " + customer + " was not found.");
        }
        return cart;
    }

    synchronized Cart update(UUID customer, UUID id, List<CartLineItem> lines) {
        Cart cart = changeable(cart(customer, id));
        Cart updated = cart(id, cart.getCreationTimestamp(), now(), CartStatus.ACTIVE, lines);
        carts.put(id, updated);
        return updated;
    }

    /** The first checkout places the orders; every later one answers the same result. */
    synchronized CartCheckoutResult checkout(UUID customer, UUID id) {
        Cart cart = cart(customer, id);
        CartCheckoutResult placed = checkouts.get(id);
        if (placed != null) {
            return placed;
        }
        if (changeable(cart).getLineItems().stream().anyMatch(line -> line.getError() != null)) {
            throw ApiFaults.refusal(400, 800009, "Cart " + id + " has line items in error and cannot be checked out.");
        }
        CartCheckoutResult result = Orders.place(customer, cart);
        checkouts.put(id, result);
        carts.put(id, cart(id, cart.getCreationTimestamp(), now(), CartStatus.ORDERED, cart.getLineItems()));
        return result;
    }

    private static Cart changeable(Cart cart) {
        if (cart.getStatus() == CartStatus.ORDERED) {
            throw ApiFaults.invalidInput(
                    "Cart " + cart.getId() + " has already been ordered and can no longer be changed.");
        }
        if (now().isAfter(cart.getExpirationTimestamp())) {
            throw ApiFaults.invalidInput("Cart " + cart.getId() + " expired at " + cart.getExpirationTimestamp() + ".");
        }
        return cart;
    }

    private static void requireKnown(UUID customer) {
        if (!CUSTOMER.equals(customer)) {
            throw ApiFaults.refusal(404, 60003, "Customer " + customer + " was not found.");
        }
    }

    /** A cart expires 7 days after it was created. */
    private static Cart cart(
            UUID id, OffsetDateTime created, OffsetDateTime modified, CartStatus status, List<CartLineItem> lines) {
        return new Cart()
                .id(id.toString())
                .creationTimestamp(created)
                .lastModifiedTimestamp(modified)
                .expirationTimestamp(created.plusDays(7))
                .lastModifiedUser(USER)
                .status(status)
                .lineItems(lines)
                .links(new CartLinks().self(link("/customers/" + CUSTOMER + "/carts/" + id)))
                .attributes(objectType("Cart"));
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    static Link link(String uri) {
        return new Link().uri(uri).method("GET").headers(List.of());
    }

    static ResourceAttributes objectType(String type) {
        return new ResourceAttributes().objectType(type);
    }
}
