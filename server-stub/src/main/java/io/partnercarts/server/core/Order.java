package io.partnercarts.server.core;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order placed for one order group of a cart. {@code totalPrice} is null for legacy orders. */
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
}
