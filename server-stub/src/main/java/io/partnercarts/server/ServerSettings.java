package io.partnercarts.server;

import io.partnercarts.server.store.CartRetention;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Everything the server can be told at start. {@code fixturesFile} null means the built-in fixtures;
 * port 0 means any free port; {@code idleTimeout} is how long a connection may send nothing before it
 * is closed (a slow or stalled sender included); {@code accessLog} writes a line per request to
 * standard output; {@code maxCarts} and {@code expiredCartRetention} bound what the cart store keeps
 * (see {@link CartRetention}).
 */
public record ServerSettings(String host, int port, Path fixturesFile, Clock clock, Duration cartLifetime,
        Duration idleTimeout, boolean accessLog, int maxCarts, Duration expiredCartRetention) {

    public static final ServerSettings DEFAULTS = new ServerSettings(
            "127.0.0.1", 8080, null, Clock.systemUTC(), Duration.ofDays(7), Duration.ofSeconds(30), true,
            CartRetention.DEFAULTS.maxCarts(), CartRetention.DEFAULTS.expiredCartRetention());

    public ServerSettings withHost(String newHost) {
        return new ServerSettings(newHost, port, fixturesFile, clock, cartLifetime, idleTimeout, accessLog,
                maxCarts, expiredCartRetention);
    }

    public ServerSettings withPort(int newPort) {
        return new ServerSettings(host, newPort, fixturesFile, clock, cartLifetime, idleTimeout, accessLog,
                maxCarts, expiredCartRetention);
    }

    public ServerSettings withFixturesFile(Path newFixturesFile) {
        return new ServerSettings(host, port, newFixturesFile, clock, cartLifetime, idleTimeout, accessLog,
                maxCarts, expiredCartRetention);
    }

    public ServerSettings withClock(Clock newClock) {
        return new ServerSettings(host, port, fixturesFile, newClock, cartLifetime, idleTimeout, accessLog,
                maxCarts, expiredCartRetention);
    }

    public ServerSettings withCartLifetime(Duration newCartLifetime) {
        return new ServerSettings(host, port, fixturesFile, clock, newCartLifetime, idleTimeout, accessLog,
                maxCarts, expiredCartRetention);
    }

    public ServerSettings withIdleTimeout(Duration newIdleTimeout) {
        return new ServerSettings(host, port, fixturesFile, clock, cartLifetime, newIdleTimeout, accessLog,
                maxCarts, expiredCartRetention);
    }

    public ServerSettings withAccessLog(boolean newAccessLog) {
        return new ServerSettings(host, port, fixturesFile, clock, cartLifetime, idleTimeout, newAccessLog,
                maxCarts, expiredCartRetention);
    }

    public ServerSettings withMaxCarts(int newMaxCarts) {
        return new ServerSettings(host, port, fixturesFile, clock, cartLifetime, idleTimeout, accessLog,
                newMaxCarts, expiredCartRetention);
    }

    public ServerSettings withExpiredCartRetention(Duration newExpiredCartRetention) {
        return new ServerSettings(host, port, fixturesFile, clock, cartLifetime, idleTimeout, accessLog,
                maxCarts, newExpiredCartRetention);
    }

    /** What the cart store keeps; refuses a maximum below one or a negative retention. */
    public CartRetention cartRetention() {
        return new CartRetention(maxCarts, expiredCartRetention);
    }
}
