package io.partnercarts.server.carts;

import io.partnercarts.server.core.Cart;
import io.partnercarts.server.core.CartStatus;
import io.partnercarts.server.core.CartsException;
import io.partnercarts.server.core.FaultCode;
import java.time.Instant;

/** When a cart as a whole may be changed or checked out. */
final class CartRules {

    private CartRules() {}

    static boolean isExpired(Cart cart, Instant now) {
        return cart.status() == CartStatus.ACTIVE && now.isAfter(cart.expirationTimestamp());
    }

    static void requireChangeable(Cart cart, Instant now) {
        if (cart.status() == CartStatus.ORDERED) {
            throw new CartsException(
                    FaultCode.INVALID_INPUT,
                    "Cart " + cart.id() + " has already been ordered and can no longer be changed.");
        }
        requireNotExpired(cart, now);
    }

    /** For a cart that was never checked out before. */
    static void requireCheckoutable(Cart cart, Instant now) {
        requireNotExpired(cart, now);
        if (CartLines.inCartOrder(cart.lines()).stream().anyMatch(line -> line.error() != null)) {
            throw new CartsException(
                    FaultCode.CART_ITEMS_IN_ERROR,
                    "Cart " + cart.id() + " has line items in error and cannot be checked out.");
        }
    }

    private static void requireNotExpired(Cart cart, Instant now) {
        if (isExpired(cart, now)) {
            throw new CartsException(
                    FaultCode.INVALID_INPUT, "Cart " + cart.id() + " expired at " + cart.expirationTimestamp() + ".");
        }
    }
}
