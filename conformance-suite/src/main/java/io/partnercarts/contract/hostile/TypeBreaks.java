package io.partnercarts.contract.hostile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Bodies with one property of the wrong JSON type (a boolean as 0, 1 or "true", a fraction for an
 * integer, an object for a string...), missing or null, or a number out of its type's range. Each
 * property of the contract's cart, and each thing done to it, is a kind of case, swept unless the service
 * ignores the property.
 */
final class TypeBreaks {
    private static final BigInteger INT32_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final BigInteger INT32_MIN = BigInteger.valueOf(Integer.MIN_VALUE);

    /** The JSON types, with values of each to put where another is expected. */
    enum JsonKind {
        STRING(
                "a string",
                draw -> JsonText.quote(
                        draw.coin()
                                ? draw.oneOf("true", "false", "1", "0", "1.5", "", "null", "[]", "{}")
                                : draw.oddText())),
        INTEGER(
                "a whole number",
                draw -> draw.coin()
                        ? draw.oneOf("0", "1", "-1")
                        : String.valueOf(draw.between(Integer.MIN_VALUE, Integer.MAX_VALUE))),
        FRACTION(
                "a fraction",
                draw -> draw.coin()
                        ? draw.oneOf("1.5", "0.5", "-0.1", "1e-3", "2.000001")
                        : draw.where(
                                        () -> BigDecimal.valueOf(draw.between(-1_000_000_000, 1_000_000_000), 3),
                                        fraction ->
                                                fraction.stripTrailingZeros().scale() > 0)
                                .toPlainString()),
        BOOLEAN("a boolean", draw -> draw.oneOf("true", "false")),
        OBJECT("an object", draw -> draw.oneOf("{}", "{\"a\":1}", "{\"value\":\"monthly\"}")),
        ARRAY("an array", draw -> draw.oneOf("[]", "[1]", "[\"monthly\"]", "[{}]", "[true]"));

        private final String label;
        private final Function<Draw, String> values;

        JsonKind(String label, Function<Draw, String> values) {
            this.label = label;
            this.values = values;
        }

        /** Whether a value of this kind has the field's type (a whole number is a number too). */
        boolean fits(SchemaField field) {
            return switch (this) {
                case STRING -> field.is("string");
                case INTEGER -> field.is("integer") || field.is("number");
                case FRACTION -> field.is("number");
                case BOOLEAN -> field.is("boolean");
                case OBJECT -> field.is("object");
                case ARRAY -> field.is("array");
            };
        }
    }

    private TypeBreaks() {}

    /**
     * One property given a value of another JSON type: refused, unless the service ignores the property. The
     * contract promises the property's name only for a value beyond its limits, so the refusal need not name it.
     */
    static List<CaseKind<HostileBody>> wrongTypes(ObjectNode base) {
        List<CaseKind<HostileBody>> kinds = new ArrayList<>();
        for (SchemaField field : CartSchema.fields()) {
            for (JsonKind kind : JsonKind.values()) {
                if (!kind.fits(field)) {
                    kinds.add(CaseKind.forField(field, draw -> {
                        String raw = kind.values.apply(draw);
                        return HostileBody.json(
                                field.label() + ": " + kind.label + " for " + describe(field),
                                field.path() + " = " + raw,
                                field.path().putIn(base, raw),
                                field.refusal());
                    }));
                }
            }
        }
        return kinds;
    }

    /**
     * One property left out or null: refused when required; accepted when optional (the .NET SDK sends
     * nulls); a null map value may go either way but must not fail.
     */
    static List<CaseKind<HostileBody>> absent(ObjectNode base) {
        List<CaseKind<HostileBody>> kinds = new ArrayList<>();
        for (SchemaField field : CartSchema.fields()) {
            String required = field.required() ? " (required)" : "";
            Outcome whenNull = field.required()
                    ? field.refusal()
                    : field.mapValue() ? Outcome.ACCEPTED_OR_REFUSED : field.acceptance();
            kinds.add(CaseKind.forField(
                    field,
                    draw -> HostileBody.json(
                            field.label() + ": null" + required,
                            field.path() + " = null",
                            field.path().putIn(base, "null"),
                            whenNull)));
            kinds.add(CaseKind.forField(
                    field,
                    draw -> HostileBody.json(
                            field.label() + ": missing" + required,
                            "without " + field.path(),
                            field.path().removeFrom(base),
                            field.required() ? field.refusal() : field.acceptance())));
        }
        return kinds;
    }

