package io.partnercarts.server.carts;

/** {@link CheckoutServiceTest} with the carts in PostgreSQL ({@code LocalPostgres}): the domain behaves alike on either store. */
class CheckoutServiceOnPostgresTest extends CheckoutServiceTest {
    @Override
    Services services() {
        return Services.onPostgres();
    }
}
