package io.partnercarts.contract.hostile;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts, over the whole test run and from any thread, what hostile requests got: how many were sent,
 * answered with a 5xx the API may not answer (anything but the documented 500 and HTTP's own 501 and
 * 505), answered with an error that is not an ApiFault, answered with a leak, or not answered at all.
 */
public final class HostileTally {
    private static final int HANGS_KEPT = 20;

    private static final AtomicInteger REQUESTS = new AtomicInteger();
    private static final AtomicInteger SERVER_ERRORS = new AtomicInteger();
    private static final AtomicInteger NON_API_FAULTS = new AtomicInteger();
    private static final AtomicInteger LEAKS = new AtomicInteger();
    private static final AtomicInteger HANGS = new AtomicInteger();
    private static final Queue<String> HUNG = new ConcurrentLinkedQueue<>();

    private HostileTally() {}

    /** One answered request and what {@link AnswerRules} found wrong with it. */
    public static void record(WireAnswer answer, List<String> violations) {
        REQUESTS.incrementAndGet();
        if (violations.stream().anyMatch(v -> v.startsWith(AnswerRules.SERVER_ERROR))) {
            SERVER_ERRORS.incrementAndGet();
        }
        if (violations.stream().anyMatch(v -> v.startsWith(AnswerRules.NOT_AN_API_FAULT))) {
            NON_API_FAULTS.incrementAndGet();
        }
        if (violations.stream().anyMatch(v -> v.startsWith(AnswerRules.LEAK))) {
            LEAKS.incrementAndGet();
        }
    }

    /** One request that got no answer in time (or no answer at all); {@code what} says which. */
    public static void hang(String what) {
        REQUESTS.incrementAndGet();
        HANGS.incrementAndGet();
        if (HUNG.size() < HANGS_KEPT) {
            HUNG.add(what);
        }
    }

    public static int requests() {
        return REQUESTS.get();
    }

    /** The first requests that hung, for the log. */
    public static List<String> hung() {
        return List.copyOf(HUNG);
    }

    public static String summaryLine() {
        return String.format(
                "hostile-input: %d requests, %d 5xx, %d non-ApiFault, %d leaks, %d hangs",
                REQUESTS.get(), SERVER_ERRORS.get(), NON_API_FAULTS.get(), LEAKS.get(), HANGS.get());
    }
}
