package io.partnercarts.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnercarts.server.ManualClock;
import io.partnercarts.server.core.Cart;
import io.partnercarts.server.core.CartStatus;
import io.partnercarts.server.testsupport.AtOnce;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CartStore} promises, run against each implementation (a subclass per store): the
 * in-memory store's behaviour is the reference. The clock stands still unless a test moves it, and starts
 * at an instant with nanoseconds, which a store must keep.
 */
public abstract class CartStoreContract {
    protected static final UUID CUSTOMER = UUID.randomUUID();
    protected static final Duration LIFETIME = Duration.ofMinutes(1);
    protected static final Duration RETENTION = Duration.ofDays(1);
    protected static final int THREADS = 16;

    protected final ManualClock clock = new ManualClock(Instant.parse("2024-05-01T10:00:00.123456789Z"));
    private final List<CartStore> opened = new ArrayList<>();
    protected CartStore store;

    /** A store of the implementation under test on {@link #clock}; stores of one test share their carts if they can. */
    protected abstract CartStore openStore(Clock clock, CartRetention retention);

    protected final CartStore newStore(CartRetention retention) {
        CartStore made = openStore(clock, retention);
        opened.add(made);
        return made;
    }

    @BeforeEach
    void openStore() {
        store = newStore(new CartRetention(1_000, RETENTION));
    }

    @AfterEach
    void closeStores() {
        opened.forEach(CartStore::close);
    }

    protected Cart newCart() {
        Instant now = clock.instant();
        return new Cart(
                UUID.randomUUID(), CUSTOMER, now, now, now.plus(LIFETIME), "user", CartStatus.ACTIVE, List.of(), null);
    }

