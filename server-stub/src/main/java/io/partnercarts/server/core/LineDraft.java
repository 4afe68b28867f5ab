package io.partnercarts.server.core;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A line item as a partner asks for it in a create or update request. Nullable fields were not sent;
 * server-set fields of the wire (currency, order group, error, pricing) are not here at all.
 *
 * <p>{@code catalogItemId}, {@code quantity} and {@code billingCycle} are never null: the contract
 * requires them, and the HTTP layer refuses a request without them before a draft is made. A null here
 * is a programming error, not a partner's mistake, so it has no wording of its own.
 *
 * <p>{@code participants}, {@code provisioningContext} and {@code addonItems} are never null either:
 * empty when nothing was sent (the edge, {@code resources}, decides that). They are unmodifiable copies;
 * the provisioning context keeps the order it was sent in.
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

    public LineDraft {
        Objects.requireNonNull(catalogItemId, "catalogItemId");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(billingCycle, "billingCycle");
        participants = List.copyOf(Objects.requireNonNull(participants, "participants"));
        provisioningContext = ProvisioningContext.copyOf(provisioningContext);
        addonItems = List.copyOf(Objects.requireNonNull(addonItems, "addonItems"));
    }

    /** This line numbered {@code newId}. */
    public LineDraft withId(Integer newId) {
        return new LineDraft(
                newId,
                catalogItemId,
                friendlyName,
                quantity,
                billingCycle,
                termDuration,
                promotionId,
                participants,
                provisioningContext,
                addonItems,
                renewsToTermDuration,
                attestationAccepted);
    }

    /** This line with the partner's own label {@code name}. */
    public LineDraft withFriendlyName(String name) {
        return new LineDraft(
                id,
                catalogItemId,
                name,
                quantity,
                billingCycle,
                termDuration,
                promotionId,
                participants,
                provisioningContext,
                addonItems,
                renewsToTermDuration,
                attestationAccepted);
    }

    /** This line with {@code newParticipants} instead of its participants. */
    public LineDraft withParticipants(List<Participant> newParticipants) {
        return new LineDraft(
                id,
                catalogItemId,
                friendlyName,
                quantity,
                billingCycle,
                termDuration,
                promotionId,
                newParticipants,
                provisioningContext,
                addonItems,
                renewsToTermDuration,
                attestationAccepted);
    }

    /** This line with {@code context} instead of its provisioning context. */
    public LineDraft withProvisioningContext(Map<String, String> context) {
        return new LineDraft(
                id,
                catalogItemId,
                friendlyName,
                quantity,
                billingCycle,
                termDuration,
                promotionId,
                participants,
                context,
                addonItems,
                renewsToTermDuration,
                attestationAccepted);
    }

    /** This line with {@code addons} instead of its add-ons. */
    public LineDraft withAddonItems(List<LineDraft> addons) {
        return new LineDraft(
                id,
                catalogItemId,
                friendlyName,
                quantity,
                billingCycle,
                termDuration,
                promotionId,
                participants,
                provisioningContext,
                addons,
                renewsToTermDuration,
                attestationAccepted);
    }
}
