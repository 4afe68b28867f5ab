package io.partnercarts.contract.hostile;

import static io.partnercarts.contract.CartBodies.barracuda;
import static io.partnercarts.contract.CartBodies.cartOf;

import io.partnercarts.contract.CartsEndpoint;
import java.nio.charset.StandardCharsets;

/**
 * The operations an id in the path can reach, each with a valid body, so that only the id is wrong. An
 * id wrongly read as a GUID must show: updates aim at the Active cart (and would answer 200), checkouts
 * at the ordered one (and would answer its result again), creates at the customer (and would create).
 */
enum PathOperation {
    GET, UPDATE, CHECKOUT, CREATE;

    private static final byte[] CART = cartOf(barracuda(1)).getBytes(StandardCharsets.UTF_8);
    private static final byte[] SDK_CHECKOUT = CartsEndpoint.SDK_CHECKOUT_BODY.getBytes(StandardCharsets.UTF_8);

    HostileRequest request(String customer, String cart) {
        return switch (this) {
            case GET -> HostileRequest.getCart(customer, cart);
            case UPDATE -> HostileRequest.updateCart(customer, cart, CART, HostileRequest.JSON);
            case CHECKOUT -> HostileRequest.checkout(customer, cart, SDK_CHECKOUT, HostileRequest.JSON);
            case CREATE -> HostileRequest.createCart(customer, CART, HostileRequest.JSON);
        };
    }

    /** The cart this operation aims at: an id wrongly taken for it shows as a success. */
    String aimedAt(TargetCarts targets) {
        return this == CHECKOUT ? targets.ordered() : targets.active();
    }
}
