package io.partnercarts.server.core;

import java.util.Map;

/**
 * One item of an order. {@code subscriptionId} is set only when provisioning completed at once (legacy
 * offers); {@code termDuration}, {@code pricing} and {@code partnerIdOnRecord} may be null;
 * {@code provisioningContext} is never null (an unmodifiable copy in the order it was sent).
 */
public record OrderLine(
        int lineItemNumber,
        String offerId,
        String subscriptionId,
        String friendlyName,
        int quantity,
        String termDuration,
        Map<String, String> provisioningContext,
        Pricing pricing,
        String partnerIdOnRecord) {

    public OrderLine {
        provisioningContext = ProvisioningContext.copyOf(provisioningContext);
    }
}
