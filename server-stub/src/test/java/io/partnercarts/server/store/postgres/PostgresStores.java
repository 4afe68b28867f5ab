package io.partnercarts.server.store.postgres;

import io.partnercarts.server.store.CartRetention;
import io.partnercarts.server.testsupport.LocalPostgres;
import java.time.Clock;
import java.time.Duration;

/** PostgreSQL stores for tests, each on a database of {@link LocalPostgres} (by default a new one). */
public final class PostgresStores {
    /** The server's default lease: longer than any checkout of the built-in fixtures. */
    public static final Duration LEASE = Duration.ofSeconds(30);

    private static final int POOL_SIZE = 4;

    private PostgresStores() {}

    /** A store on a new, empty database. */
    public static PostgresCartStore open(Clock clock, CartRetention retention) {
        return open(LocalPostgres.shared().newDatabase(), clock, retention, LEASE);
    }

    public static PostgresCartStore open(
            LocalPostgres.Database database, Clock clock, CartRetention retention, Duration lease) {
        return PostgresCartStore.open(settings(database, lease), clock, retention);
    }

    public static PostgresSettings settings(LocalPostgres.Database database, Duration lease) {
        return new PostgresSettings(database.url(), database.user(), database.password(), POOL_SIZE, lease);
    }
}
