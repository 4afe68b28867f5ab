package io.partnercarts.server;

import io.partnercarts.server.store.CartRetention;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Everything the server can be told at start. {@code fixturesFile} null means the built-in fixtures;
 * port 0 means any free port; {@code idleTimeout} is how long a connection may send nothing before it
 * is closed (a slow or stalled sender included); {@code accessLog} writes a line per request to
 * standard output; {@code maxCarts} and {@code expiredCartRetention} bound what the cart store keeps
 * (see {@link CartRetention}).
 */
public record ServerSettings(
        String host,
        int port,
        Path fixturesFile,
        Clock clock,
        Duration cartLifetime,
        Duration idleTimeout,
        boolean accessLog,
        int maxCarts,
        Duration expiredCartRetention) {

    public static final ServerSettings DEFAULTS = new ServerSettings(
            "127.0.0.1",
            8080,
            null,
            Clock.systemUTC(),
            Duration.ofDays(7),
            Duration.ofSeconds(30),
            true,
            CartRetention.DEFAULTS.maxCarts(),
            CartRetention.DEFAULTS.expiredCartRetention());

    public ServerSettings withHost(String newHost) {
        return changed(changes -> changes.host = newHost);
    }

    public ServerSettings withPort(int newPort) {
        return changed(changes -> changes.port = newPort);
    }

    public ServerSettings withFixturesFile(Path newFixturesFile) {
        return changed(changes -> changes.fixturesFile = newFixturesFile);
    }

    public ServerSettings withClock(Clock newClock) {
        return changed(changes -> changes.clock = newClock);
    }

    public ServerSettings withCartLifetime(Duration newCartLifetime) {
        return changed(changes -> changes.cartLifetime = newCartLifetime);
    }

    public ServerSettings withIdleTimeout(Duration newIdleTimeout) {
        return changed(changes -> changes.idleTimeout = newIdleTimeout);
    }

    public ServerSettings withAccessLog(boolean newAccessLog) {
        return changed(changes -> changes.accessLog = newAccessLog);
    }

    public ServerSettings withMaxCarts(int newMaxCarts) {
        return changed(changes -> changes.maxCarts = newMaxCarts);
    }

    public ServerSettings withExpiredCartRetention(Duration newExpiredCartRetention) {
        return changed(changes -> changes.expiredCartRetention = newExpiredCartRetention);
    }

    /** What the cart store keeps; refuses a maximum below one or a negative retention. */
    public CartRetention cartRetention() {
        return new CartRetention(maxCarts, expiredCartRetention);
    }

    private ServerSettings changed(Consumer<Changes> change) {
        Changes changes = new Changes(this);
        change.accept(changes);
        return changes.settings();
    }

    /** A copy being changed by name, so that no wither re-lists the components by position. */
    private static final class Changes {
        String host;
        int port;
        Path fixturesFile;
        Clock clock;
        Duration cartLifetime;
        Duration idleTimeout;
        boolean accessLog;
        int maxCarts;
        Duration expiredCartRetention;

        Changes(ServerSettings settings) {
            host = settings.host;
            port = settings.port;
            fixturesFile = settings.fixturesFile;
            clock = settings.clock;
            cartLifetime = settings.cartLifetime;
            idleTimeout = settings.idleTimeout;
            accessLog = settings.accessLog;
            maxCarts = settings.maxCarts;
            expiredCartRetention = settings.expiredCartRetention;
        }

        ServerSettings settings() {
            return new ServerSettings(
                    host,
                    port,
                    fixturesFile,
                    clock,
                    cartLifetime,
                    idleTimeout,
                    accessLog,
                    maxCarts,
                    expiredCartRetention);
        }
    }
}
