package io.partnercarts.server.store.memory;

import io.partnercarts.server.core.Cart;
import io.partnercarts.server.store.CartHold;
import io.partnercarts.server.store.CartRetention;
import io.partnercarts.server.store.CartStore;
import io.partnercarts.server.store.CheckoutHistory;
import io.partnercarts.server.store.StoredCart;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The carts of all customers, in this process's memory: the default store, gone with the process. Each cart is kept with its checkout history as one
 * {@link StoredCart} value that is replaced atomically; a cart can be held by one request at a time.
 *
 * <p>Memory is bounded by a {@link CartRetention}: a cart is purged once its expiration plus the retention
 * is past, and beyond the maximum number of carts the oldest is evicted. Either way the cart and the
 * request id it was created with are forgotten, as if they had never been. Since every cart lives equally
 * long, creation order is expiration order: one queue in creation order serves both, and creates (the only
 * way the store grows) drop what is due from its head. Reads never answer a cart that is due.
 */
public final class InMemoryCartStore implements CartStore {
    private static final Logger LOG = Logger.getLogger(InMemoryCartStore.class.getName());

    private final Clock clock;
    private final CartRetention retention;
    private final ConcurrentMap<UUID, Slot> slotsByCartId = new ConcurrentHashMap<>();
    private final ConcurrentMap<CreateRequest, UUID> cartIdsByCreateRequest = new ConcurrentHashMap<>();
    /**
     * Every stored cart in creation order; guarded by itself, as are all changes to {@link #slotsByCartId}.
     * Its lock is taken inside computations of {@link #cartIdsByCreateRequest}, so whoever holds it leaves
     * that map alone.
     */
    private final ArrayDeque<Slot> creationOrder = new ArrayDeque<>();
    /** Whether the latest create left the store at its maximum; guarded by {@link #creationOrder}. */
    private boolean full;

    public InMemoryCartStore(Clock clock, CartRetention retention) {
        this.clock = clock;
        this.retention = retention;
    }

    @Override
    public Cart createOnce(UUID customerId, String requestId, Supplier<Cart> newCart) {
        if (requestId == null || requestId.isBlank()) {
            return settle(admit(newCart.get(), null));
        }
        CreateRequest request = new CreateRequest(customerId, requestId);
        while (true) {
            AtomicReference<Admission> made = new AtomicReference<>();
            UUID cartId = cartIdsByCreateRequest.computeIfAbsent(request, key -> {
                made.set(admit(newCart.get(), key));
                return made.get().cart().id();
            });
            if (made.get() != null) {
                return settle(made.get());
            }
            Optional<StoredCart> stored = find(cartId);
            if (stored.isPresent()) {
                return stored.get().cart();
            }
            // Its cart was purged or evicted a moment ago: this request creates anew.
            cartIdsByCreateRequest.remove(request, cartId);
        }
    }

    @Override
    public Optional<StoredCart> find(UUID cartId) {
        return liveSlot(cartId).map(slot -> slot.state.get());
    }

    @Override
    public Optional<CartHold> tryHold(UUID cartId) {
        return liveSlot(cartId)
                .filter(slot -> slot.held.compareAndSet(false, true))
                .map(slot -> new InMemoryCartHold(slot.state, slot.held));
    }

    @Override
    public boolean isHeld(UUID cartId) {
        return liveSlot(cartId).map(slot -> slot.held.get()).orElse(false);
    }

    @Override
    public int size() {
        synchronized (creationOrder) {
            return slotsByCartId.size();
        }
    }

    private Optional<Slot> liveSlot(UUID cartId) {
        Instant now = clock.instant();
        return Optional.ofNullable(slotsByCartId.get(cartId)).filter(slot -> !isPurgeDue(slot, now));
    }

    /** Updates keep a cart's expiration, so any state of the cart answers this. */
    private boolean isPurgeDue(Slot slot, Instant now) {
        return retention.isPurgeDue(slot.state.get().cart().expirationTimestamp(), now);
    }

    /**
     * Stores a new cart at the end of the creation order, after dropping from its head the carts that are
     * due and, at the maximum, the oldest. May run inside a computation of {@link #cartIdsByCreateRequest},
     * so it leaves the create requests of what it dropped to {@link #settle}.
     */
    private Admission admit(Cart cart, CreateRequest request) {
        Slot slot = new Slot(cart, request);
        List<Slot> dropped = new ArrayList<>(1);
        boolean reachedMax;
        synchronized (creationOrder) {
            if (slotsByCartId.containsKey(cart.id())) {
                throw new IllegalStateException("A cart with id " + cart.id() + " is already stored.");
            }
            Instant now = clock.instant();
            while (!creationOrder.isEmpty()
                    && (creationOrder.size() >= retention.maxCarts() || isPurgeDue(creationOrder.peekFirst(), now))) {
                Slot oldest = creationOrder.pollFirst();
                slotsByCartId.remove(oldest.cartId(), oldest);
                dropped.add(oldest);
            }
            slotsByCartId.put(cart.id(), slot);
            creationOrder.addLast(slot);
            boolean nowFull = creationOrder.size() >= retention.maxCarts();
            reachedMax = nowFull && !full;
            full = nowFull;
        }
        return new Admission(cart, dropped, reachedMax);
    }

    /** What is left to do after an admission, outside any computation of {@link #cartIdsByCreateRequest}. */
    private Cart settle(Admission admission) {
        for (Slot dropped : admission.dropped()) {
            if (dropped.request != null) {
                // Waits for a computation still recording this request, so that no record outlives its cart.
                cartIdsByCreateRequest.remove(dropped.request, dropped.cartId());
            }
        }
        if (admission.reachedMax()) {
            LOG.info(() -> "The cart store holds its maximum of " + retention.maxCarts() + " carts: from now on each"
                    + " new cart evicts the oldest one. Set another maximum with --max-carts"
                    + " (env PARTNER_CARTS_MAX_CARTS).");
        }
        return admission.cart();
    }

    private record CreateRequest(UUID customerId, String requestId) {}

    private record Admission(Cart cart, List<Slot> dropped, boolean reachedMax) {}

    private static final class Slot {
        final AtomicReference<StoredCart> state;
        final AtomicBoolean held = new AtomicBoolean();
        /** The request that created the cart; null when it had no request id. */
        final CreateRequest request;

        Slot(Cart cart, CreateRequest request) {
            this.state = new AtomicReference<>(new StoredCart(cart, CheckoutHistory.NONE));
            this.request = request;
        }

        UUID cartId() {
            return state.get().cart().id();
        }
    }
}
