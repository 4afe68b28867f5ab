package io.partnercarts.server.core;

import java.util.List;
import java.util.Objects;

/** The outcome of a checkout: orders in the order of their groups, and an error per failed group. */
public record CheckoutResult(List<Order> orders, List<OrderError> orderErrors) {

    /** Both lists are never null (unmodifiable copies): empty when there is nothing to tell. */
    public CheckoutResult {
        orders = List.copyOf(Objects.requireNonNull(orders, "orders"));
        orderErrors = List.copyOf(Objects.requireNonNull(orderErrors, "orderErrors"));
    }
}
