package io.partnercarts.server.resources;

import static io.partnercarts.server.resources.CartTranslation.billingCycle;
import static io.partnercarts.server.resources.CartTranslation.mapAll;
import static io.partnercarts.server.resources.CartTranslation.pricing;
import static io.partnercarts.server.resources.CartTranslation.utc;

import io.partnercarts.server.api.model.CartCheckoutResult;
import io.partnercarts.server.api.model.Order;
import io.partnercarts.server.api.model.OrderError;
import io.partnercarts.server.api.model.OrderLineItem;
import io.partnercarts.server.api.model.OrderLineItemLinks;
import io.partnercarts.server.api.model.OrderLinks;
import io.partnercarts.server.api.model.OrderTransactionType;
import io.partnercarts.server.api.model.ResourceAttributes;
import io.partnercarts.server.core.CheckoutResult;
import io.partnercarts.server.core.OrderLine;
import java.util.UUID;

/** Translates a checkout's outcome from the domain to the wire. */
final class CheckoutTranslation {
    private static final String NEW_PURCHASE = "New";

    private CheckoutTranslation() {}

    static CartCheckoutResult toWire(CheckoutResult result) {
        return new CartCheckoutResult()
                .orders(mapAll(result.orders(), CheckoutTranslation::toWire))
                .orderErrors(mapAll(
                        result.orderErrors(),
                        error -> new OrderError()
                                .orderGroupId(error.orderGroupId())
                                .code(error.code())
                                .description(error.description())
                                .attributes(new ResourceAttributes().objectType("OrderError"))))
                .attributes(new ResourceAttributes().objectType("CartCheckoutResult"));
    }

    private static Order toWire(io.partnercarts.server.core.Order order) {
        UUID customerId = order.customerId();
        return new Order()
                .id(order.id())
                .alternateId(order.alternateId())
                .referenceCustomerId(customerId.toString())
                .billingCycle(billingCycle(order.billingCycle()))
                .currencyCode(order.currencyCode())
                .currencySymbol(order.currencySymbol())
                .lineItems(mapAll(order.lines(), line -> toWire(customerId, line)))
                .creationDate(utc(order.creationDate()))
                .status(WireEnums.orderStatus(order.status()))
                .transactionType(OrderTransactionType.USER_PURCHASE)
                .totalPrice(order.totalPrice())
                .links(links(order))
                .attributes(new ResourceAttributes().objectType("Order"));
    }

    private static OrderLinks links(io.partnercarts.server.core.Order order) {
        OrderLinks links = new OrderLinks().self(ResourceLinks.order(order.customerId(), order.id()));
        if (order.status() == io.partnercarts.server.core.OrderStatus.PENDING) {
            links.provisioningStatus(ResourceLinks.orderProvisioningStatus(order.customerId(), order.id()))
                    .patchOperation(ResourceLinks.orderPatch(order.customerId(), order.id()));
        }
        return links;
    }

    private static OrderLineItem toWire(UUID customerId, OrderLine line) {
        return new OrderLineItem()
                .lineItemNumber(line.lineItemNumber())
                .offerId(line.offerId())
                .subscriptionId(line.subscriptionId())
                .friendlyName(line.friendlyName())
                .quantity(line.quantity())
                .termDuration(line.termDuration())
                .transactionType(NEW_PURCHASE)
                .partnerIdOnRecord(line.partnerIdOnRecord())
                .provisioningContext(line.provisioningContext().isEmpty() ? null : line.provisioningContext())
                .pricing(pricing(line.pricing()))
                .links(links(customerId, line));
    }

    private static OrderLineItemLinks links(UUID customerId, OrderLine line) {
        OrderLineItemLinks links = new OrderLineItemLinks();
        if (line.subscriptionId() != null) {
            links.subscription(ResourceLinks.subscription(customerId, line.subscriptionId()));
        }
        CatalogItemId.parse(line.offerId())
                .ifPresent(item -> links.product(ResourceLinks.product(item))
                        .sku(ResourceLinks.sku(item))
                        .availability(ResourceLinks.availability(item)));
        return links;
    }
}
