package io.partnercarts.server.carts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnercarts.server.ManualClock;
import io.partnercarts.server.catalog.Fixtures;
import io.partnercarts.server.core.CartsException;
import io.partnercarts.server.core.FaultCode;
import io.partnercarts.server.store.CartRetention;
import io.partnercarts.server.store.CartStore;
import io.partnercarts.server.store.memory.InMemoryCartStore;
import io.partnercarts.server.store.postgres.PostgresStores;
import io.partnercarts.server.testsupport.LocalPostgres;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert;

/**
 * The services wired as the server wires them, on the built-in fixtures or given ones, with a test clock
 * and the default retention of carts or a given one; in memory, or on PostgreSQL ({@link #onPostgres}).
 */
final class Services implements AutoCloseable {
    static final Instant START = Instant.parse("2019-01-16T00:48:30.1234567Z");
    static final Duration LIFETIME = Duration.ofDays(7);

    final ManualClock clock;
    final CartStore store;
    final CartService carts;
    final CheckoutService checkouts;

    Services() {
        this(Fixtures.builtIn(), CartRetention.DEFAULTS);
    }

    Services(CartRetention retention) {
        this(Fixtures.builtIn(), retention);
    }

    Services(Fixtures fixtures, CartRetention retention) {
        this(fixtures, clock -> new InMemoryCartStore(clock, retention));
    }

    private Services(Fixtures fixtures, Function<Clock, CartStore> storeOn) {
        clock = new ManualClock(START);
        store = storeOn.apply(clock);
        carts = new CartService(fixtures, store, clock, LIFETIME);
        checkouts = new CheckoutService(fixtures, store, clock);
    }

    /** The services on the built-in fixtures, keeping carts in a new database of {@code LocalPostgres}. */
    static Services onPostgres() {
        return new Services(Fixtures.builtIn(), clock -> PostgresStores.open(clock, CartRetention.DEFAULTS));
    }

    /** Services as one server instance of several on {@code database} has them, with checkout leases of {@code lease}. */
    static Services onPostgres(LocalPostgres.Database database, Duration lease) {
        return new Services(
                Fixtures.builtIn(), clock -> PostgresStores.open(database, clock, CartRetention.DEFAULTS, lease));
    }

    @Override
    public void close() {
        store.close();
    }

    static void assertRefused(ThrowableAssert.ThrowingCallable call, FaultCode fault, String description) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CartsException.class, e -> {
            assertThat(e.fault()).isEqualTo(fault);
            assertThat(e.description()).isEqualTo(description);
        });
    }

    static void assertRefused(ThrowableAssert.ThrowingCallable call, FaultCode fault) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        CartsException.class, e -> assertThat(e.fault()).isEqualTo(fault));
    }
}
