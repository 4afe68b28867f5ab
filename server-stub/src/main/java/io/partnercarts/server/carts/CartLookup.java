package io.partnercarts.server.carts;

import io.partnercarts.server.catalog.Customer;
import io.partnercarts.server.catalog.Customers;
import io.partnercarts.server.core.Cart;
import io.partnercarts.server.core.CartsException;
import io.partnercarts.server.core.FaultCode;
import io.partnercarts.server.store.CartHold;
import io.partnercarts.server.store.CartStore;
import io.partnercarts.server.store.CheckoutHistory;
import io.partnercarts.server.store.HoldLostException;
import io.partnercarts.server.store.StoredCart;
import java.util.Optional;
import java.util.UUID;

/** Finds the customer and cart a request names, refusing unknown ones and carts held by another request. */
final class CartLookup {
    private final Customers customers;
    private final CartStore store;

    CartLookup(Customers customers, CartStore store) {
        this.customers = customers;
        this.store = store;
    }

    Customer customer(UUID customerId) {
        Customer customer = customers
                .find(customerId)
                .orElseThrow(() ->
                        new CartsException(FaultCode.CUSTOMER_NOT_FOUND, "Customer " + customerId + " was not found."));
        if (customer.serviceError()) {
            throw CartsException.serviceError();
        }
        return customer;
    }

    /** The customer's cart; a cart of another customer is not found either, nor one the store no longer keeps. */
    StoredCart cart(UUID customerId, UUID cartId) {
        customer(customerId);
        return (cartId == null ? Optional.<StoredCart>empty() : store.find(cartId))
                .filter(stored -> stored.cart().customerId().equals(customerId))
                .orElseThrow(() -> notFound(customerId, cartId));
    }

    /**
     * Exclusive use of a cart that {@link #cart} found, unless the store dropped it since. A hold that
     * another request took over before it saved (see {@link HoldLostException}) is refused as a hold that
     * could not be taken: another request is processing the cart.
     */
    CartHold hold(UUID customerId, UUID cartId) {
        CartHold hold = store.tryHold(cartId)
                .orElseThrow(
                        () -> store.find(cartId).isEmpty() ? notFound(customerId, cartId) : beingProcessed(cartId));
        return new CartHold() {
            @Override
            public StoredCart current() {
                return hold.current();
            }

            @Override
            public void save(Cart cart, CheckoutHistory history) {
                try {
                    hold.save(cart, history);
                } catch (HoldLostException e) {
                    throw beingProcessed(cartId);
                }
            }

            @Override
            public void close() {
                hold.close();
            }
        };
    }

    private static CartsException beingProcessed(UUID cartId) {
        return new CartsException(
                FaultCode.CART_BEING_PROCESSED, "Cart " + cartId + " is being processed by another request.");
    }

    private static CartsException notFound(UUID customerId, UUID cartId) {
        return new CartsException(
                FaultCode.CART_NOT_FOUND, "Cart " + cartId + " of customer " + customerId + " was not found.");
    }
}
