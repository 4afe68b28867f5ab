package io.partnercarts.contract.hostile;

import io.partnercarts.contract.PackagedContract;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The request body of create and update, {@code Cart}, walked in the packaged contract down to every
 * property: the line items, their participants, provisioning context, add-ons and so on. A schema met
 * again below itself (an add-on is a line item) is not walked twice.
 */
final class CartSchema {
    static final String CART = "Cart";
    /** The key a map ({@code additionalProperties}) holds in a valid body, so that its value can be broken. */
    static final String MAP_KEY = "key";

    /**
     * What the service sets and ignores on input: the contract's wire rules ("Properties that the service
     * sets ... are ignored on input"), and {@code lastModifiedUser}, which create assigns
     * (docs/sandbox-behaviour.md). A schema's own {@code readOnly} counts too.
     */
    private static final Set<String> SERVICE_SET = Set.of(
            "Cart.id",
            "Cart.creationTimestamp",
            "Cart.lastModifiedTimestamp",
            "Cart.expirationTimestamp",
            "Cart.lastModifiedUser",
            "Cart.status",
            "Cart.links",
            "Cart.attributes",
            "CartLineItem.currencyCode",
            "CartLineItem.orderGroup",
            "CartLineItem.error",
            "CartLineItem.pricing");

    private static final List<SchemaField> FIELDS = walkCart();

    private CartSchema() {}

    /** Every property of a cart, each at the path where a valid body ({@link ValidCart#full()}) has it. */
    static List<SchemaField> fields() {
        return FIELDS;
    }

    /** {@code CartLineItem} for {@code #/components/schemas/CartLineItem}; null for an inline schema. */
    static String refName(Schema<?> schema) {
        return schema.get$ref() == null
                ? null
                : schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
    }

    /** The named properties of an object schema, in the contract's order. */
    static Map<String, Schema> properties(Schema<?> schema) {
        return schema.getProperties() == null ? Map.of() : schema.getProperties();
    }

    static boolean isRequired(Schema<?> object, String property) {
        return object.getRequired() != null && object.getRequired().contains(property);
    }

    private static List<SchemaField> walkCart() {
        List<SchemaField> fields = new ArrayList<>();
        walk(CART, PackagedContract.schema(CART), TreePath.ROOT, false, new HashSet<>(), fields);
        return List.copyOf(fields);
    }

    private static void walk(
            String name,
            Schema<?> object,
            TreePath at,
            boolean serviceSet,
            Set<String> open,
            List<SchemaField> fields) {
        open.add(name);
        properties(object).forEach((property, declared) -> {
            Schema<?> schema = PackagedContract.resolved(declared);
            boolean set = serviceSet
                    || SERVICE_SET.contains(name + "." + property)
                    || Boolean.TRUE.equals(schema.getReadOnly())
                    || Boolean.TRUE.equals(declared.getReadOnly());
            TreePath path = at.child(property);
            fields.add(new SchemaField(path, schema, isRequired(object, property), set, false));
            String inner = refName(declared) == null ? name + "." + property : refName(declared);
            descend(inner, schema, path, set, open, fields);
        });
        open.remove(name);
    }

    private static void descend(
            String name,
            Schema<?> schema,
            TreePath path,
            boolean serviceSet,
            Set<String> open,
            List<SchemaField> fields) {
        if (schema.getProperties() != null && !open.contains(name)) {
            walk(name, schema, path, serviceSet, open, fields);
        }
        if (schema.getItems() != null) {
            Schema<?> items = PackagedContract.resolved(schema.getItems());
            String itemsName = refName(schema.getItems()) == null ? name + "[]" : refName(schema.getItems());
            if (items.getProperties() != null && !open.contains(itemsName)) {
                walk(itemsName, items, path.child(0), serviceSet, open, fields);
            }
        }
        if (schema.getAdditionalProperties() instanceof Schema<?> values) {
            fields.add(
                    new SchemaField(path.child(MAP_KEY), PackagedContract.resolved(values), false, serviceSet, true));
        }
    }
}
