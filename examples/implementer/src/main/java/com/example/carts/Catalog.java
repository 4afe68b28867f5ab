package com.example.carts;

import static io.partnercarts.server.api.model.BillingCycleType.MONTHLY;
import static io.partnercarts.server.api.model.BillingCycleType.ONE_TIME;

import io.partnercarts.server.api.model.BillingCycleType;
import io.partnercarts.server.api.model.CartError;
import io.partnercarts.server.api.model.CartLineItem;
import io.partnercarts.server.api.model.Pricing;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What this implementation sells: the five catalog items of the contract's seed scenario, each with one billing
 * cycle and term, a unit price (legacy offers have none), and the provisioning values it needs.
 */
final class Catalog {
    static final String CURRENCY = "USD";
    static final String LEGACY_GROUP = "OMS-";
    private static final int MAX_QUANTITY = 10_000;
    private static final int NOT_IN_CATALOG = 10001;
    private static final int INVALID_INPUT = 10010;
    private static final Set<String> RESERVATION = Set.of("subscriptionId", "scope", "duration");

    private record Offer(
            String name,
            boolean legacy,
            BillingCycleType billingCycle,
            String term,
            Double unitPrice,
            Set<String> provisioning) {}

    private static final Map<String, Offer> OFFERS = Map.of(
            "MS-AZR-0145P", new Offer("Microsoft Azure", true, MONTHLY, "P1Y", null, Set.of()),
            "DZH318Z0BQ36:004G:DZH318Z08C0S",
                    new Offer(
                            "Reserved VM Instance, Standard_NV12, US East 2, 1 Year",
                            false,
                            ONE_TIME,
                            "P1Y",
                            7541.0,
                            RESERVATION),
            "DZH318Z0BQ36:004J:DZH318Z08B8X",
                    new Offer(
                            "Reserved VM Instance, Standard_NV12, US East 2, 3 Years",
                            false,
                            ONE_TIME,
                            "P3Y",
                            15472.0,
                            RESERVATION),
            "DG7GMGF0DWM3:0002:DG7GMGF0DT1M",
                    new Offer("BizTalk Server 2016 Branch", false, ONE_TIME, null, 2485.0, Set.of()),
            "DZH318Z0BXWC:0002:DZH318Z0BMRV",
                    new Offer("Barracuda WaaS - Medium Plan", false, MONTHLY, "P1M", 1899.0, Set.of()));

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
            line.setId(line.getId() == null ? i : line.getId());
            line.setCurrencyCode(CURRENCY);
            line.setProvisioningContext(
                    line.getProvisioningContext() == null ? new HashMap<>() : line.getProvisioningContext());
            line.setOrderGroup(
                    offer != null && offer.legacy()
                            ? LEGACY_GROUP + legacyGroups++
                            : modernGroups.computeIfAbsent(
                                    line.getBillingCycle(), cycle -> String.valueOf(modernGroups.size())));
            if (offer == null) {
                line.setError(error(NOT_IN_CATALOG, line.getCatalogItemId() + " is not in the catalog."));
                continue;
            }
            line.setFriendlyName(line.getFriendlyName() == null ? offer.name() : line.getFriendlyName());
            if (offer.unitPrice() != null) {
                line.setPricing(pricing(offer.unitPrice(), line.getQuantity()));
            }
            String refused = refusal(line, offer);
            if (refused != null) {
                line.setError(error(INVALID_INPUT, refused));
            }
        }
        return lines;
    }

    private static String refusal(CartLineItem line, Offer offer) {
        String item = line.getCatalogItemId();
        if (line.getBillingCycle() != offer.billingCycle()) {
            return "Billing cycle '" + line.getBillingCycle() + "' is not supported by " + item + "; supported: "
                    + offer.billingCycle() + ".";
        }
        if (!Objects.equals(line.getTermDuration(), offer.term())) {
            return item + (offer.term() == null ? " has no term." : " is sold for the term " + offer.term() + " only.");
        }
        if (line.getQuantity() > MAX_QUANTITY) {
            return item + " is sold in quantities of at most " + MAX_QUANTITY + ".";
        }
        if (!line.getProvisioningContext().keySet().containsAll(offer.provisioning())) {
            return item + " needs the provisioning values " + String.join(", ", offer.provisioning()) + ".";
        }
        if (line.getAddonItems() != null && !line.getAddonItems().isEmpty()) {
            return item + " has no add-ons in this catalog.";
        }
        return null;
    }

    private static CartError error(int code, String description) {
        return new CartError().errorCode(code).errorDescription(description);
    }

    private static Pricing pricing(double unitPrice, int quantity) {
        return new Pricing()
                .listPrice(unitPrice)
                .discountedPrice(unitPrice)
                .proratedPrice(unitPrice)
                .price(unitPrice)
                .extendedPrice(unitPrice * quantity);
    }
}
