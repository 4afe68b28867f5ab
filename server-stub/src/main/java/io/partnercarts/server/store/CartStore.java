package io.partnercarts.server.store;

import io.partnercarts.server.core.Cart;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The carts of all customers, in memory. Each cart is kept with its checkout history as one
 * {@link StoredCart} value that is replaced atomically; a cart can be held by one request at a time.
 * Carts are never removed.
 */
public final class CartStore {
    private final ConcurrentMap<UUID, Slot> slotsByCartId = new ConcurrentHashMap<>();
    private final ConcurrentMap<CreateRequest, UUID> cartIdsByCreateRequest = new ConcurrentHashMap<>();

    public CartStore() {
    }

    /**
     * Stores the cart that {@code newCart} makes, once per customer and non-blank request id: a repeat
     * (even a concurrent one) answers the cart the first call stored, as it is now, without calling
     * {@code newCart}. Whatever {@code newCart} throws leaves nothing behind.
     */
    public Cart createOnce(UUID customerId, String requestId, Supplier<Cart> newCart) {
        if (requestId == null || requestId.isBlank()) {
            return add(newCart.get());
        }
        UUID cartId = cartIdsByCreateRequest.computeIfAbsent(new CreateRequest(customerId, requestId),
                request -> add(newCart.get()).id());
        return slotsByCartId.get(cartId).state.get().cart();
    }

    public Optional<StoredCart> find(UUID cartId) {
        return Optional.ofNullable(slotsByCartId.get(cartId)).map(slot -> slot.state.get());
    }

    /**
     * Takes exclusive use of a stored cart; empty while another request holds it.
     *
     * @throws IllegalArgumentException if no cart has that id
     */
    public Optional<CartHold> tryHold(UUID cartId) {
        Slot slot = slotOf(cartId);
        return slot.held.compareAndSet(false, true) ? Optional.of(new CartHold(slot.state, slot.held)) : Optional.empty();
    }

    public boolean isHeld(UUID cartId) {
        return slotOf(cartId).held.get();
    }

    private Cart add(Cart cart) {
        Slot previous = slotsByCartId.putIfAbsent(cart.id(), new Slot(new StoredCart(cart, CheckoutHistory.NONE)));
        if (previous != null) {
            throw new IllegalStateException("A cart with id " + cart.id() + " is already stored.");
        }
        return cart;
    }

    private Slot slotOf(UUID cartId) {
        Slot slot = slotsByCartId.get(cartId);
        if (slot == null) {
            throw new IllegalArgumentException("No cart with id " + cartId + " is stored.");
        }
        return slot;
    }

    private record CreateRequest(UUID customerId, String requestId) {
    }

    private static final class Slot {
        final AtomicReference<StoredCart> state;
        final AtomicBoolean held = new AtomicBoolean();

        Slot(StoredCart initial) {
            this.state = new AtomicReference<>(initial);
        }
    }
}
