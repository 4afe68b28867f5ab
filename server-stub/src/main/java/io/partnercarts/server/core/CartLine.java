package io.partnercarts.server.core;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A line item of a stored cart: the partner's request completed by the catalog rules. Never-null,
 * unmodifiable collections ({@code participants}, {@code provisioningContext} in the order it was sent,
 * {@code addonItems}) are empty when nothing was sent; {@code pricing} is null for offers without a list price; {@code error} is null
 * unless the catalog rejected the item.
 */
public record CartLine(
        int id,
        String catalogItemId,
        String friendlyName,
        int quantity,
        String currencyCode,
        BillingCycle billingCycle,
        String termDuration,
        String promotionId,
        List<Participant> participants,
        Map<String, String> provisioningContext,
        String orderGroup,
        List<CartLine> addonItems,
        String renewsToTermDuration,
        Boolean attestationAccepted,
        Pricing pricing,
        CartError error) {

    public CartLine {
        participants = List.copyOf(Objects.requireNonNull(participants, "participants"));
        provisioningContext = ProvisioningContext.copyOf(provisioningContext);
        addonItems = List.copyOf(Objects.requireNonNull(addonItems, "addonItems"));
    }

    /** This line in order group {@code group}; its add-ons keep theirs (see {@link #withAddonItems}). */
    public CartLine withOrderGroup(String group) {
        return new CartLine(
                id,
                catalogItemId,
                friendlyName,
                quantity,
                currencyCode,
                billingCycle,
                termDuration,
                promotionId,
                participants,
                provisioningContext,
                group,
                addonItems,
                renewsToTermDuration,
                attestationAccepted,
                pricing,
                error);
    }

    /** This line with {@code addons} instead of its add-ons. */
    public CartLine withAddonItems(List<CartLine> addons) {
        return new CartLine(
                id,
                catalogItemId,
                friendlyName,
                quantity,
                currencyCode,
                billingCycle,
                termDuration,
                promotionId,
                participants,
                provisioningContext,
                orderGroup,
                addons,
                renewsToTermDuration,
                attestationAccepted,
                pricing,
                error);
    }
}
