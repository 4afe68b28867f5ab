package io.partnercarts.server.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.partnercarts.server.core.BillingCycle;
import java.util.List;

/**
 * A fixtures file as its JSON is shaped, bound by Jackson once the file has kept {@link FixturesSchema}. An absent
 * field takes the {@code default} that the schema states (FixturesSchemaTest holds the two equal).
 */
@JsonIgnoreProperties("$schema")
record FixturesFile(String partnerUser, List<Customer> customers, List<OfferEntry> offers) {

    record OfferEntry(
            String catalogItemId,
            String name,
            PurchaseSystem purchaseSystem,
            List<String> billingCycles,
            List<String> termDurations,
            Integer minQuantity,
            Integer maxQuantity,
            List<String> requiredProvisioningContext,
            Double unitPrice,
            CheckoutEntry checkout) {

        OfferEntry {
            termDurations = termDurations == null ? List.of() : termDurations;
            minQuantity = minQuantity == null ? 1 : minQuantity;
            maxQuantity = maxQuantity == null ? 10_000 : maxQuantity;
            requiredProvisioningContext = requiredProvisioningContext == null ? List.of() : requiredProvisioningContext;
        }

        Offer toOffer() {
            return new Offer(
                    catalogItemId,
                    name,
                    purchaseSystem,
                    billingCycles.stream()
                            .map(cycle -> BillingCycle.fromWireName(cycle).orElseThrow())
                            .toList(),
                    termDurations,
                    minQuantity,
                    maxQuantity,
                    requiredProvisioningContext,
                    unitPrice,
                    checkout == null ? CheckoutBehaviour.SUCCEEDS : checkout.toBehaviour());
        }
    }

    record CheckoutEntry(CheckoutFailure failure, Integer failedAttempts, Long delayMillis, boolean serviceError) {

        CheckoutEntry {
            failedAttempts = failedAttempts == null ? CheckoutBehaviour.ALWAYS : failedAttempts;
            delayMillis = delayMillis == null ? 0L : delayMillis;
        }

        CheckoutBehaviour toBehaviour() {
            return new CheckoutBehaviour(failure, failedAttempts, delayMillis, serviceError);
        }
    }
}
