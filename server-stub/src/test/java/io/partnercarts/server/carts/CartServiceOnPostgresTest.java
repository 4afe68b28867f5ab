package io.partnercarts.server.carts;

/** {@link CartServiceTest} with the carts in PostgreSQL ({@code LocalPostgres}): the domain behaves alike on either store. */
class CartServiceOnPostgresTest extends CartServiceTest {
    @Override
    Services services() {
        return Services.onPostgres();
    }
}
