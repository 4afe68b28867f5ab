package io.partnercarts.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.partnercarts.server.core.Pricing;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The seed scenario's facts, read from the contract's examples on the classpath (the api-spec jar), the one
 * source every suite reads: {@code SeedCartRequest} (what the partner sends), {@code SeedCart} (the cart the
 * service answers) and {@code SeedCheckoutResult} (the three orders of its checkout).
 */
public final class Seed {
    private static final JsonNode EXAMPLES = readExamples();

    /** The partner's request: the five line items. */
    public static final JsonNode REQUEST = example("SeedCartRequest");
    /** The cart as the service answers it: friendly names, order groups, pricing. */
    public static final JsonNode CART = example("SeedCart");
    /** The checkout's three orders. */
    public static final JsonNode CHECKOUT = example("SeedCheckoutResult");

    public static final String AZURE = catalogItemId(0);
    public static final String RI_1Y = catalogItemId(1);
    public static final String RI_3Y = catalogItemId(2);
    public static final String BIZTALK = catalogItemId(3);
    public static final String BARRACUDA = catalogItemId(4);

    private Seed() {}

    /** The request's line item at {@code index}. */
    public static JsonNode requestLine(int index) {
        return present(REQUEST.path("lineItems").path(index), "SeedCartRequest line item " + index);
    }

    /** The seed cart's line item at {@code index}, as the service answers it. */
    public static JsonNode cartLine(int index) {
        return present(CART.path("lineItems").path(index), "SeedCart line item " + index);
    }

    public static String catalogItemId(int index) {
        return requestLine(index).path("catalogItemId").asText();
    }

    /** The term of the request's line {@code index}; null for a perpetual offer. */
    public static String termDuration(int index) {
        JsonNode term = requestLine(index).path("termDuration");
        return term.isTextual() ? term.asText() : null;
    }

    /** The provisioning context of the request's line {@code index}; empty if it has none. */
    public static Map<String, String> provisioningContext(int index) {
        Map<String, String> context = new LinkedHashMap<>();
        requestLine(index)
                .path("provisioningContext")
                .fields()
                .forEachRemaining(e -> context.put(e.getKey(), e.getValue().asText()));
        return context;
    }

    /** The line ids of the request, in order. */
    public static List<Integer> lineIds() {
        List<Integer> ids = new ArrayList<>();
        REQUEST.path("lineItems").forEach(line -> ids.add(line.path("id").asInt()));
        return ids;
    }

    /** The order group the service gives each line of the seed cart, in order. */
    public static List<String> orderGroups() {
        return texts(CART.path("lineItems"), "orderGroup");
    }

    /** The friendly name the service gives each line of the seed cart, in order. */
    public static List<String> friendlyNames() {
        return texts(CART.path("lineItems"), "friendlyName");
    }

    /** The pricing of the seed cart's line {@code index}; null for a line the service does not price. */
    public static Pricing cartPricing(int index) {
        return pricing(cartLine(index).path("pricing"));
    }

    /** The checkout's order at {@code index} (0 legacy, 1 one_time, 2 monthly). */
    public static JsonNode order(int index) {
        return present(CHECKOUT.path("orders").path(index), "SeedCheckoutResult order " + index);
    }

    public static List<String> texts(JsonNode items, String field) {
        List<String> values = new ArrayList<>();
        items.forEach(
                item -> values.add(item.hasNonNull(field) ? item.path(field).asText() : null));
        return values;
    }

    public static Pricing pricing(JsonNode pricing) {
        if (pricing.isMissingNode() || pricing.isNull()) {
            return null;
        }
        return new Pricing(
                pricing.path("listPrice").asDouble(),
                pricing.path("discountedPrice").asDouble(),
                pricing.path("proratedPrice").asDouble(),
                pricing.path("price").asDouble(),
                pricing.path("extendedPrice").asDouble());
    }

    private static JsonNode example(String name) {
        return present(EXAMPLES.path(name).path("value"), "the contract's example " + name);
    }

    private static JsonNode present(JsonNode node, String what) {
        if (node.isMissingNode()) {
            throw new IllegalStateException("Missing: " + what);
        }
        return node;
    }

    private static JsonNode readExamples() {
        try (InputStream yaml = Objects.requireNonNull(
                Seed.class.getResourceAsStream("/openapi/partner-carts.yaml"),
                "openapi/partner-carts.yaml is not on the classpath: the api-spec jar is missing")) {
            return new ObjectMapper(new YAMLFactory())
                    .readTree(yaml)
                    .path("components")
                    .path("examples");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
