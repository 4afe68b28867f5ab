package io.partnercarts.server.store.memory;

import io.partnercarts.server.core.Cart;
import io.partnercarts.server.store.CartHold;
import io.partnercarts.server.store.CheckoutHistory;
import io.partnercarts.server.store.StoredCart;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/** A hold of the in-memory store: a flag on the cart's slot, never lost while the process lives. */
final class InMemoryCartHold implements CartHold {
    private final AtomicReference<StoredCart> state;
    private final AtomicBoolean held;
    private boolean open = true;

    InMemoryCartHold(AtomicReference<StoredCart> state, AtomicBoolean held) {
        this.state = state;
        this.held = held;
    }

    @Override
    public StoredCart current() {
        return state.get();
    }

    @Override
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
