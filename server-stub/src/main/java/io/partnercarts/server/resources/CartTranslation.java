package io.partnercarts.server.resources;

import io.partnercarts.server.api.model.BillingCycleType;
import io.partnercarts.server.api.model.Cart;
import io.partnercarts.server.api.model.CartError;
import io.partnercarts.server.api.model.CartLineItem;
import io.partnercarts.server.api.model.CartLinks;
import io.partnercarts.server.api.model.Participant;
import io.partnercarts.server.api.model.Pricing;
import io.partnercarts.server.api.model.RenewsTo;
import io.partnercarts.server.api.model.ResourceAttributes;
import io.partnercarts.server.core.BillingCycle;
import io.partnercarts.server.core.CartDraft;
import io.partnercarts.server.core.CartLine;
import io.partnercarts.server.core.LineDraft;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Translates carts between the wire (the generated models) and the domain. Only what a partner may
 * send is read from a request; what the service sets is written to the response.
 */
final class CartTranslation {
    private CartTranslation() {}

    static CartDraft toDraft(Cart cart) {
        return new CartDraft(
                mapAll(cart.getLineItems(), CartTranslation::toDraft), cart.getPartnerOnRecordAttestationAccepted());
    }

    private static LineDraft toDraft(CartLineItem item) {
        return new LineDraft(
                item.getId(),
                item.getCatalogItemId(),
                item.getFriendlyName(),
                item.getQuantity(),
                item.getBillingCycle() == null ? null : WireEnums.billingCycle(item.getBillingCycle()),
                item.getTermDuration(),
                item.getPromotionId(),
                mapAll(
                        item.getParticipants(),
                        p -> new io.partnercarts.server.core.Participant(
                                p.getKey() == null ? null : WireEnums.participantKey(p.getKey()), p.getValue())),
                item.getProvisioningContext() == null ? Map.of() : item.getProvisioningContext(),
                mapAll(item.getAddonItems(), CartTranslation::toDraft),
                item.getRenewsTo() == null ? null : item.getRenewsTo().getTermDuration(),
                item.getAttestationAccepted());
    }

    static Cart toWire(io.partnercarts.server.core.Cart cart) {
        return new Cart()
                .id(cart.id().toString())
                .creationTimestamp(utc(cart.creationTimestamp()))
                .lastModifiedTimestamp(utc(cart.lastModifiedTimestamp()))
                .expirationTimestamp(utc(cart.expirationTimestamp()))
                .lastModifiedUser(cart.lastModifiedUser())
                .status(WireEnums.cartStatus(cart.status()))
                .lineItems(mapAll(cart.lines(), CartTranslation::toWire))
                .partnerOnRecordAttestationAccepted(cart.partnerOnRecordAttestationAccepted())
                .links(new CartLinks().self(ResourceLinks.cart(cart.customerId(), cart.id())))
                .attributes(new ResourceAttributes().objectType("Cart"));
    }

    private static CartLineItem toWire(CartLine line) {
        return new CartLineItem()
                .id(line.id())
                .catalogItemId(line.catalogItemId())
                .friendlyName(line.friendlyName())
                .quantity(line.quantity())
                .currencyCode(line.currencyCode())
                .billingCycle(billingCycle(line.billingCycle()))
                .termDuration(line.termDuration())
                .promotionId(line.promotionId())
                .participants(emptyToNull(mapAll(
                        line.participants(),
                        p -> new Participant()
                                .key(WireEnums.participantKey(p.key()))
                                .value(p.value()))))
                .provisioningContext(line.provisioningContext())
                .orderGroup(line.orderGroup())
                .addonItems(emptyToNull(mapAll(line.addonItems(), CartTranslation::toWire)))
                .renewsTo(
                        line.renewsToTermDuration() == null
                                ? null
                                : new RenewsTo().termDuration(line.renewsToTermDuration()))
                .attestationAccepted(line.attestationAccepted())
                .pricing(pricing(line.pricing()))
                .error(
                        line.error() == null
                                ? null
                                : new CartError()
                                        .errorCode(line.error().code().code())
                                        .errorDescription(line.error().description()));
    }

    static BillingCycleType billingCycle(BillingCycle cycle) {
        return cycle == null ? null : WireEnums.billingCycle(cycle);
    }

    static Pricing pricing(io.partnercarts.server.core.Pricing pricing) {
        return pricing == null
                ? null
                : new Pricing()
                        .listPrice(pricing.listPrice())
                        .discountedPrice(pricing.discountedPrice())
                        .proratedPrice(pricing.proratedPrice())
                        .price(pricing.price())
                        .extendedPrice(pricing.extendedPrice());
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static <A, B> List<B> mapAll(List<A> items, Function<A, B> translate) {
        return items == null ? List.of() : items.stream().map(translate).toList();
    }

    static <T> List<T> emptyToNull(List<T> items) {
        return items.isEmpty() ? null : items;
    }
}
