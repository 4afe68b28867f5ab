package io.partnercarts.server.store;

import java.util.UUID;

/**
 * A {@link CartHold} can no longer save: it outlived its lease and another request took the cart over.
 * Nothing was stored; what the other request does counts.
 */
public final class HoldLostException extends RuntimeException {
    public HoldLostException(UUID cartId) {
        super("The hold on cart " + cartId + " was taken over by another request after its lease ran out.");
    }
}
