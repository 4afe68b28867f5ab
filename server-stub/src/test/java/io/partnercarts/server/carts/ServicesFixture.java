package io.partnercarts.server.carts;

import org.junit.jupiter.api.AfterEach;

/**
 * A test of the services, on a store of their own for each test: in memory, or on PostgreSQL in the
 * {@code …OnPostgresTest} subclass of each test that overrides {@link #services()}.
 */
abstract class ServicesFixture {
    final Services services = services();

    /** The services under test. */
    Services services() {
        return new Services();
    }

    @AfterEach
    void closeServices() {
        services.close();
    }
}
