package io.partnercarts.server.core;

import java.util.List;

/** The outcome of a checkout: orders in the order of their groups, and an error per failed group. */
public record CheckoutResult(List<Order> orders, List<OrderError> orderErrors) {
}
