package io.partnercarts.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnercarts.server.ManualClock;
import io.partnercarts.server.core.Cart;
import io.partnercarts.server.core.CartStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class CartStoreTest {
    private static final UUID CUSTOMER = UUID.randomUUID();
    private static final Duration LIFETIME = Duration.ofMinutes(1);
    private static final Duration RETENTION = Duration.ofDays(1);

    private final ManualClock clock = new ManualClock(Instant.parse("2024-05-01T10:00:00Z"));
    private final CartStore store = new CartStore(clock, new CartRetention(1_000, RETENTION));

    private Cart newCart() {
        Instant now = clock.instant();
        return new Cart(
                UUID.randomUUID(), CUSTOMER, now, now, now.plus(LIFETIME), "user", CartStatus.ACTIVE, List.of(), null);
    }

    private static Cart ordered(Cart cart) {
        return cart.withStatus(CartStatus.ORDERED);
    }

    private CartStore storeOfAtMost(int maxCarts) {
        return new CartStore(clock, new CartRetention(maxCarts, RETENTION));
    }

    @Test
    void storesACartWithoutCheckoutHistory() {
        Cart cart = store.createOnce(CUSTOMER, null, this::newCart);

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
        assertThat(store.createOnce(UUID.randomUUID(), "r", this::newCart)).isNotEqualTo(first);
    }

    @Test
    void aCartIsHeldByOneRequestAtATime() {
        Cart cart = store.createOnce(CUSTOMER, null, this::newCart);

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
        Cart cart = store.createOnce(CUSTOMER, null, this::newCart);
        CheckoutHistory history = new CheckoutHistory(Map.of(), Map.of(), Map.of("0", 1));

        try (CartHold hold = store.tryHold(cart.id()).orElseThrow()) {
            hold.save(ordered(cart), history);
        }

        assertThat(store.find(cart.id())).contains(new StoredCart(ordered(cart), history));
    }

    @Test
    void atItsMaximumTheStoreEvictsTheOldestCarts() {
        CartStore small = storeOfAtMost(3);
        List<Cart> carts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            carts.add(small.createOnce(CUSTOMER, null, this::newCart));
        }

        assertThat(small.size()).isEqualTo(3);
        assertThat(carts.subList(0, 2)).allSatisfy(evicted -> {
            assertThat(small.find(evicted.id())).isEmpty();
            assertThat(small.tryHold(evicted.id())).isEmpty();
        });
        assertThat(carts.subList(2, 5))
                .allSatisfy(kept -> assertThat(small.find(kept.id())).isPresent());

        Cart sixth = small.createOnce(CUSTOMER, null, this::newCart);
        assertThat(small.find(carts.get(2).id())).isEmpty();
        assertThat(small.find(carts.get(3).id())).isPresent();
        assertThat(small.find(sixth.id())).isPresent();
    }

    @Test
    void anUpdatedOrOrderedCartIsEvictedInItsCreationOrder() {
        CartStore small = storeOfAtMost(2);
        Cart oldest = small.createOnce(CUSTOMER, null, this::newCart);
        Cart younger = small.createOnce(CUSTOMER, null, this::newCart);
        try (CartHold hold = small.tryHold(oldest.id()).orElseThrow()) {
            hold.save(ordered(oldest), CheckoutHistory.NONE);
        }

        small.createOnce(CUSTOMER, null, this::newCart);

        assertThat(small.find(oldest.id())).isEmpty();
        assertThat(small.find(younger.id())).isPresent();
    }

    @Test
    void concurrentCreatesNeverStoreMoreThanTheMaximum() throws Exception {
        int maxCarts = 100;
        int threads = 8;
        int createsEach = 1_000;
        CartStore small = storeOfAtMost(maxCarts);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> largestSeen = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                largestSeen.add(pool.submit(() -> {
                    start.await();
                    int largest = 0;
                    for (int i = 0; i < createsEach; i++) {
                        // Half of them with a request id, so that evictions also forget create requests.
                        small.createOnce(CUSTOMER, i % 2 == 0 ? null : thread + "-" + i, this::newCart);
                        largest = Math.max(largest, small.size());
                    }
                    return largest;
                }));
            }
            start.countDown();
            for (Future<Integer> largest : largestSeen) {
                assertThat(largest.get(30, TimeUnit.SECONDS)).isLessThanOrEqualTo(maxCarts);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(small.size()).isEqualTo(maxCarts);
    }

    @Test
    void anExpiredCartCanBeReadUntilItsRetentionIsPastThenItIsGone() {
        Cart cart = store.createOnce(CUSTOMER, null, this::newCart);

        clock.advance(LIFETIME.plus(RETENTION));
        assertThat(store.find(cart.id()))
                .as("expired, at the end of its retention")
                .isPresent();

        clock.advance(Duration.ofMillis(1));
        assertThat(store.find(cart.id()))
                .as("past its retention, with no create since")
                .isEmpty();
        assertThat(store.tryHold(cart.id())).isEmpty();
        assertThat(store.isHeld(cart.id())).isFalse();

        Cart next = store.createOnce(CUSTOMER, null, this::newCart);
        assertThat(store.size()).as("the next create removes it").isEqualTo(1);
        assertThat(store.find(next.id())).isPresent();
    }

    @Test
    void anOrderedCartIsPurgedAsWell() {
        Cart cart = store.createOnce(CUSTOMER, null, this::newCart);
        try (CartHold hold = store.tryHold(cart.id()).orElseThrow()) {
            hold.save(ordered(cart), CheckoutHistory.NONE);
        }

        clock.advance(LIFETIME.plus(RETENTION).plusMillis(1));

        assertThat(store.find(cart.id())).isEmpty();
    }

    @Test
    void purgingStopsAtTheFirstCartStillRetained() {
        Cart old = store.createOnce(CUSTOMER, null, this::newCart);
        clock.advance(RETENTION);
        Cart recent = store.createOnce(CUSTOMER, null, this::newCart);
        clock.advance(LIFETIME.plusMillis(1));

        store.createOnce(CUSTOMER, null, this::newCart);

        assertThat(store.find(old.id())).isEmpty();
        assertThat(store.find(recent.id())).as("expired, within its retention").isPresent();
        assertThat(store.size()).isEqualTo(2);
    }

    @Test
    void withoutRetentionAnExpiredCartIsGoneAtOnce() {
        CartStore strict = new CartStore(clock, new CartRetention(10, Duration.ZERO));
        Cart cart = strict.createOnce(CUSTOMER, null, this::newCart);

        clock.advance(LIFETIME);
        assertThat(strict.find(cart.id())).isPresent();
        clock.advance(Duration.ofMillis(1));
        assertThat(strict.find(cart.id())).isEmpty();
    }

    @Test
    void theCreateRequestOfAPurgedCartCreatesANewCart() {
        Cart first = store.createOnce(CUSTOMER, "r", this::newCart);
        clock.advance(LIFETIME.plus(RETENTION).plusMillis(1));

        Cart again = store.createOnce(CUSTOMER, "r", this::newCart);

        assertThat(again.id()).isNotEqualTo(first.id());
        assertThat(store.find(again.id())).isPresent();
        assertThat(store.createOnce(CUSTOMER, "r", this::newCart)).isEqualTo(again);
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    void theCreateRequestOfAnEvictedCartCreatesANewCart() {
        CartStore small = storeOfAtMost(1);
        Cart first = small.createOnce(CUSTOMER, "r", this::newCart);
        small.createOnce(CUSTOMER, "other", this::newCart);

        Cart again = small.createOnce(CUSTOMER, "r", this::newCart);

        assertThat(again.id()).isNotEqualTo(first.id());
        assertThat(small.createOnce(CUSTOMER, "r", this::newCart)).isEqualTo(again);
        assertThat(small.size()).isEqualTo(1);
    }

    @Test
    void logsOnceEachTimeTheStoreReachesItsMaximum() {
        List<LogRecord> records = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger log = Logger.getLogger(CartStore.class.getName());
        log.addHandler(capture);
        try {
            CartStore small = storeOfAtMost(2);
            for (int i = 0; i < 10; i++) {
                small.createOnce(CUSTOMER, null, this::newCart);
            }
            assertThat(records).singleElement().satisfies(record -> {
                assertThat(record.getLevel()).isEqualTo(Level.INFO);
                assertThat(record.getMessage()).contains("maximum of 2 carts", "evicts the oldest", "--max-carts");
            });

            clock.advance(LIFETIME.plus(RETENTION).plusMillis(1));
            small.createOnce(CUSTOMER, null, this::newCart);
            assertThat(records).as("below the maximum again after a purge").hasSize(1);
            small.createOnce(CUSTOMER, null, this::newCart);
            assertThat(records).as("at the maximum again").hasSize(2);
        } finally {
            log.removeHandler(capture);
        }
    }

    @Test
    void aRetentionKeepsAtLeastOneCartAndNoNegativeTime() {
        assertThatThrownBy(() -> new CartRetention(0, RETENTION)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CartRetention(1, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new CartRetention(1, Duration.ZERO).maxCarts()).isEqualTo(1);
    }
}
