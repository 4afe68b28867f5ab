package io.partnercarts.contract;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock plus an offset that tests can move forward, for the in-process server: time keeps
 * running. Unlike server-stub's {@code ManualClock}, which stands still until a test moves it.
 */
public final class OffsetClock extends Clock {
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public void advance(Duration by) {
        offset.accumulateAndGet(by, Duration::plus);
    }

    /** How far the clock has been moved from the system clock. */
    public Duration offset() {
        return offset.get();
    }

    /** Puts the clock back (or forward) to the given offset from the system clock, e.g. one read earlier. */
    public void resetTo(Duration earlierOffset) {
        offset.set(earlierOffset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The offset clock is always UTC");
    }
}
