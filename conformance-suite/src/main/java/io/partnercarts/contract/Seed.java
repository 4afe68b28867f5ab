package io.partnercarts.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed scenario's facts, read from the contract's examples (the one source every suite reads):
 * {@code SeedCartRequest} (what the partner sends), {@code SeedCart} (the cart the service answers) and
 * {@code SeedCheckoutResult} (the three orders of its checkout).
 */
public final class Seed {
    /** The partner's request: the five line items. */
    public static final JsonNode REQUEST = PackagedContract.example("SeedCartRequest");
    /** The cart as the service answers it: friendly names, order groups, pricing. */
    public static final JsonNode CART = PackagedContract.example("SeedCart");
    /** The checkout's three orders. */
    public static final JsonNode CHECKOUT = PackagedContract.example("SeedCheckoutResult");

    public static final String AZURE = catalogItemId(0);
    public static final String RI_1Y = catalogItemId(1);
    public static final String RI_3Y = catalogItemId(2);
    public static final String BIZTALK = catalogItemId(3);
    public static final String BARRACUDA = catalogItemId(4);
    /** The Azure subscription the two reserved instances are bought for. */
    public static final String RI_SUBSCRIPTION = REQUEST.path("lineItems")
            .path(1)
            .path("provisioningContext")
            .path("subscriptionId")
            .asText();

    private Seed() {}

    /** The request's line item at {@code index}. */
    public static JsonNode requestLine(int index) {
        JsonNode line = REQUEST.path("lineItems").path(index);
        if (line.isMissingNode()) {
            throw new IllegalArgumentException("SeedCartRequest has no line item " + index);
        }
        return line;
    }

    /** The catalog item id of the request's line item at {@code index}. */
    public static String catalogItemId(int index) {
        return requestLine(index).path("catalogItemId").asText();
    }

    /** The line ids of the request, in order. */
    public static List<Integer> lineIds() {
        List<Integer> ids = new ArrayList<>();
        REQUEST.path("lineItems").forEach(line -> ids.add(line.path("id").asInt()));
        return ids;
    }

    /** The catalog item ids of the request, in order. */
    public static List<String> catalogItemIds() {
        return cartTexts(REQUEST, "catalogItemId");
    }

    /** The order group the service gives each line of the seed cart, in order. */
    public static List<String> orderGroups() {
        return cartTexts(CART, "orderGroup");
    }

    /** The friendly name the service gives each line of the seed cart, in order. */
    public static List<String> friendlyNames() {
        return cartTexts(CART, "friendlyName");
    }

    /** The friendly name of the seed cart's line for {@code catalogItemId}. */
    public static String friendlyName(String catalogItemId) {
        return cartLine(catalogItemId).path("friendlyName").asText();
    }

    /** The seed cart's line (as the service answers it) for {@code catalogItemId}. */
    public static JsonNode cartLine(String catalogItemId) {
        for (JsonNode line : CART.path("lineItems")) {
            if (catalogItemId.equals(line.path("catalogItemId").asText())) {
                return line;
            }
        }
        throw new IllegalArgumentException("SeedCart has no line for " + catalogItemId);
    }

    private static List<String> cartTexts(JsonNode cart, String field) {
        List<String> values = new ArrayList<>();
        cart.path("lineItems").forEach(line -> values.add(line.path(field).asText()));
        return values;
    }
}
