package io.partnercarts.server.store;

import io.partnercarts.server.core.Cart;

/**
 * Exclusive use of one cart while a checkout or an update runs, taken by {@link CartStore#tryHold}.
 * Closing it lets the next request in; a hold is meant to be used in a try-with-resources block by the
 * thread that took it.
 */
public interface CartHold extends AutoCloseable {

    /** The cart and its history as they were when the hold was taken, or as this hold last saved them. */
    StoredCart current();

    /**
     * Replaces the cart and its history in one step: both are stored, or neither. Throws
     * {@link HoldLostException}, storing nothing, when this hold was lost meanwhile (a store that bounds a
     * hold's time let another request take the cart over); {@link IllegalStateException} once closed.
     */
    void save(Cart cart, CheckoutHistory history);

    @Override
    void close();
}
