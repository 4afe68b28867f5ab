package io.partnercarts.server.store;

import java.time.Duration;
import java.time.Instant;

/**
 * How much the store keeps: at most {@code maxCarts} carts (the oldest are evicted beyond that; the
 * in-memory store only, whose memory it bounds: a database keeps every cart until it is purged), and an
 * expired cart only for {@code expiredCartRetention} after its expiration (then it is purged).
 */
public record CartRetention(int maxCarts, Duration expiredCartRetention) {

    /**
     * A checked-out seed cart keeps about 4.5 KB of heap (3 KB before checkout), so 50,000 carts need about
     * 225 MB: less than half the JVM's default heap (a quarter of the memory) on a 2 GB machine, and under 4% of
     * it on the 24 GB machines this project runs on.
     */
    public static final int DEFAULT_MAX_CARTS = 50_000;

    public static final CartRetention DEFAULTS = new CartRetention(DEFAULT_MAX_CARTS, Duration.ofDays(1));

    public CartRetention {
        if (maxCarts < 1) {
            throw new IllegalArgumentException(
                    "The store must be able to keep at least one cart, not " + maxCarts + ".");
        }
        if (expiredCartRetention == null || expiredCartRetention.isNegative()) {
            throw new IllegalArgumentException(
                    "The retention of expired carts must be zero or positive, not " + expiredCartRetention + ".");
        }
    }

    /** Whether a cart that expires (or expired) at {@code expiration} is to be gone by {@code now}. */
    public boolean isPurgeDue(Instant expiration, Instant now) {
        return now.isAfter(expiration.plus(expiredCartRetention));
    }
}
