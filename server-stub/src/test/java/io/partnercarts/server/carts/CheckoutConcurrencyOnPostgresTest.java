package io.partnercarts.server.carts;

/** {@link CheckoutConcurrencyTest} with the carts in PostgreSQL ({@code LocalPostgres}): the domain behaves alike on either store. */
class CheckoutConcurrencyOnPostgresTest extends CheckoutConcurrencyTest {
    @Override
    Services services() {
        return Services.onPostgres();
    }
}
