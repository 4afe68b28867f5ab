package io.partnercarts.server.checkout;

import io.partnercarts.server.core.CartDraft;
import io.partnercarts.server.core.CartsException;
import io.partnercarts.server.core.FaultCode;
import io.partnercarts.server.core.LineDraft;

import java.util.List;
import java.util.Locale;

/**
 * Refuses a create or update request whose line items lack what every item needs. The HTTP layer
 * checks this too; the domain does not rely on it.
 */
final class DraftValidation {

    private DraftValidation() {
    }

    static void requireComplete(CartDraft draft) {
        if (draft == null || draft.lines() == null || draft.lines().isEmpty()) {
            throw invalid("The cart needs at least one line item.");
        }
        requireComplete(draft.lines(), "Line item", "");
    }

    private static void requireComplete(List<LineDraft> lines, String kind, String parent) {
        for (int position = 0; position < lines.size(); position++) {
            LineDraft line = lines.get(position);
            String name = kind + " " + (line == null || line.id() == null ? position : line.id()) + parent;
            if (line == null) {
                throw invalid(name + " is empty.");
            }
            if (line.catalogItemId() == null || line.catalogItemId().isBlank()) {
                throw invalid(name + " has no catalogItemId.");
            }
            if (line.quantity() == null) {
                throw invalid(name + " has no quantity.");
            }
            if (line.billingCycle() == null) {
                throw invalid(name + " has no billingCycle.");
            }
            if (line.addonItems() != null) {
                requireComplete(line.addonItems(), "Add-on item", " of " + name.toLowerCase(Locale.ROOT));
            }
        }
    }

    private static CartsException invalid(String description) {
        return new CartsException(FaultCode.INVALID_INPUT, description);
    }
}
