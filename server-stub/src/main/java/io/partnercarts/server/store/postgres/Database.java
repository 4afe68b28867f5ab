package io.partnercarts.server.store.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;

/**
 * Opens the database at start: a connection pool, then the schema migrated to this server's version with
 * the migrations in {@code db/migration} (Flyway; instances starting together take turns, under Flyway's
 * lock in the database). Each way this can fail is one line, naming the database without its password:
 * cannot connect, a schema newer than this server, a migration that fails.
 */
final class Database {
    static final String MIGRATIONS = "classpath:db/migration";

    private Database() {}

    static HikariDataSource open(PostgresSettings settings) {
        HikariDataSource pool = pool(settings);
        try {
            migrate(pool, settings);
            return pool;
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static HikariDataSource pool(PostgresSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("partner-carts");
        // The password never goes into the URL, which the pool and the driver may log.
        config.setJdbcUrl(settings.connectionUrl());
        Map<String, String> secrets = settings.secretParameters();
        config.setUsername(settings.user());
        config.setPassword(settings.password() != null ? settings.password() : secrets.get("password"));
        secrets.forEach((name, value) -> {
            if (!name.equals("password")) {
                config.addDataSourceProperty(name, value);
            }
        });
        config.setMaximumPoolSize(settings.poolSize());
        // A request waits this long for a free connection, then fails (500, retry) rather than hang.
        config.setConnectionTimeout(10_000);
        // One attempt at start: a database that is not there fails the start at once, in one line.
        config.setInitializationFailTimeout(1);
        // Defaults the URL may override: how long connecting may take, and the name in pg_stat_activity.
        config.addDataSourceProperty("connectTimeout", "10");
        config.addDataSourceProperty("ApplicationName", "partner-carts");
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "Cannot connect to the database at " + settings.redactedUrl() + ": " + rootMessage(e), e);
        }
    }

    private static void migrate(HikariDataSource pool, PostgresSettings settings) {
        Flyway flyway = Flyway.configure(Database.class.getClassLoader())
                .dataSource(pool)
                .locations(MIGRATIONS)
                .load();
        try {
            MigrationInfoService info = flyway.info();
            String newer = Arrays.stream(info.applied())
                    .filter(migration -> migration.getState() == MigrationState.FUTURE_SUCCESS
                            || migration.getState() == MigrationState.FUTURE_FAILED)
                    .map(MigrationInfo::getVersion)
                    .map(String::valueOf)
                    .collect(Collectors.joining(", "));
            if (!newer.isEmpty()) {
                String known = Arrays.stream(info.all())
                        .filter(migration -> migration.getState().isResolved())
                        .map(MigrationInfo::getVersion)
                        .map(String::valueOf)
                        .reduce((first, last) -> last)
                        .orElse("none");
                throw new IllegalStateException("The database at " + settings.redactedUrl() + " has schema version "
                        + newer + ", newer than this server knows (up to " + known + "): run a server of that"
                        + " version or later on it, or give this one another database.");
            }
            flyway.migrate();
        } catch (FlywayException e) {
            throw new IllegalStateException(
                    "Cannot migrate the database at " + settings.redactedUrl() + ": " + rootMessage(e), e);
        }
    }

    /** The innermost message of {@code e} on one line: the driver's own words about what went wrong. */
    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message =
                root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        if (root instanceof SQLException sql && sql.getSQLState() != null && message.isBlank()) {
            message = "SQL state " + sql.getSQLState();
        }
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
