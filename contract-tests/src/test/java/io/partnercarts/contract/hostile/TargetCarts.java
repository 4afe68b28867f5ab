package io.partnercarts.contract.hostile;

import static io.partnercarts.contract.CartBodies.barracuda;
import static io.partnercarts.contract.CartBodies.cartOf;

import io.partnercarts.contract.CartsEndpoint;
import io.restassured.response.Response;

/**
 * The carts hostile requests aim at: one that stays Active (updates, reads), created from the full valid
 * body so that the base of every hostile body is known to be accepted, and one already checked out
 * (checkouts), with its checkout result, which every later checkout must answer again.
 */
record TargetCarts(String active, String ordered, String checkoutResult) {

    static TargetCarts create(CartsEndpoint api) {
        String active = api.createdCartId(ValidCart.full().toString());
        String ordered = api.createdCartId(cartOf(barracuda(1)));
        Response checkout = api.checkout(ordered);
        if (checkout.statusCode() != 201) {
            throw new AssertionError("The checkout target did not check out: " + checkout.asString());
        }
        return new TargetCarts(active, ordered, checkout.asString());
    }
}