    protected static Cart ordered(Cart cart) {
        return cart.withStatus(CartStatus.ORDERED);
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
    void withoutARequestIdEachCreateMakesACart() {
        Cart first = store.createOnce(CUSTOMER, null, this::newCart);
        Cart blank = store.createOnce(CUSTOMER, " ", this::newCart);
        Cart again = store.createOnce(CUSTOMER, " ", this::newCart);

        assertThat(List.of(first.id(), blank.id(), again.id())).doesNotHaveDuplicates();
        assertThat(store.size()).isEqualTo(3);
    }

    @Test
    void aRepeatAnswersTheCartAsItIsNow() {
        Cart first = store.createOnce(CUSTOMER, "r", this::newCart);
        try (CartHold hold = store.tryHold(first.id()).orElseThrow()) {
            hold.save(ordered(first), CheckoutHistory.NONE);
        }

        assertThat(store.createOnce(CUSTOMER, "r", this::newCart)).isEqualTo(ordered(first));
    }

    @Test
    void aCreateThatFailsLeavesNothingBehind() {
        assertThatThrownBy(() -> store.createOnce(CUSTOMER, "r", () -> {
                    throw new IllegalArgumentException("refused");
                }))
                .hasMessage("refused");

        assertThat(store.size()).isZero();
        Cart cart = store.createOnce(CUSTOMER, "r", this::newCart);
        assertThat(store.find(cart.id())).isPresent();
    }

    @Test
    void concurrentCreatesWithOneRequestIdMakeOneCart() throws Exception {
        AtomicInteger made = new AtomicInteger();

        List<Cart> answers = allAtOnce(() -> store.createOnce(CUSTOMER, "raced", () -> {
            made.incrementAndGet();
            return newCart();
        }));

        assertThat(answers).extracting(Cart::id).containsOnly(answers.get(0).id());
        assertThat(store.size()).isEqualTo(1);
        assertThat(store.find(answers.get(0).id())).isPresent();
        assertThat(made.get()).isBetween(1, THREADS);
    }

    @Test
    void aCartIsHeldByOneRequestAtATime() {
        Cart cart = store.createOnce(CUSTOMER, null, this::newCart);

        Optional<CartHold> hold = store.tryHold(cart.id());
        assertThat(hold).isPresent();
        assertThat(store.isHeld(cart.id())).isTrue();
        assertThat(store.tryHold(cart.id())).isEmpty();
        assertThat(store.find(cart.id())).as("read while held").contains(new StoredCart(cart, CheckoutHistory.NONE));

        hold.get().close();
        assertThat(store.isHeld(cart.id())).isFalse();
        try (CartHold again = store.tryHold(cart.id()).orElseThrow()) {
            assertThat(again.current().cart()).isEqualTo(cart);
        }
        assertThat(store.tryHold(UUID.randomUUID())).as("no such cart").isEmpty();
        assertThat(store.isHeld(UUID.randomUUID())).isFalse();
    }

    @Test
    void concurrentHoldsOfOneCartGiveOneHold() throws Exception {
        Cart cart = store.createOnce(CUSTOMER, null, this::newCart);

        List<Optional<CartHold>> holds = allAtOnce(() -> store.tryHold(cart.id()));

        assertThat(holds).filteredOn(Optional::isPresent).hasSize(1);
        holds.forEach(hold -> hold.ifPresent(CartHold::close));
        assertThat(store.isHeld(cart.id())).isFalse();
    }

    @Test
    void savesTheCartAndItsHistoryTogether() {
        Cart cart = store.createOnce(CUSTOMER, null, this::newCart);
        CheckoutHistory history = new CheckoutHistory(Map.of(), Map.of(), Map.of("0", 1));

        try (CartHold hold = store.tryHold(cart.id()).orElseThrow()) {
            hold.save(ordered(cart), history);
            assertThat(hold.current()).isEqualTo(new StoredCart(ordered(cart), history));
        }

        assertThat(store.find(cart.id())).contains(new StoredCart(ordered(cart), history));
    }

    @Test
    void keepsEveryValueExactly() {
        Instant now = clock.instant();
        Cart active = store.createOnce(
                CUSTOMER,
                "exact",
                () -> StoredValues.cart(UUID.randomUUID(), CUSTOMER, now, now.plus(LIFETIME), CartStatus.ACTIVE));
        CheckoutHistory history = StoredValues.history(CUSTOMER, now.plusNanos(7));
        Cart updated = ordered(active).modified(now.plusNanos(1), "someone else");

        try (CartHold hold = store.tryHold(active.id()).orElseThrow()) {
            hold.save(updated, history);
        }

        assertThat(store.find(active.id())).contains(new StoredCart(updated, history));
        StoredCart found = store.find(active.id()).orElseThrow();
        assertThat(found.history().ordersByGroup().keySet())
                .as("in the order placed")
                .containsExactly("1", "0");
        assertThat(found.cart().lines().get(0).provisioningContext().keySet())
                .as("as the partner sent them")
                .containsExactly("zeta", "alpha", "émoji");
        assertThat(store.createOnce(CUSTOMER, "exact", this::newCart)).isEqualTo(updated);
    }

    @Test
    void aClosedHoldCannotSaveAndClosingTwiceIsHarmless() {
        Cart cart = store.createOnce(CUSTOMER, null, this::newCart);
        CartHold hold = store.tryHold(cart.id()).orElseThrow();
        hold.close();
        CartHold next = store.tryHold(cart.id()).orElseThrow();

        hold.close();
        assertThat(store.isHeld(cart.id()))
                .as("a second close leaves the next hold alone")
                .isTrue();
        assertThatThrownBy(() -> hold.save(ordered(cart), CheckoutHistory.NONE))
                .isInstanceOf(IllegalStateException.class);
        next.close();
        assertThat(store.find(cart.id()).orElseThrow().cart()).isEqualTo(cart);
    }

    @Test
    void anExpiredCartCanBeReadUntilItsRetentionIsPastThenItIsGone() {
        Cart cart = store.createOnce(CUSTOMER, null, this::newCart);

        clock.advance(LIFETIME.plus(RETENTION));
        assertThat(store.find(cart.id()))
                .as("expired, at the end of its retention")
                .isPresent();

        clock.advance(Duration.ofNanos(1));
        assertThat(store.find(cart.id()))
                .as("past its retention by a nanosecond, with no create since")
                .isEmpty();
        assertThat(store.tryHold(cart.id())).isEmpty();
        assertThat(store.isHeld(cart.id())).isFalse();

        // A database purges by the microsecond (what it keeps of a time); reads are exact to the nanosecond.
        clock.advance(Duration.ofMillis(1));
        Cart next = store.createOnce(CUSTOMER, null, this::newCart);
        assertThat(store.size()).as("the next create removes it").isEqualTo(1);
        assertThat(store.find(next.id())).isPresent();
    }

    @Test
    void anOrderedCartIsPurgedAsWell() {
        Cart cart = store.createOnce(CUSTOMER, null, this::newCart);
        try (CartHold hold = store.tryHold(cart.id()).orElseThrow()) {
            hold.save(ordered(cart), StoredValues.history(CUSTOMER, clock.instant()));
        }

        clock.advance(LIFETIME.plus(RETENTION).plusMillis(1));

        assertThat(store.find(cart.id())).isEmpty();
        store.createOnce(CUSTOMER, null, this::newCart);
        assertThat(store.size()).isEqualTo(1);
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
        CartStore strict = newStore(new CartRetention(10, Duration.ZERO));
        Cart cart = strict.createOnce(CUSTOMER, null, this::newCart);

        clock.advance(LIFETIME);
        assertThat(strict.find(cart.id())).isPresent();
        clock.advance(Duration.ofNanos(1));
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

    /** Runs the call on {@value THREADS} threads released together and answers what each returned. */
    protected static <T> List<T> allAtOnce(Callable<T> call) throws Exception {
        return AtOnce.times(THREADS, call);
    }
}
