package com.example.carts;

import static io.partnercarts.server.api.model.BillingCycleType.MONTHLY;
import static io.partnercarts.server.api.model.BillingCycleType.ONE_TIME;

import io.partnercarts.server.api.model.BillingCycleType;
import io.partnercarts.server.api.model.CartCheckoutResult;
import io.partnercarts.server.api.model.CartError;
import io.partnercarts.server.api.model.CartLineItem;
import io.partnercarts.server.api.model.Order;
import io.partnercarts.server.api.model.OrderLineItem;
import io.partnercarts.server.api.model.OrderLinks;
import io.partnercarts.server.api.model.OrderStatus;
import io.partnercarts.server.api.model.OrderTransactionType;
import io.partnercarts.server.api.model.Pricing;
import io.partnercarts.server.api.model.ResourceAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What this implementation sells and how it is ordered: the five catalog items of the contract's seed scenario,
 * each with one billing cycle and term, a unit price (legacy offers have none) and the provisioning values it needs.
 * A checkout places one order per order group; none fails, as no offer here fails on purpose.
 */
final class Catalog {
    private static final String LEGACY_GROUP = "OMS-";
    private static final String RESERVED_VM = "Reserved VM Instance, Standard_NV12, US East 2, ";
    private static final Set<String> RESERVATION = Set.of("subscriptionId", "scope", "duration");

    private record Offer(String name, BillingCycleType billingCycle, String term, Double unitPrice, Set<String> needs) {
        boolean legacy() {
            return unitPrice == null;
        }
    }

    private static final Map<String, Offer> OFFERS = Map.of(
            "MS-AZR-0145P", new Offer("Microsoft Azure", MONTHLY, "P1Y", null, Set.of()),
            "DZH318Z0BQ36:004G:DZH318Z08C0S", new Offer(RESERVED_VM + "1 Year", ONE_TIME, "P1Y", 7541.0, RESERVATION),
            "DZH318Z0BQ36:004J:DZH318Z08B8X", new Offer(RESERVED_VM + "3 Years", ONE_TIME, "P3Y", 15472.0, RESERVATION),
            "DG7GMGF0DWM3:0002:DG7GMGF0DT1M", new Offer("BizTalk Server 2016 Branch", ONE_TIME, null, 2485.0, Set.of()),
            "DZH318Z0BXWC:0002:DZH318Z0BMRV",
                    new Offer("Barracuda WaaS - Medium Plan", MONTHLY, "P1M", 1899.0, Set.of()));

    private Catalog() {}

    /**
     * The lines as the service answers them: numbered, named, priced and grouped, each checked against the catalog.
     * A legacy offer is ordered alone (group OMS-n); modern offers share a group per billing cycle (0, 1, ...).
     */
    static List<CartLineItem> answered(List<CartLineItem> lines) {
        Map<BillingCycleType, String> modernGroups = new LinkedHashMap<>();
        int legacyGroups = 0;
        for (int i = 0; i < lines.size(); i++) {
            CartLineItem line = lines.get(i);
            Offer offer = OFFERS.get(line.getCatalogItemId());
            line.setId(Objects.requireNonNullElse(line.getId(), i));
            line.setCurrencyCode("USD");
            line.setProvisioningContext(Objects.requireNonNullElseGet(line.getProvisioningContext(), HashMap::new));
            line.setOrderGroup(
                    offer != null && offer.legacy()
                            ? LEGACY_GROUP + legacyGroups++
                            : modernGroups.computeIfAbsent(
                                    line.getBillingCycle(), cycle -> String.valueOf(modernGroups.size())));
            if (offer == null) {
                line.setError(new CartError().errorCode(10001).errorDescription("Not in the catalog."));
                continue;
            }
            line.setFriendlyName(Objects.requireNonNullElse(line.getFriendlyName(), offer.name()));
            if (!offer.legacy()) {
                line.setPricing(pricing(offer.unitPrice(), line.getQuantity()));
            }
            String refused = refusal(line, offer);
            if (refused != null) {
                line.setError(new CartError().errorCode(10010).errorDescription(refused));
            }
        }
        return lines;
    }

    private static String refusal(CartLineItem line, Offer offer) {
        if (line.getBillingCycle() != offer.billingCycle()) {
            return "Sold with the billing cycle " + offer.billingCycle() + " only.";
        }
        if (!Objects.equals(line.getTermDuration(), offer.term())) {
            return offer.term() == null ? "Sold without a term." : "Sold for the term " + offer.term() + " only.";
        }
        if (line.getQuantity() > 10_000) {
            return "Sold in quantities of at most 10,000.";
        }
        if (!line.getProvisioningContext().keySet().containsAll(offer.needs())) {
            return "Needs the provisioning values " + String.join(", ", offer.needs()) + ".";
        }
        if (line.getAddonItems() != null && !line.getAddonItems().isEmpty()) {
            return "Sold without add-ons.";
        }
        return null;
    }

    private static Pricing pricing(double unitPrice, int quantity) {
        return new Pricing()
                .listPrice(unitPrice)
                .discountedPrice(unitPrice)
                .proratedPrice(unitPrice)
                .price(unitPrice)
                .extendedPrice(unitPrice * quantity);
    }

    /**
     * A checkout's orders, one per order group: a legacy order completes at once with its subscription ids; a
     * modern one is priced and stays pending.
     */
    static CartCheckoutResult orders(UUID customer, List<CartLineItem> lines) {
        Map<String, List<CartLineItem>> groups = lines.stream()
                .collect(Collectors.groupingBy(CartLineItem::getOrderGroup, LinkedHashMap::new, Collectors.toList()));
        List<Order> orders = new ArrayList<>();
        groups.forEach((group, grouped) -> orders.add(order(customer, group.startsWith(LEGACY_GROUP), grouped)));
        return new CartCheckoutResult()
                .orders(orders)
                .orderErrors(List.of())
                .attributes(new ResourceAttributes().objectType("CartCheckoutResult"));
    }

    private static Order order(UUID customer, boolean legacy, List<CartLineItem> lines) {
        String id = UUID.randomUUID().toString();
        List<OrderLineItem> ordered = new ArrayList<>();
        double total = 0;
        for (CartLineItem line : lines) {
            total += legacy ? 0 : line.getPricing().getExtendedPrice();
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
                .currencyCode("USD")
                .currencySymbol("$")
                .lineItems(ordered)
                .creationDate(CartsResource.now())
                .status(legacy ? OrderStatus.COMPLETED : OrderStatus.PENDING)
                .transactionType(OrderTransactionType.USER_PURCHASE)
                .totalPrice(legacy ? null : total)
                .links(new OrderLinks().self(CartsResource.link("/customers/" + customer + "/orders/" + id)))
                .attributes(new ResourceAttributes().objectType("Order"));
    }
}