    /**
     * Numbers at and past what the property's type and schema allow: past int32 or int64, 400 digits,
     * 1e400, and negative numbers, which only a schema minimum refuses outright (a negative quantity is
     * the catalog's to reject, as a line error).
     */
    static List<CaseKind<HostileBody>> numbers(ObjectNode base) {
        List<CaseKind<HostileBody>> kinds = new ArrayList<>();
        for (SchemaField field : CartSchema.fields()) {
            if (field.is("integer") || field.is("number")) {
                List<String> outOfType = outOfType(field);
                kinds.add(CaseKind.forField(
                        field,
                        draw -> numberBody(
                                base,
                                field,
                                "beyond its type",
                                draw.oneOf(outOfType),
                                field.refusal(),
                                field.refusalNamesIt())));
                kinds.add(CaseKind.forField(field, draw -> negativeBody(base, field, negative(draw))));
                bounds(base, field).forEach(body -> kinds.add(CaseKind.forField(field, draw -> body)));
            }
        }
        return kinds;
    }

    private static List<String> outOfType(SchemaField field) {
        if (field.is("number")) {
            return List.of("1e400", "-1e400", "1" + "0".repeat(400), "1e-400");
        }
        boolean int64 = "int64".equals(field.schema().getFormat());
        BigInteger max = int64 ? BigInteger.valueOf(Long.MAX_VALUE) : INT32_MAX;
        BigInteger min = int64 ? BigInteger.valueOf(Long.MIN_VALUE) : INT32_MIN;
        return List.of(
                max.add(BigInteger.ONE).toString(),
                min.subtract(BigInteger.ONE).toString(),
                "9223372036854775808",
                "1" + "0".repeat(400),
                "1e400",
                "-1e400",
                "1E+2147483648");
    }

    private static BigInteger negative(Draw draw) {
        return draw.coin()
                ? draw.oneOf(BigInteger.valueOf(-1), INT32_MIN)
                : BigInteger.valueOf(draw.between(Integer.MIN_VALUE, -1));
    }

    private static HostileBody negativeBody(ObjectNode base, SchemaField field, BigInteger value) {
        boolean belowMinimum = field.minimum()
                .map(min -> new BigDecimal(value).compareTo(min) < 0)
                .orElse(false);
        Outcome expected = belowMinimum ? field.refusal() : Outcome.ACCEPTED_OR_REFUSED;
        List<AnswerCheck> checks = new ArrayList<>();
        if (belowMinimum) {
            checks.add(field.refusalNamesIt());
        }
        if (field.path().last().equals("quantity") && !field.serviceSet()) {
            checks.add(AnswerCheck.lineInError(field.path().parent()));
        }
        return numberBody(base, field, "negative", value.toString(), expected, checks.toArray(AnswerCheck[]::new));
    }

    /** The schema's minimum and maximum, when it has them: at the bound accepted, one past refused. */
    private static List<HostileBody> bounds(ObjectNode base, SchemaField field) {
        List<HostileBody> bodies = new ArrayList<>();
        field.minimum().ifPresent(min -> {
            bodies.add(numberBody(base, field, "at its minimum", min.toPlainString(), field.acceptance()));
            bodies.add(numberBody(
                    base,
                    field,
                    "below its minimum",
                    min.subtract(BigDecimal.ONE).toPlainString(),
                    field.refusal(),
                    field.refusalNamesIt()));
        });
        field.maximum().ifPresent(max -> {
            bodies.add(numberBody(base, field, "at its maximum", max.toPlainString(), field.acceptance()));
            bodies.add(numberBody(
                    base,
                    field,
                    "above its maximum",
                    max.add(BigDecimal.ONE).toPlainString(),
                    field.refusal(),
                    field.refusalNamesIt()));
        });
        if ("int32".equals(field.schema().getFormat()) && field.maximum().isEmpty()) {
            bodies.add(numberBody(base, field, "at the int32 maximum", INT32_MAX.toString(), field.acceptance()));
        }
        return bodies;
    }

    private static HostileBody numberBody(
            ObjectNode base, SchemaField field, String what, String raw, Outcome expected, AnswerCheck... checks) {
        return HostileBody.json(
                field.label() + ": " + what,
                field.path() + " = " + JsonText.abbreviate(raw),
                field.path().putIn(base, raw),
                expected,
                checks);
    }

    private static String describe(SchemaField field) {
        return field.enumValues().isEmpty() ? field.type() : "an enum";
    }
}
