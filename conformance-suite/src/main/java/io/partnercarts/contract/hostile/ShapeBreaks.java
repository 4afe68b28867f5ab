package io.partnercarts.contract.hostile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercarts.contract.PackagedContract;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Bodies whose shape is hostile: unknown properties (ignored, so still accepted), nesting deep enough to
 * exhaust a parser, JSON that is malformed or not a cart, and names given twice.
 */
final class ShapeBreaks {
    /** Deeper than this, a service may refuse nesting (parsers limit it); shallower it must not. */
    static final int ACCEPTABLE_DEPTH = 64;

    static final List<Integer> DEPTHS = List.of(8, ACCEPTABLE_DEPTH, 600, 1_500, 100_000);

    private ShapeBreaks() {}

    /**
     * An unknown property, with any JSON value, on the cart or on any of its objects: the contract says
     * unknown properties are ignored, so the request is accepted.
     */
    static List<CaseKind<HostileBody>> unknownProperties(ObjectNode base) {
        List<CaseKind<HostileBody>> kinds = new ArrayList<>();
        for (SchemaField object : objects()) {
            kinds.add(CaseKind.forField(object, draw -> {
                TreePath unknown = object.path().child(unknownName(draw, object));
                String value = draw.anyJson(2);
                return HostileBody.json(
                        object.label() + ": unknown property",
                        unknown + " = " + JsonText.abbreviate(value),
                        unknown.putIn(base, value),
                        object.acceptance());
            }));
        }
        return kinds;
    }

    /**
     * Nested arrays or objects: under an unknown property accepted up to {@value #ACCEPTABLE_DEPTH} levels,
     * deeper accepted or refused; in place of a property of the contract refused (a wrong type).
     */
    static List<CaseKind<HostileBody>> deepNesting(ObjectNode base) {
        List<CaseKind<HostileBody>> kinds = new ArrayList<>();
        for (SchemaField object : objects()) {
            for (boolean deep : new boolean[] {false, true}) {
                String kind = object.label() + ": unknown property nested " + (deep ? "deeper than " : "at most ")
                        + ACCEPTABLE_DEPTH;
                Outcome expected = deep ? Outcome.ACCEPTED_OR_REFUSED : object.acceptance();
                kinds.add(CaseKind.forField(object, draw -> {
                    TreePath unknown = object.path().child(unknownName(draw, object));
                    int depth = draw.oneOf(depths(deep));
                    boolean objects = draw.coin();
                    return HostileBody.json(
                            kind,
                            unknown + " = " + Draw.describeNesting(depth, objects),
                            unknown.putIn(base, Draw.nested(depth, objects)),
                            expected);
                }));
            }
        }
        for (SchemaField field : CartSchema.fields()) {
            kinds.add(CaseKind.forField(field, draw -> {
                int depth = draw.oneOf(DEPTHS);
                return HostileBody.json(
                        field.label() + ": nested arrays",
                        field.path() + " = " + Draw.describeNesting(depth, false),
                        field.path().putIn(base, Draw.nested(depth, false)),
                        field.refusal());
            }));
        }
        return kinds;
    }

    /** Text that is not JSON, or JSON that is not a cart object: refused. */
    static List<CaseKind<HostileBody>> malformed(ObjectNode base) {
        String valid = base.toString();
        List<CaseKind<HostileBody>> kinds = new ArrayList<>();
        kinds.add(CaseKind.swept(draw -> {
            int at = draw.between(1, valid.length() - 1);
            return HostileBody.json(
                    "malformed: cut short", "the first " + at + " characters", valid.substring(0, at), Outcome.REFUSED);
        }));
        Map<String, String> syntax = new LinkedHashMap<>();
        syntax.put("trailing text", valid + " x");
        syntax.put("a trailing comma", valid.substring(0, valid.length() - 1) + ",}");
        syntax.put("a comment", "/* cart */" + valid);
        syntax.put("single quotes", valid.replace('"', '\''));
        syntax.put("two documents", valid + valid);
        syntax.put("an unquoted name", valid.replaceFirst("\"lineItems\"", "lineItems"));
        syntax.forEach((what, text) ->
                kinds.add(CaseKind.single(HostileBody.json("malformed: " + what, what, text, Outcome.REFUSED))));
        for (SchemaField field : CartSchema.fields()) {
            if (field.is("integer")) {
                kinds.add(CaseKind.forField(field, draw -> {
                    String raw = draw.oneOf("01", "+1", "1.", ".5", "NaN", "Infinity", "-", "1e", "0x10", "1_000");
                    return HostileBody.json(
                            field.label() + ": not a JSON number",
                            field.path() + " = " + raw,
                            field.path().putIn(base, raw),
                            Outcome.REFUSED);
                }));
            }
        }
        kinds.add(CaseKind.swept(draw -> {
            String text =
                    draw.oneOf("", " ", "[]", "[" + valid + "]", "\"success\"", "1", "true", "null", "{}", "<cart/>");
            return HostileBody.json(
                    "not a cart object",
                    text.isEmpty() ? "(empty body)" : JsonText.abbreviate(text),
                    text,
                    Outcome.REFUSED);
        }));
        return kinds;
    }

    /** A property given twice, or in two cases: either value may win or the body be refused, never a failure. */
    static List<CaseKind<HostileBody>> duplicateNames(ObjectNode base) {
        String valid = base.toString();
        String lines = base.get("lineItems").toString();
        return List.of(CaseKind.swept(draw -> {
            String name = draw.oneOf("lineItems", "LineItems", "LINEITEMS");
            return HostileBody.json(
                    "lineItems given twice",
                    "\"" + name + "\" after \"lineItems\"",
                    valid.substring(0, valid.length() - 1) + ",\"" + name + "\":" + lines + "}",
                    Outcome.ACCEPTED_OR_REFUSED);
        }));
    }

    /** The depths up to {@value #ACCEPTABLE_DEPTH}, or those past it. */
    static List<Integer> depths(boolean deep) {
        return DEPTHS.stream().filter(depth -> deep == depth > ACCEPTABLE_DEPTH).toList();
    }

    /** The cart and every object in it that has named properties (a map has none: any key is valid there). */
    private static List<SchemaField> objects() {
        List<SchemaField> objects = new ArrayList<>();
        objects.add(new SchemaField(TreePath.ROOT, PackagedContract.schema(CartSchema.CART), true, false, false));
        for (SchemaField field : CartSchema.fields()) {
            if (field.hasProperties()) {
                objects.add(field);
            } else if (field.is("array") && field.items().getProperties() != null) {
                objects.add(new SchemaField(field.path().child(0), field.items(), true, field.serviceSet(), false));
            }
        }
        return objects;
    }

    /** A property name the object does not have, in any case. */
    private static String unknownName(Draw draw, SchemaField object) {
        Set<String> known = Stream.concat(
                        CartSchema.properties(object.schema()).keySet().stream(), Stream.of("addOnItems"))
                .map(name -> name.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        return draw.where(
                () -> draw.coin()
                        ? draw.oneOf("extra", "Extra", "$type", "__proto__", "constructor", "@odata.type")
                        : draw.oddText(),
                name -> !known.contains(name.toLowerCase(Locale.ROOT)));
    }
}
