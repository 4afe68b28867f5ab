package io.partnercarts.server.carts;

import io.partnercarts.server.catalog.Customer;
import io.partnercarts.server.core.CartLine;
import io.partnercarts.server.core.Order;
import io.partnercarts.server.core.OrderLine;
import io.partnercarts.server.core.OrderStatus;
import io.partnercarts.server.core.Participant;
import io.partnercarts.server.core.Pricing;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds the order of one group. A legacy order completes at once, so its lines carry subscription ids;
 * a modern order is still pending, so they do not yet, but it carries a total price.
 */
final class OrderPlacement {
    private final OrderIdentifiers ids = new OrderIdentifiers();

    Order place(OrderGroup group, Customer customer, Instant now) {
        List<CartLine> cartLines = CartLines.inCartOrder(group.lines());
        List<OrderLine> lines = new ArrayList<>();
        for (CartLine line : cartLines) {
            lines.add(new OrderLine(
                    lines.size(),
                    line.catalogItemId(),
                    group.legacy() ? ids.subscriptionId() : null,
                    line.friendlyName(),
                    line.quantity(),
                    line.termDuration(),
                    line.provisioningContext(),
                    line.pricing(),
                    partnerIdOnRecord(line)));
        }
        if (group.legacy()) {
            String id = ids.legacyOrderId();
            return new Order(
                    id,
                    id,
                    customer.id(),
                    group.billingCycle(),
                    customer.currencyCode(),
                    customer.currencySymbol(),
                    List.copyOf(lines),
                    now,
                    OrderStatus.COMPLETED,
                    null);
        }
        return new Order(
                ids.modernOrderId(),
                ids.modernAlternateId(),
                customer.id(),
                group.billingCycle(),
                customer.currencyCode(),
                customer.currencySymbol(),
                List.copyOf(lines),
                now,
                OrderStatus.PENDING,
                totalPrice(cartLines));
    }

    private static String partnerIdOnRecord(CartLine line) {
        return line.participants().stream()
                .filter(participant -> Participant.TRANSACTION_RESELLER.equals(participant.key()))
                .map(Participant::value)
                .findFirst()
                .orElse(null);
    }

    /** The sum of the lines' extended prices; null when no line is priced. */
    private static Double totalPrice(List<CartLine> lines) {
        List<Pricing> prices =
                lines.stream().map(CartLine::pricing).filter(Objects::nonNull).toList();
        return prices.isEmpty()
                ? null
                : prices.stream().mapToDouble(Pricing::extendedPrice).sum();
    }
}
