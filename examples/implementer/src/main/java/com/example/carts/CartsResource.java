package com.example.carts;

import io.partnercarts.server.api.CartsApi;
import io.partnercarts.server.api.model.Cart;
import io.partnercarts.server.api.model.CartCheckoutResult;
import io.partnercarts.server.api.model.CartLineItem;
import io.partnercarts.server.api.model.CartLinks;
import io.partnercarts.server.api.model.CartStatus;
import io.partnercarts.server.api.model.Link;
import io.partnercarts.server.api.model.ResourceAttributes;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The contract's cart operations (the generated interface's paths, methods and media types) on the carts of this
 * implementation's one customer, in memory. {@link RequestRules} has already checked the token, the headers and the
 * ids. Changes are serialised, so that a checkout sees a cart that no update is changing and concurrent checkouts
 * of one cart place its orders once.
 */
public final class CartsResource implements CartsApi {
    /** The customer of the contract's seed scenario. */
    static final UUID CUSTOMER = UUID.fromString("28045616-f6b9-462f-9701-0d89b5e65c44");

    private final Map<UUID, Cart> carts = new ConcurrentHashMap<>();
    private final Map<String, UUID> createdByRequestId = new ConcurrentHashMap<>();
    private final Map<UUID, CartCheckoutResult> checkouts = new ConcurrentHashMap<>();

    /** A retry with the same MS-RequestId answers the cart the first request created. */
    @Override
    public synchronized Response createCart(
            UUID customerId,
            Cart cart,
            String msRequestId,
            String msCorrelationId,
            String xLocale,
            String msContractVersion) {
        CartLimits.check(cart);
        requireKnown(customerId);
        UUID id = createdByRequestId.computeIfAbsent(msRequestId, retried -> UUID.randomUUID());
        OffsetDateTime now = now();
        Cart created = carts.computeIfAbsent(
                id, first -> cart(first, now, now, CartStatus.ACTIVE, Catalog.answered(cart.getLineItems())));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @Override
    public Response getCart(
            UUID customerId,
            UUID cartId,
            String msRequestId,
            String msCorrelationId,
            String xLocale,
            String msContractVersion) {
        return Response.ok(stored(customerId, cartId)).build();
    }

    @Override
    public synchronized Response updateCart(
            UUID customerId,
            UUID cartId,
            Cart cart,
            String msRequestId,
            String msCorrelationId,
            String xLocale,
            String msContractVersion) {
        CartLimits.check(cart);
        Cart stored = changeable(stored(customerId, cartId));
        Cart updated = cart(
                cartId, stored.getCreationTimestamp(), now(), CartStatus.ACTIVE, Catalog.answered(cart.getLineItems()));
        carts.put(cartId, updated);
        return Response.ok(updated).build();
    }

    /** The first checkout places the orders; every later one answers the same result. */
    @Override
    public synchronized Response checkoutCart(
            UUID customerId,
            UUID cartId,
            String msRequestId,
            String msCorrelationId,
            String xLocale,
            String msContractVersion,
            Object body) {
        Cart cart = stored(customerId, cartId);
        CartCheckoutResult result = checkouts.get(cartId);
        if (result == null) {
            if (changeable(cart).getLineItems().stream().anyMatch(line -> line.getError() != null)) {
                throw ApiFaults.refusal(400, 800009, "Cart " + cartId + " has line items in error.");
            }
            result = Catalog.orders(customerId, cart.getLineItems());
            checkouts.put(cartId, result);
            carts.put(
                    cartId, cart(cartId, cart.getCreationTimestamp(), now(), CartStatus.ORDERED, cart.getLineItems()));
        }
        return Response.status(Response.Status.CREATED).entity(result).build();
    }

    private Cart stored(UUID customer, UUID id) {
        requireKnown(customer);
        Cart cart = carts.get(id);
        if (cart == null) {
            throw ApiFaults.refusal(404, 800008, "Cart " + id + " was not found.");
        }
        return cart;
    }

    private static Cart changeable(Cart cart) {
        if (cart.getStatus() == CartStatus.ORDERED) {
            throw ApiFaults.invalidInput("Cart " + cart.getId() + " has been ordered and can no longer be changed.");
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
                .lastModifiedUser("example-implementer")
                .status(status)
                .lineItems(lines)
                .links(new CartLinks().self(link("/customers/" + CUSTOMER + "/carts/" + id)))
                .attributes(new ResourceAttributes().objectType("Cart"));
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    static Link link(String uri) {
        return new Link().uri(uri).method("GET").headers(List.of());
    }
}
