package io.partnercarts.server.store;

import io.partnercarts.server.core.Cart;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Where carts are kept: the storage port of the cart domain, which talks to nothing else. Two
 * implementations keep the same promises ({@code CartStoreContract} tests both): {@code memory}, one
 * process's memory, the default; and {@code postgres}, a PostgreSQL database that any number of server
 * instances share, where every promise below holds across instances and restarts because the database
 * decides it.
 *
 * <p>A cart is kept with its checkout history as one {@link StoredCart}. A cart whose expiration plus the
 * store's {@link CartRetention retention} is past (by the server's clock) is never answered again and is
 * purged with the request id it was created with. Every change is made through a {@link CartHold}.
 */
public interface CartStore extends AutoCloseable {

    /**
     * Stores the cart that {@code newCart} makes, once per customer and non-blank request id: a repeat
     * (even a concurrent one) answers the cart the first call stored, as it is now, without calling
     * {@code newCart}, for as long as that cart is stored. Whatever {@code newCart} throws leaves nothing
     * behind. Returns once the cart is stored for good.
     */
    Cart createOnce(UUID customerId, String requestId, Supplier<Cart> newCart);

    /** The cart and its history; empty for a cart never stored, or no longer kept. */
    Optional<StoredCart> find(UUID cartId);

    /**
     * Takes exclusive use of a stored cart, for one request at a time across everything that shares the
     * store; empty while another request holds it, or when there is no such cart.
     */
    Optional<CartHold> tryHold(UUID cartId);

    /** Whether a request holds the cart now. */
    boolean isHeld(UUID cartId);

    /** How many carts the store holds, those due to be purged but still there included. */
    int size();

    /** Lets go of what the store uses (a database's connections); the carts stay where they are kept. */
    @Override
    default void close() {}
}
