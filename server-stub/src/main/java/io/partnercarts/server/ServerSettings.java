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
 * (see {@link CartRetention}; the maximum bounds the in-memory store only).
 *
 * <p>{@code databaseUrl} null keeps carts in memory; a {@code jdbc:postgresql://} URL keeps them in that
 * database, reached as {@code databaseUser} with {@code databasePassword} (either may instead be in the URL;
 * null means not given here) through a pool of at most {@code databasePoolSize} connections. A checkout
 * leases its cart for {@code checkoutLease}: should its instance die mid-checkout, the next checkout of the
 * cart can take over once the lease has run out. {@link #toString} never shows the password.
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
        Duration expiredCartRetention,
        String databaseUrl,
        String databaseUser,
        String databasePassword,
        int databasePoolSize,
        Duration checkoutLease) {

    public static final ServerSettings DEFAULTS = new ServerSettings(
            "127.0.0.1",
            8080,
            null,
            Clock.systemUTC(),
            Duration.ofDays(7),
            Duration.ofSeconds(30),
            true,
            CartRetention.DEFAULTS.maxCarts(),
            CartRetention.DEFAULTS.expiredCartRetention(),
            null,
            null,
            null,
            10,
            // Longer than any checkout of the built-in fixtures (the slowest offer provisions for 2 s), short
            // enough that a cart whose checkout died with its instance is checked out again within a minute.
            Duration.ofSeconds(30));

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

    public ServerSettings withDatabaseUrl(String newDatabaseUrl) {
        return changed(changes -> changes.databaseUrl = newDatabaseUrl);
    }

    public ServerSettings withDatabaseUser(String newDatabaseUser) {
        return changed(changes -> changes.databaseUser = newDatabaseUser);
    }

    public ServerSettings withDatabasePassword(String newDatabasePassword) {
        return changed(changes -> changes.databasePassword = newDatabasePassword);
    }

    public ServerSettings withDatabasePoolSize(int newDatabasePoolSize) {
        return changed(changes -> changes.databasePoolSize = newDatabasePoolSize);
    }

    public ServerSettings withCheckoutLease(Duration newCheckoutLease) {
        return changed(changes -> changes.checkoutLease = newCheckoutLease);
    }

    /** Whether carts are kept in a database rather than in memory. */
    public boolean usesDatabase() {
        return databaseUrl != null;
    }

    /** Every component, the password masked: settings are printed, logged and shown in test failures. */
    @Override
    public String toString() {
        return "ServerSettings[host=" + host + ", port=" + port + ", fixturesFile=" + fixturesFile + ", clock=" + clock
                + ", cartLifetime=" + cartLifetime + ", idleTimeout=" + idleTimeout + ", accessLog=" + accessLog
                + ", maxCarts=" + maxCarts + ", expiredCartRetention=" + expiredCartRetention + ", databaseUrl="
                + databaseUrl + ", databaseUser=" + databaseUser + ", databasePassword="
                + (databasePassword == null ? null : "(hidden)") + ", databasePoolSize=" + databasePoolSize
                + ", checkoutLease=" + checkoutLease + "]";
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
        String databaseUrl;
        String databaseUser;
        String databasePassword;
        int databasePoolSize;
        Duration checkoutLease;

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
            databaseUrl = settings.databaseUrl;
            databaseUser = settings.databaseUser;
            databasePassword = settings.databasePassword;
            databasePoolSize = settings.databasePoolSize;
            checkoutLease = settings.checkoutLease;
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
                    expiredCartRetention,
                    databaseUrl,
                    databaseUser,
                    databasePassword,
                    databasePoolSize,
                    checkoutLease);
        }
    }
}
