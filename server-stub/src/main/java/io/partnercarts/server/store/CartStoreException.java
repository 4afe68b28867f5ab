package io.partnercarts.server.store;

/** The store could not do what it was asked: its database failed, or could not be reached. */
public final class CartStoreException extends RuntimeException {
    public CartStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
