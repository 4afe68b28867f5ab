package io.partnercarts.contract.hostile;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How much hostile input a run sends, from system properties: {@code hostile.requests} in all (shared
 * out by {@link RequestShare}), {@code hostile.seed} for the generators (fixed, so that a run can be
 * repeated), and {@code hostile.seconds}, after which the remaining cases are generated but not sent.
 */
final class HostileBudget {
    private static final int DEFAULT_REQUESTS = 2000;
    private static final String DEFAULT_SEED = "20240806";
    private static final int DEFAULT_SECONDS = 90;

    private static final AtomicInteger SKIPPED = new AtomicInteger();
    private static volatile long deadline;

    private HostileBudget() {
    }

    static int requests() {
        return Integer.parseInt(setting("hostile.requests", String.valueOf(DEFAULT_REQUESTS)));
    }

    static String seed() {
        return setting("hostile.seed", DEFAULT_SEED);
    }

    static Duration time() {
        return Duration.ofSeconds(Long.parseLong(setting("hostile.seconds", String.valueOf(DEFAULT_SECONDS))));
    }

    /** Starts the clock, once: the time budget covers every property of the run. */
    static synchronized void start() {
        if (deadline == 0) {
            deadline = System.nanoTime() + time().toNanos();
        }
    }

    static boolean timeIsUp() {
        return deadline != 0 && System.nanoTime() - deadline > 0;
    }

    static void skip() {
        SKIPPED.incrementAndGet();
    }

    /** A line for the log when the time budget ran out before the request budget. */
    static Optional<String> skippedNote() {
        int skipped = SKIPPED.get();
        return skipped == 0 ? Optional.empty() : Optional.of(String.format(
                "hostile-input: the time budget of %d s ran out; %d generated cases were not sent",
                time().toSeconds(), skipped));
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
