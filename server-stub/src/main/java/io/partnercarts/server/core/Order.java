package io.partnercarts.server.core;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An order placed for one order group of a cart. {@code totalPrice} is null for legacy orders;
 * {@code lines} is never null (an unmodifiable copy).
 */
public record Order(
        String id,
        String alternateId,
        UUID customerId,
        BillingCycle billingCycle,
        String currencyCode,
        String currencySymbol,
        List<OrderLine> lines,
        Instant creationDate,
        OrderStatus status,
        Double totalPrice) {

    public Order {
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
    }
}
