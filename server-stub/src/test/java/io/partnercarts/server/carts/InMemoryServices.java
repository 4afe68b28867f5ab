package io.partnercarts.server.carts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnercarts.server.ManualClock;
import io.partnercarts.server.catalog.Fixtures;
import io.partnercarts.server.core.CartsException;
import io.partnercarts.server.core.FaultCode;
import io.partnercarts.server.store.CartRetention;
import io.partnercarts.server.store.CartStore;
import java.time.Duration;
import java.time.Instant;
import org.assertj.core.api.ThrowableAssert;

/**
 * The services wired as the server wires them, on the built-in fixtures or given ones, with a test clock
 * and the default retention of carts or a given one.
 */
final class InMemoryServices {
    static final Instant START = Instant.parse("2019-01-16T00:48:30.1234567Z");
    static final Duration LIFETIME = Duration.ofDays(7);

    final ManualClock clock = new ManualClock(START);
    final CartStore store;
    final CartService carts;
    final CheckoutService checkouts;

    InMemoryServices() {
        this(Fixtures.builtIn(), CartRetention.DEFAULTS);
    }

    InMemoryServices(CartRetention retention) {
        this(Fixtures.builtIn(), retention);
    }

    InMemoryServices(Fixtures fixtures, CartRetention retention) {
        store = new CartStore(clock, retention);
        carts = new CartService(fixtures, store, clock, LIFETIME);
        checkouts = new CheckoutService(fixtures, store, clock);
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
