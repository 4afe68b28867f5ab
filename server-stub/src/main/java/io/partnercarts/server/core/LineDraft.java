package io.partnercarts.server.core;

import java.util.List;
import java.util.Map;

/**
 * A line item as a partner asks for it in a create or update request. Nullable fields were not sent;
 * server-set fields of the wire (currency, order group, error, pricing) are not here at all.
 */
public record LineDraft(
        Integer id,
        String catalogItemId,
        String friendlyName,
        Integer quantity,
        BillingCycle billingCycle,
        String termDuration,
        String promotionId,
        List<Participant> participants,
        Map<String, String> provisioningContext,
        List<LineDraft> addonItems,
        String renewsToTermDuration,
        Boolean attestationAccepted) {
}
