package com.example.carts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.partnercarts.client.PartnerCartsClient;
import io.partnercarts.client.PartnerCenterException;
import io.partnercarts.client.model.BillingCycleType;
import io.partnercarts.client.model.Cart;
import io.partnercarts.client.model.CartCheckoutResult;
import io.partnercarts.client.model.CartLineItem;
import io.partnercarts.client.model.CartStatus;
import io.partnercarts.client.model.Order;
import io.partnercarts.client.model.OrderLineItem;
import io.partnercarts.client.model.OrderStatus;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The seed scenario through the published client: create, get, update, checkout. */
class SeedCheckoutTest {
    static final UUID CUSTOMER = UUID.fromString("28045616-f6b9-462f-9701-0d89b5e65c44");
    static final String AZURE = "MS-AZR-0145P";
    static final String RI_1Y = "DZH318Z0BQ36:004G:DZH318Z08C0S";
    static final String RI_3Y = "DZH318Z0BQ36:004J:DZH318Z08B8X";
    static final String BIZTALK = "DG7GMGF0DWM3:0002:DG7GMGF0DT1M";
    static final String BARRACUDA = "DZH318Z0BXWC:0002:DZH318Z0BMRV";
    static final Map<String, String> RI_CONTEXT = Map.of(
            "subscriptionId", "8a4e6a2c-93a1-4d77-9b0f-6f1d8f2a0c11", "scope", "shared");

    private final PartnerCartsClient client = PartnerCartsClient.builder()
            .baseUrl(System.getProperty("server.url"))
            .token("any-token")
            .locale("en-US")
            .build();

    @Test
    void createGetUpdateAndCheckOutTheSeedCart() {
        Cart created = client.createCart(CUSTOMER, new Cart().lineItems(List.of(
                line(0, AZURE, BillingCycleType.MONTHLY, "P1Y"),
                line(1, RI_1Y, BillingCycleType.ONE_TIME, "P1Y").provisioningContext(withDuration("1Year")),
                line(2, RI_3Y, BillingCycleType.ONE_TIME, "P3Y").provisioningContext(withDuration("3Years")),
                line(3, BIZTALK, BillingCycleType.ONE_TIME, null),
                line(4, BARRACUDA, BillingCycleType.MONTHLY, "P1M"))));
        UUID cartId = UUID.fromString(created.getId());

        Cart cart = client.getCart(CUSTOMER, cartId);
        assertEquals(CartStatus.ACTIVE, cart.getStatus());
        cart.getLineItems().get(4).setQuantity(2);
        Cart updated = client.updateCart(CUSTOMER, cartId, cart);
        assertEquals(2, updated.getLineItems().get(4).getQuantity());

        CartCheckoutResult result = client.checkout(CUSTOMER, cartId);

        assertTrue(result.getOrderErrors() == null || result.getOrderErrors().isEmpty(), "no order errors");
        assertEquals(3, result.getOrders().size(), "three orders");
        assertOrder(result, AZURE, BillingCycleType.MONTHLY, OrderStatus.COMPLETED, List.of(AZURE));
        assertOrder(result, RI_1Y, BillingCycleType.ONE_TIME, OrderStatus.PENDING, List.of(RI_1Y, RI_3Y, BIZTALK));
        Order monthly = assertOrder(result, BARRACUDA, BillingCycleType.MONTHLY, OrderStatus.PENDING,
                List.of(BARRACUDA));
        assertEquals(2, monthly.getLineItems().get(0).getQuantity(), "the updated quantity was ordered");
        assertEquals(CartStatus.ORDERED, client.getCart(CUSTOMER, cartId).getStatus());
    }

    @Test
    void anUnknownCartIsAPartnerCenterExceptionWithItsCode() {
        PartnerCenterException e = assertThrows(PartnerCenterException.class,
                () -> client.getCart(CUSTOMER, UUID.randomUUID()));

        assertEquals(404, e.status());
        assertEquals(800008, e.code().orElseThrow());
        assertTrue(e.description().isPresent());
    }

    private static CartLineItem line(int id, String offer, BillingCycleType billing, String term) {
        return new CartLineItem().id(id).catalogItemId(offer).quantity(1).billingCycle(billing).termDuration(term);
    }

    private static Map<String, String> withDuration(String duration) {
        Map<String, String> context = new java.util.HashMap<>(RI_CONTEXT);
        context.put("duration", duration);
        return context;
    }

    private static Order assertOrder(CartCheckoutResult result, String withOffer, BillingCycleType billing,
            OrderStatus status, List<String> offers) {
        Order order = result.getOrders().stream()
                .filter(o -> o.getLineItems().stream().anyMatch(l -> withOffer.equals(l.getOfferId())))
                .findFirst().orElseThrow(() -> new AssertionError("no order with " + withOffer + ": " + result));
        assertEquals(billing, order.getBillingCycle(), "billing cycle of the order with " + withOffer);
        assertEquals(status, order.getStatus(), "status of the order with " + withOffer);
        assertEquals(offers, order.getLineItems().stream().map(OrderLineItem::getOfferId).toList(),
                "line items of the order with " + withOffer);
        return order;
    }
}
