package io.partnercarts.contract.hostile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercarts.contract.CartBodies;
import io.partnercarts.contract.PackagedContract;
import io.swagger.v3.oas.models.media.Schema;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Valid request bodies built from the contract's schemas, from which every hostile body is one change
 * away. {@link #full()} has every property of {@link CartSchema#fields()} at its path, so that breaking one
 * of them breaks nothing else. Every value keeps to its schema: its enum, its format, its length, range,
 * number of items or of entries.
 */
final class ValidCart {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Where a line item starts from: one the catalog accepts (a line of the seed's monthly plan). */
    private static final Map<String, Supplier<ObjectNode>> TEMPLATES =
            Map.of("CartLineItem", () -> CartBodies.barracuda(1));

    private static final String DATE_TIME = "2019-01-16T00:48:30Z";
    private static final String UUID_VALUE = "8a4e6a2c-93a1-4d77-9b0f-6f1d8f2a0c11";
    /** A string's value, cut to its maxLength or padded to its minLength. */
    private static final String TEXT = "text";

    private static final ObjectNode FULL = buildFull();

    private ValidCart() {}

    /**
     * A cart whose first line item has every property the contract describes, each with a valid value,
     * followed by the seed's five lines; the cart itself has every property too.
     */
    static ObjectNode full() {
        return FULL.deepCopy();
    }

    /** A small cart of one seed line item with the given friendly name. */
    static ObjectNode named(String friendlyName) {
        return parse(CartBodies.cartOf(CartBodies.barracuda(1).put("friendlyName", friendlyName)));
    }

    /** A valid element of an array field with only what its schema requires. */
    static JsonNode element(SchemaField array) {
        return instance(array.items(), CartSchema.refName(array.schema().getItems()), false, new HashSet<>());
    }

    private static ObjectNode buildFull() {
        Schema<?> cartSchema = PackagedContract.schema(CartSchema.CART);
        ObjectNode everything = (ObjectNode) instance(cartSchema, CartSchema.CART, true, new HashSet<>());
        List<ObjectNode> lines = new ArrayList<>();
        lines.add((ObjectNode) everything.get("lineItems").get(0));
        parse(CartBodies.seed()).get("lineItems").forEach(line -> lines.add((ObjectNode) line));
        ObjectNode cart = parse(CartBodies.cartOf(lines.toArray(ObjectNode[]::new)));
        everything.fields().forEachRemaining(field -> {
            if (!cart.has(field.getKey())) {
                cart.set(field.getKey(), field.getValue());
            }
        });
        return cart;
    }

    /** A valid value of the schema: every property when {@code every}, else the required ones. */
    private static JsonNode instance(Schema<?> declared, String name, boolean every, Set<String> open) {
        Schema<?> schema = PackagedContract.resolved(declared);
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return NODES.textNode(String.valueOf(schema.getEnum().get(0)));
        }
        String type = schema.getType() == null ? "object" : schema.getType();
        return switch (type) {
            case "string" -> NODES.textNode(text(schema));
            case "integer" -> NODES.numberNode(inRange(schema, BigDecimal.ONE).intValueExact());
            case "number" -> NODES.numberNode(inRange(schema, BigDecimal.ONE).doubleValue());
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> array(schema, name, every, open);
            default -> object(schema, name, every, open);
        };
    }

    /** A date-time or a GUID for those formats; otherwise {@value #TEXT} within minLength and maxLength. */
    private static String text(Schema<?> schema) {
        if ("date-time".equals(schema.getFormat())) {
            return DATE_TIME;
        }
        if ("uuid".equals(schema.getFormat())) {
            return UUID_VALUE;
        }
        return fitted(TEXT, schema.getMinLength(), schema.getMaxLength());
    }

    /** The text cut to {@code max} characters or padded with x to {@code min}. */
    private static String fitted(String text, Integer min, Integer max) {
        String cut = max == null || text.length() <= max ? text : text.substring(0, max);
        return min == null || cut.length() >= min ? cut : cut + "x".repeat(min - cut.length());
    }

    /** The preferred value, or the schema's minimum or maximum when it lies outside them. */
    private static BigDecimal inRange(Schema<?> schema, BigDecimal preferred) {
        BigDecimal value = preferred;
        if (schema.getMinimum() != null && value.compareTo(schema.getMinimum()) < 0) {
            value = schema.getMinimum();
        }
        if (schema.getMaximum() != null && value.compareTo(schema.getMaximum()) > 0) {
            value = schema.getMaximum();
        }
        return value;
    }

    /** One item for every property, or as many as minItems asks for otherwise; never more than maxItems. */
    private static ArrayNode array(Schema<?> schema, String name, boolean every, Set<String> open) {
        ArrayNode array = NODES.arrayNode();
        int size = Math.max(every ? 1 : 0, schema.getMinItems() == null ? 0 : schema.getMinItems());
        if (schema.getMaxItems() != null) {
            size = Math.min(size, schema.getMaxItems());
        }
        String items = CartSchema.refName(schema.getItems());
        for (int i = 0; i < size; i++) {
            array.add(instance(schema.getItems(), items == null ? name + "[]" : items, every, open));
        }
        return array;
    }

    private static ObjectNode object(Schema<?> schema, String name, boolean every, Set<String> open) {
        ObjectNode object = TEMPLATES.containsKey(name) ? TEMPLATES.get(name).get() : NODES.objectNode();
        if (open.contains(name)) {
            return object;
        }
        open.add(name);
        CartSchema.properties(schema).forEach((property, declared) -> {
            if (!object.has(property) && (every || CartSchema.isRequired(schema, property))) {
                String inner = CartSchema.refName(declared);
                object.set(property, instance(declared, inner == null ? name + "." + property : inner, every, open));
            }
        });
        if (schema.getAdditionalProperties() instanceof Schema<?> values
                && (schema.getMaxProperties() == null || schema.getMaxProperties() > 0)) {
            object.set(CartSchema.MAP_KEY, instance(values, name + "{}", every, open));
        }
        open.remove(name);
        return object;
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
