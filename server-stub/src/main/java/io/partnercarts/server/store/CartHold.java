package io.partnercarts.server.store;

import io.partnercarts.server.core.Cart;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Exclusive use of one cart while a checkout or an update runs. Closing it lets the next request in;
 * a hold is meant to be used in a try-with-resources block by the thread that took it.
 */
public final class CartHold implements AutoCloseable {
    private final AtomicReference<StoredCart> state;
    private final AtomicBoolean held;
    private boolean open = true;

    CartHold(AtomicReference<StoredCart> state, AtomicBoolean held) {
        this.state = state;
        this.held = held;
    }

    public StoredCart current() {
        return state.get();
    }

    /** Replaces the cart and its history in one step. */
    public void save(Cart cart, CheckoutHistory history) {
        if (!open) {
            throw new IllegalStateException("The hold on cart " + cart.id() + " was already released.");
        }
        state.set(new StoredCart(cart, history));
    }

    @Override
    public void close() {
        if (open) {
            open = false;
            held.set(false);
        }
    }
}
