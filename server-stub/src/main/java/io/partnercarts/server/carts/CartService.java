package io.partnercarts.server.carts;

import io.partnercarts.server.catalog.Customer;
import io.partnercarts.server.catalog.Fixtures;
import io.partnercarts.server.core.Cart;
import io.partnercarts.server.core.CartDraft;
import io.partnercarts.server.core.CartStatus;
import io.partnercarts.server.core.CartsException;
import io.partnercarts.server.core.RandomIds;
import io.partnercarts.server.store.CartHold;
import io.partnercarts.server.store.CartStore;
import io.partnercarts.server.store.CheckoutHistory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Creates, reads and replaces customers' carts. Refusals are thrown as {@link CartsException}. */
public final class CartService {
    private final Fixtures fixtures;
    private final CartStore store;
    private final Clock clock;
    private final Duration cartLifetime;
    private final CartLookup lookup;
    private final CartLineBuilder lineBuilder;

    public CartService(Fixtures fixtures, CartStore store, Clock clock, Duration cartLifetime) {
        this.fixtures = fixtures;
        this.store = store;
        this.clock = clock;
        this.cartLifetime = cartLifetime;
        this.lookup = new CartLookup(fixtures.customers(), store);
        this.lineBuilder = new CartLineBuilder(fixtures.catalog());
    }

    /**
     * Creates an active cart. With a non-blank {@code requestId} a repeat for the same customer answers
     * the cart the first request created, whatever its body.
     */
    public Cart create(UUID customerId, String requestId, CartDraft draft) {
        Customer customer = lookup.customer(customerId);
        return store.createOnce(customerId, requestId, () -> newCart(customer, draft));
    }

    /** The customer's cart in whatever state it is, expired or ordered. */
    public Cart get(UUID customerId, UUID cartId) {
        return lookup.cart(customerId, cartId).cart();
    }

    /** Replaces the line items of an active, unexpired cart that no checkout is working on. */
    public Cart update(UUID customerId, UUID cartId, CartDraft draft) {
        Customer customer = lookup.customer(customerId);
        lookup.cart(customerId, cartId);
        try (CartHold hold = lookup.hold(customerId, cartId)) {
            Cart cart = hold.current().cart();
            Instant now = clock.instant();
            CartRules.requireChangeable(cart, now);
            DraftValidation.requireCatalogItemIds(draft);
            Cart updated = cart.modified(now, fixtures.partnerUser())
                    .withStatus(CartStatus.ACTIVE)
                    .withLines(lineBuilder.build(draft.lines(), customer))
                    .withPartnerOnRecordAttestationAccepted(draft.partnerOnRecordAttestationAccepted());
            // An active cart has no orders yet; failed attempts of its old groups say nothing about the new ones.
            hold.save(updated, CheckoutHistory.NONE);
            return updated;
        }
    }

    private Cart newCart(Customer customer, CartDraft draft) {
        DraftValidation.requireCatalogItemIds(draft);
        Instant now = clock.instant();
        return new Cart(
                RandomIds.uuid(),
                customer.id(),
                now,
                now,
                now.plus(cartLifetime),
                fixtures.partnerUser(),
                CartStatus.ACTIVE,
                lineBuilder.build(draft.lines(), customer),
                draft.partnerOnRecordAttestationAccepted());
    }
}
