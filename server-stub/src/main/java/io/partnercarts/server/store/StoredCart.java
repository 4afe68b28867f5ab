package io.partnercarts.server.store;

import io.partnercarts.server.core.Cart;

/** A cart together with its checkout history, always read and written as one. */
public record StoredCart(Cart cart, CheckoutHistory history) {}
