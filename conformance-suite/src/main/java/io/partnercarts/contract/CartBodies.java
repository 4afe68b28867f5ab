package io.partnercarts.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Request bodies of carts, as JSON text, built the way the contract documents them (camelCase). */
public final class CartBodies {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CartBodies() {}

    /** The seed scenario's five line items: the contract's {@code SeedCartRequest} example. */
    public static String seed() {
        return Seed.REQUEST.toString();
    }

    /** A cart of the given lines. */
    public static String cartOf(ObjectNode... lines) {
        ObjectNode cart = JSON.createObjectNode();
        ArrayNode items = cart.putArray("lineItems");
        for (int i = 0; i < lines.length; i++) {
            items.add(lines[i].deepCopy().put("id", i));
        }
        return cart.toString();
    }

    /** One line item; {@code termDuration} null leaves it out (a perpetual offer). */
    public static ObjectNode line(String catalogItemId, int quantity, String billingCycle, String termDuration) {
        ObjectNode line = JSON.createObjectNode()
                .put("catalogItemId", catalogItemId)
                .put("quantity", quantity)
                .put("billingCycle", billingCycle);
        if (termDuration != null) {
            line.put("termDuration", termDuration);
        }
        return line;
    }

    /** One seat of the seed's monthly Barracuda plan: a modern offer with no provisioning context. */
    public static ObjectNode barracuda(int quantity) {
        JsonNode seed = Seed.requestLine(4);
        return line(
                Seed.BARRACUDA,
                quantity,
                seed.path("billingCycle").asText(),
                seed.path("termDuration").asText());
    }

    /** The seed's perpetual BizTalk licence: a one_time modern offer. */
    public static ObjectNode bizTalk() {
        JsonNode seed = Seed.requestLine(3);
        return line(
                Seed.BIZTALK,
                seed.path("quantity").asInt(),
                seed.path("billingCycle").asText(),
                seed.hasNonNull("termDuration") ? seed.path("termDuration").asText() : null);
    }

    /**
     * One line of a misbehaving offer (the sandbox's built-in one or another implementation's), bought with
     * its billing cycle and term.
     */
    public static ObjectNode misbehaving(String catalogItemId, MisbehavingOffer behaviour) {
        return line(catalogItemId, 1, behaviour.billingCycle(), behaviour.termDuration());
    }
}
