package io.partnercarts.server.carts;

import io.partnercarts.server.catalog.Catalog;
import io.partnercarts.server.catalog.Offer;
import io.partnercarts.server.core.BillingCycle;
import io.partnercarts.server.core.CartError;
import io.partnercarts.server.core.CartErrorCode;
import io.partnercarts.server.core.LineDraft;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The catalog's checks of one line item. A failed check does not refuse the request: it becomes the
 * line's {@link CartError}. The first check that fails wins.
 */
final class LineItemRules {
    private final Catalog catalog;

    LineItemRules(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The line's error, or null when the catalog accepts it. */
    CartError check(LineDraft line) {
        Optional<Offer> found = catalog.find(line.catalogItemId());
        if (found.isEmpty()) {
            return new CartError(
                    CartErrorCode.CATALOG_ITEM_ID_IS_NOT_VALID,
                    "The catalog item id '" + line.catalogItemId() + "' is not valid.");
        }
        Offer offer = found.get();
        return billingCycleError(line, offer)
                .or(() -> termDurationError(line, offer))
                .or(() -> quantityError(line, offer))
                .or(() -> provisioningContextError(line, offer))
                .orElse(null);
    }

    private static Optional<CartError> billingCycleError(LineDraft line, Offer offer) {
        if (offer.billingCycles().contains(line.billingCycle())) {
            return Optional.empty();
        }
        String supported =
                offer.billingCycles().stream().map(BillingCycle::wireName).collect(Collectors.joining(", "));
        return invalid("Billing cycle '" + line.billingCycle().wireName() + "' is not supported by "
                + offer.catalogItemId() + "; supported: " + supported + ".");
    }

    private static Optional<CartError> termDurationError(LineDraft line, Offer offer) {
        String term = line.termDuration() == null || line.termDuration().isBlank() ? null : line.termDuration();
        if (offer.isPerpetual()) {
            return term == null
                    ? Optional.empty()
                    : invalid("Term duration '" + term + "' is not supported by " + offer.catalogItemId()
                            + "; it is a perpetual offer and takes no term duration.");
        }
        String supported = String.join(", ", offer.termDurations());
        if (term == null) {
            return invalid(
                    "A term duration is required for " + offer.catalogItemId() + "; supported: " + supported + ".");
        }
        if (!offer.termDurations().contains(term)) {
            return invalid("Term duration '" + term + "' is not supported by " + offer.catalogItemId() + "; supported: "
                    + supported + ".");
        }
        return Optional.empty();
    }

    private static Optional<CartError> quantityError(LineDraft line, Offer offer) {
        int quantity = line.quantity();
        if (quantity >= offer.minQuantity() && quantity <= offer.maxQuantity()) {
            return Optional.empty();
        }
        return invalid("Quantity " + quantity + " is not allowed for " + offer.catalogItemId() + "; allowed: "
                + offer.minQuantity() + " to " + offer.maxQuantity() + ".");
    }

    private static Optional<CartError> provisioningContextError(LineDraft line, Offer offer) {
        Map<String, String> context = line.provisioningContext();
        return offer.requiredProvisioningContext().stream()
                .filter(key -> context.get(key) == null || context.get(key).isBlank())
                .findFirst()
                .flatMap(key -> invalid(
                        "The provisioning context '" + key + "' is required for " + offer.catalogItemId() + "."));
    }

    private static Optional<CartError> invalid(String description) {
        return Optional.of(new CartError(CartErrorCode.INVALID_INPUT, description));
    }
}
