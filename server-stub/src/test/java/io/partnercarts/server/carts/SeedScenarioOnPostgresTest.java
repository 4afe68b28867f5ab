package io.partnercarts.server.carts;

/** {@link SeedScenarioTest} with the carts in PostgreSQL ({@code LocalPostgres}): the domain behaves alike on either store. */
class SeedScenarioOnPostgresTest extends SeedScenarioTest {
    @Override
    Services services() {
        return Services.onPostgres();
    }
}
