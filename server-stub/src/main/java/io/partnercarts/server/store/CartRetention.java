package io.partnercarts.server.store;

import java.time.Duration;
import java.time.Instant;

/**
 * How much the store keeps: at most {@code maxCarts} carts (the oldest are evicted beyond that), and an
 * expired cart only for {@code expiredCartRetention} after its expiration (then it is purged).
 */
public record CartRetention(int maxCarts, Duration expiredCartRetention) {

    /** A placeholder until the memory of a stored cart has been measured on the machines that run the sandbox. */
    public static final int DEFAULT_MAX_CARTS = 50_000;

    public static final CartRetention DEFAULTS = new CartRetention(DEFAULT_MAX_CARTS, Duration.ofDays(1));

    public CartRetention {
        if (maxCarts < 1) {
            throw new IllegalArgumentException("The store must be able to keep at least one cart, not " + maxCarts + ".");
        }
        if (expiredCartRetention == null || expiredCartRetention.isNegative()) {
            throw new IllegalArgumentException("The retention of expired carts must be zero or positive, not "
                    + expiredCartRetention + ".");
        }
    }

    /** Whether a cart that expires (or expired) at {@code expiration} is to be gone by {@code now}. */
    boolean isPurgeDue(Instant expiration, Instant now) {
        return now.isAfter(expiration.plus(expiredCartRetention));
    }
}
