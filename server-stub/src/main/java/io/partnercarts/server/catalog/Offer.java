package io.partnercarts.server.catalog;

import io.partnercarts.server.core.BillingCycle;
import java.util.List;

/**
 * A catalog item that can be put in a cart.
 *
 * @param termDurations               empty for perpetual offers, which take no term duration
 * @param requiredProvisioningContext keys a line's provisioningContext must hold with a non-blank value
 * @param unitPrice                   null for offers without a list price (consumption)
 */
public record Offer(
        String catalogItemId,
        String name,
        PurchaseSystem purchaseSystem,
        List<BillingCycle> billingCycles,
        List<String> termDurations,
        int minQuantity,
        int maxQuantity,
        List<String> requiredProvisioningContext,
        Double unitPrice,
        CheckoutBehaviour checkout) {

    public Offer {
        billingCycles = List.copyOf(billingCycles);
        termDurations = List.copyOf(termDurations);
        requiredProvisioningContext = List.copyOf(requiredProvisioningContext);
    }

    public boolean isPerpetual() {
        return termDurations.isEmpty();
    }

    public boolean isLegacy() {
        return purchaseSystem == PurchaseSystem.LEGACY;
    }
}
