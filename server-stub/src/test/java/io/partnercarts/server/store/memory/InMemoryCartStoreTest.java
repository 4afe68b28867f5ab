package io.partnercarts.server.store.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnercarts.server.core.Cart;
import io.partnercarts.server.store.CartHold;
import io.partnercarts.server.store.CartRetention;
import io.partnercarts.server.store.CartStore;
import io.partnercarts.server.store.CartStoreContract;
import io.partnercarts.server.store.CheckoutHistory;
import io.partnercarts.server.testsupport.LogRecords;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The store contract in memory, and the maximum number of carts, which bounds memory and only there. */
class InMemoryCartStoreTest extends CartStoreContract {

    @Override
    protected CartStore openStore(Clock clock, CartRetention retention) {
        return new InMemoryCartStore(clock, retention);
    }

    private CartStore storeOfAtMost(int maxCarts) {
        return newStore(new CartRetention(maxCarts, RETENTION));
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
        try (LogRecords logged = LogRecords.of(Logger.getLogger(InMemoryCartStore.class.getName()))) {
            CartStore small = storeOfAtMost(2);
            for (int i = 0; i < 10; i++) {
                small.createOnce(CUSTOMER, null, this::newCart);
            }
            assertThat(logged.records()).singleElement().satisfies(record -> {
                assertThat(record.getLevel()).isEqualTo(Level.INFO);
                assertThat(record.getMessage()).contains("maximum of 2 carts", "evicts the oldest", "--max-carts");
            });

            clock.advance(LIFETIME.plus(RETENTION).plusMillis(1));
            small.createOnce(CUSTOMER, null, this::newCart);
            assertThat(logged.records())
                    .as("below the maximum again after a purge")
                    .hasSize(1);
            small.createOnce(CUSTOMER, null, this::newCart);
            assertThat(logged.records()).as("at the maximum again").hasSize(2);
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
