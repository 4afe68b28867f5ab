package io.partnercarts.server.store;

import io.partnercarts.server.core.Cart;
import io.partnercarts.server.core.CartStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class CartStoreTest {
    private static final UUID CUSTOMER = UUID.randomUUID();

    private final CartStore store = new CartStore();

    private static Cart newCart() {
        Instant now = Instant.parse("2024-05-01T10:00:00Z");
        return new Cart(UUID.randomUUID(), CUSTOMER, now, now, now.plusSeconds(60), "user", CartStatus.ACTIVE, List.of(), null);
    }

    @Test
    void storesACartWithoutCheckoutHistory() {
        Cart cart = store.createOnce(CUSTOMER, null, CartStoreTest::newCart);

        assertThat(store.find(cart.id())).contains(new StoredCart(cart, CheckoutHistory.NONE));
        assertThat(store.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void makesOneCartPerCustomerAndRequestId() {
        AtomicInteger made = new AtomicInteger();
        Cart first = store.createOnce(CUSTOMER, "r", () -> {
            made.incrementAndGet();
            return newCart();
        });
        Cart again = store.createOnce(CUSTOMER, "r", () -> {
            made.incrementAndGet();
            return newCart();
        });

        assertThat(again).isEqualTo(first);
        assertThat(made).hasValue(1);
        assertThat(store.createOnce(UUID.randomUUID(), "r", CartStoreTest::newCart)).isNotEqualTo(first);
    }

    @Test
    void aCartIsHeldByOneRequestAtATime() {
        Cart cart = store.createOnce(CUSTOMER, null, CartStoreTest::newCart);

        Optional<CartHold> hold = store.tryHold(cart.id());
        assertThat(hold).isPresent();
        assertThat(store.isHeld(cart.id())).isTrue();
        assertThat(store.tryHold(cart.id())).isEmpty();

        hold.get().close();
        assertThat(store.isHeld(cart.id())).isFalse();
        try (CartHold again = store.tryHold(cart.id()).orElseThrow()) {
            assertThat(again.current().cart()).isEqualTo(cart);
        }
    }

    @Test
    void savesTheCartAndItsHistoryTogether() {
        Cart cart = store.createOnce(CUSTOMER, null, CartStoreTest::newCart);
        Cart ordered = new Cart(cart.id(), CUSTOMER, cart.creationTimestamp(), cart.lastModifiedTimestamp(),
                cart.expirationTimestamp(), "user", CartStatus.ORDERED, List.of(), null);
        CheckoutHistory history = new CheckoutHistory(Map.of(), Map.of(), Map.of("0", 1));

        try (CartHold hold = store.tryHold(cart.id()).orElseThrow()) {
            hold.save(ordered, history);
        }

        assertThat(store.find(cart.id())).contains(new StoredCart(ordered, history));
    }
}
