package io.partnercarts.server.store;

import io.partnercarts.server.core.Order;
import io.partnercarts.server.core.OrderError;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the checkouts of one cart have done so far, by order group id: the order placed for a group
 * (never placed twice), the error of each group that failed on the latest attempt, and how many
 * attempts of each group have failed.
 */
public record CheckoutHistory(
        Map<String, Order> ordersByGroup,
        Map<String, OrderError> errorsByGroup,
        Map<String, Integer> failedAttemptsByGroup) {

    public static final CheckoutHistory NONE = new CheckoutHistory(Map.of(), Map.of(), Map.of());

    public CheckoutHistory {
        ordersByGroup = Collections.unmodifiableMap(new LinkedHashMap<>(ordersByGroup));
        errorsByGroup = Collections.unmodifiableMap(new LinkedHashMap<>(errorsByGroup));
        failedAttemptsByGroup = Collections.unmodifiableMap(new LinkedHashMap<>(failedAttemptsByGroup));
    }

    /** Whether a checkout of the cart has already run to its end, successfully or not. */
    public boolean hasAttempts() {
        return !ordersByGroup.isEmpty() || !errorsByGroup.isEmpty();
    }

    public Optional<Order> orderOf(String group) {
        return Optional.ofNullable(ordersByGroup.get(group));
    }

    public Optional<OrderError> errorOf(String group) {
        return Optional.ofNullable(errorsByGroup.get(group));
    }

    public int failedAttemptsOf(String group) {
        return failedAttemptsByGroup.getOrDefault(group, 0);
    }
}
