package com.example.carts;

import io.partnercarts.server.api.model.Cart;
import io.partnercarts.server.api.model.CartCheckoutResult;
import io.partnercarts.server.api.model.CartLineItem;
import io.partnercarts.server.api.model.Order;
import io.partnercarts.server.api.model.OrderLineItem;
import io.partnercarts.server.api.model.OrderLinks;
import io.partnercarts.server.api.model.OrderStatus;
import io.partnercarts.server.api.model.OrderTransactionType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A checkout's orders: one per order group of the cart. A legacy order completes at once with its subscription
 * ids; a modern one is priced and stays pending. Nothing fails here: this catalog has no offer that fails on
 * purpose, so every group is ordered.
 */
final class Orders {
    private Orders() {}

    static CartCheckoutResult place(UUID customer, Cart cart) {
        Map<String, List<CartLineItem>> groups = cart.getLineItems().stream()
                .collect(Collectors.groupingBy(CartLineItem::getOrderGroup, LinkedHashMap::new, Collectors.toList()));
        List<Order> orders = new ArrayList<>();
        groups.forEach((group, lines) -> orders.add(order(customer, group.startsWith(Catalog.LEGACY_GROUP), lines)));
        return new CartCheckoutResult()
                .orders(orders)
                .orderErrors(List.of())
                .attributes(CartStore.objectType("CartCheckoutResult"));
    }

    private static Order order(UUID customer, boolean legacy, List<CartLineItem> lines) {
        String id = UUID.randomUUID().toString();
        List<OrderLineItem> ordered = new ArrayList<>();
        for (CartLineItem line : lines) {
            Map<String, String> provisioning = line.getProvisioningContext();
            ordered.add(new OrderLineItem()
                    .lineItemNumber(ordered.size())
                    .offerId(line.getCatalogItemId())
                    .subscriptionId(legacy ? UUID.randomUUID().toString().toUpperCase(Locale.ROOT) : null)
                    .termDuration(line.getTermDuration())
                    .transactionType("New")
                    .friendlyName(line.getFriendlyName())
                    .quantity(line.getQuantity())
                    .provisioningContext(provisioning.isEmpty() ? null : provisioning)
                    .pricing(line.getPricing()));
        }
        return new Order()
                .id(id)
                .alternateId(legacy ? id : id.replace("-", "").substring(0, 12))
                .referenceCustomerId(customer.toString())
                .billingCycle(lines.get(0).getBillingCycle())
                .currencyCode(Catalog.CURRENCY)
                .currencySymbol("$")
                .lineItems(ordered)
                .creationDate(CartStore.now())
                .status(legacy ? OrderStatus.COMPLETED : OrderStatus.PENDING)
                .transactionType(OrderTransactionType.USER_PURCHASE)
                .totalPrice(
                        legacy
                                ? null
                                : lines.stream()
                                        .mapToDouble(line -> line.getPricing().getExtendedPrice())
                                        .sum())
                .links(new OrderLinks().self(CartStore.link("/customers/" + customer + "/orders/" + id)))
                .attributes(CartStore.objectType("Order"));
    }
}
