package io.partnercarts.server.carts;

import io.partnercarts.server.core.CartDraft;
import io.partnercarts.server.core.CartsException;
import io.partnercarts.server.core.FaultCode;
import io.partnercarts.server.core.LineDraft;
import java.util.List;
import java.util.Locale;

/**
 * Refuses a create or update request with a blank {@code catalogItemId} ({@code ""} or only white
 * space), which the contract cannot refuse: it requires the property and limits its length, but a blank
 * string is present. Which properties a line item needs is the contract's alone (its {@code required},
 * enforced by the generated {@code @NotNull} and answered by the HTTP layer); {@link LineDraft} and
 * {@link CartDraft} only assert it.
 */
final class DraftValidation {

    private DraftValidation() {}

    static void requireCatalogItemIds(CartDraft draft) {
        requireCatalogItemIds(draft.lines(), "Line item", "");
    }

    private static void requireCatalogItemIds(List<LineDraft> lines, String kind, String parent) {
        for (int position = 0; position < lines.size(); position++) {
            LineDraft line = lines.get(position);
            String name = kind + " " + (line.id() == null ? position : line.id()) + parent;
            if (line.catalogItemId().isBlank()) {
                throw new CartsException(FaultCode.INVALID_INPUT, name + " has no catalogItemId.");
            }
            requireCatalogItemIds(line.addonItems(), "Add-on item", " of " + name.toLowerCase(Locale.ROOT));
        }
    }
}
