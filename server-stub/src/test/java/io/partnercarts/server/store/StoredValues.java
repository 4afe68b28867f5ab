package io.partnercarts.server.store;

import io.partnercarts.server.core.BillingCycle;
import io.partnercarts.server.core.Cart;
import io.partnercarts.server.core.CartError;
import io.partnercarts.server.core.CartErrorCode;
import io.partnercarts.server.core.CartLine;
import io.partnercarts.server.core.CartStatus;
import io.partnercarts.server.core.Order;
import io.partnercarts.server.core.OrderError;
import io.partnercarts.server.core.OrderLine;
import io.partnercarts.server.core.OrderStatus;
import io.partnercarts.server.core.Participant;
import io.partnercarts.server.core.Pricing;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Values that a store must give back exactly as it was given them: instants to the nanosecond, prices
 * that only a shortest exact form keeps, nulls inside collections, a provisioning context's key order,
 * add-ons, errors, every enum.
 */
public final class StoredValues {
    private StoredValues() {}

    /** A cart of two lines (the first with an add-on) in the given state. */
    public static Cart cart(UUID id, UUID customerId, Instant now, Instant expiration, CartStatus status) {
        Map<String, String> context = new LinkedHashMap<>();
        context.put("zeta", "last key sent first");
        context.put("alpha", null);
        context.put("émoji", "✓ \"quoted\" \\ back");
        CartLine addon = new CartLine(
                1,
                "ADDON:0001:ADDON",
                "An add-on",
                3,
                "EUR",
                BillingCycle.ANNUAL,
                "P1Y",
                null,
                List.of(),
                Map.of(),
                "1",
                List.of(),
                null,
                null,
                new Pricing(0.1 + 0.2, 1e-7, 123456789.123456789, Double.MIN_VALUE, 4.35 * 100),
                null);
        CartLine line = new CartLine(
                0,
                "DZH318Z0BXWC:0002:DZH318Z0BMRV",
                "Barracuda",
                7,
                "EUR",
                BillingCycle.MONTHLY,
                "P1M",
                "promo-1",
                List.of(new Participant(Participant.TRANSACTION_RESELLER, "5357564")),
                context,
                "0",
                List.of(addon),
                "P1Y",
                Boolean.TRUE,
                new Pricing(12.5, 12.5, 12.5, 12.5, 87.5),
                null);
        CartLine broken = new CartLine(
                2,
                "NOPE",
                "NOPE",
                1,
                "EUR",
                BillingCycle.ONE_TIME,
                null,
                null,
                List.of(),
                Map.of(),
                null,
                List.of(),
                null,
                Boolean.FALSE,
                null,
                new CartError(CartErrorCode.CATALOG_ITEM_ID_IS_NOT_VALID, "Catalog item NOPE is not valid."));
        return new Cart(
                id, customerId, now, now, expiration, "partner@example.com", status, List.of(line, broken), null);
    }

    /** Orders of two groups (one placed a nanosecond-precise moment later), an error and failed attempts. */
    public static CheckoutHistory history(UUID customerId, Instant placed) {
        Map<String, Order> orders = new LinkedHashMap<>();
        orders.put("1", order("order-b-" + UUID.randomUUID(), customerId, placed.plusNanos(1), null));
        orders.put("0", order("order-a-" + UUID.randomUUID(), customerId, placed, 87.5 + 0.1));
        return new CheckoutHistory(
                orders,
                Map.of("2", new OrderError("2", 800_016, "Inventory is not available.")),
                Map.of("2", 3, "1", 1));
    }

    private static Order order(String id, UUID customerId, Instant created, Double total) {
        Map<String, String> context = new LinkedHashMap<>();
        context.put("b", "2");
        context.put("a", null);
        return new Order(
                id,
                id.substring(0, 12),
                customerId,
                BillingCycle.MONTHLY,
                "EUR",
                "€",
                List.of(
                        new OrderLine(0, "OFFER:1", "sub-1", "Line", 2, "P1M", context, null, "5357564"),
                        new OrderLine(
                                1,
                                "OFFER:2",
                                null,
                                null,
                                1,
                                null,
                                Collections.emptyMap(),
                                new Pricing(1.0 / 3, 2.0 / 3, 0, -0.0, 1e300),
                                null)),
                created,
                total == null ? OrderStatus.COMPLETED : OrderStatus.PENDING,
                total);
    }
}
