package io.partnercarts.server.carts;

import io.partnercarts.server.catalog.Catalog;
import io.partnercarts.server.catalog.Customer;
import io.partnercarts.server.catalog.Offer;
import io.partnercarts.server.core.CartLine;
import io.partnercarts.server.core.LineDraft;
import io.partnercarts.server.core.Pricing;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the requested line items into cart lines: the partner's fields as sent, completed with what the
 * service sets (name, currency, pricing, catalog error, order group).
 */
final class CartLineBuilder {
    private final Catalog catalog;
    private final LineItemRules rules;
    private final OrderGrouping grouping;

    CartLineBuilder(Catalog catalog) {
        this.catalog = catalog;
        this.rules = new LineItemRules(catalog);
        this.grouping = new OrderGrouping(catalog);
    }

    /** Lines of drafts whose catalog item ids passed {@link DraftValidation}. */
    List<CartLine> build(List<LineDraft> drafts, Customer customer) {
        return List.copyOf(grouping.assignGroups(lines(drafts, customer)));
    }

    private List<CartLine> lines(List<LineDraft> drafts, Customer customer) {
        List<CartLine> lines = new ArrayList<>();
        for (int position = 0; position < drafts.size(); position++) {
            lines.add(line(drafts.get(position), position, customer));
        }
        return lines;
    }

    private CartLine line(LineDraft draft, int position, Customer customer) {
        Optional<Offer> offer = catalog.find(draft.catalogItemId());
        return new CartLine(
                draft.id() != null ? draft.id() : position,
                draft.catalogItemId(),
                friendlyName(draft, offer),
                draft.quantity(),
                customer.currencyCode(),
                draft.billingCycle(),
                draft.termDuration(),
                draft.promotionId(),
                draft.participants(),
                draft.provisioningContext(),
                null,
                lines(draft.addonItems(), customer),
                draft.renewsToTermDuration(),
                draft.attestationAccepted(),
                offer.map(Offer::unitPrice)
                        .map(unitPrice -> pricing(unitPrice, draft.quantity()))
                        .orElse(null),
                rules.check(draft));
    }

    private static String friendlyName(LineDraft draft, Optional<Offer> offer) {
        if (draft.friendlyName() != null && !draft.friendlyName().isBlank()) {
            return draft.friendlyName();
        }
        return offer.map(Offer::name).orElse(draft.catalogItemId());
    }

    private static Pricing pricing(double unitPrice, int quantity) {
        return new Pricing(unitPrice, unitPrice, unitPrice, unitPrice, unitPrice * quantity);
    }
}
