package io.partnercarts.contract.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Bodies with one value of the right type that is still hostile: an enum value in another case or an
 * unknown one, odd Unicode, a string or array at and past its size limit, a null element in an array.
 */
final class ValueBreaks {
    /** The size taken as too large where the contract sets no limit. */
    static final int OVERSIZE_TEXT = 10_000;

    static final int OVERSIZE_ARRAY = 1_000;

    private ValueBreaks() {}

    /**
     * Enum values in another case, which docs/sandbox-behaviour.md promises to accept ("bind ... enum values
     * case-insensitively"), and values that are no enum value at all, which must be refused.
     */
    static List<CaseKind<HostileBody>> enums(ObjectNode base) {
        List<CaseKind<HostileBody>> kinds = new ArrayList<>();
        for (SchemaField field : CartSchema.fields()) {
            if (field.enumValues().isEmpty()) {
                continue;
            }
            kinds.add(CaseKind.forField(
                    field,
                    draw -> enumBody(
                            base,
                            field,
                            "enum value in another case",
                            otherCase(draw, draw.oneOf(field.enumValues())),
                            field.acceptance())));
            kinds.add(CaseKind.forField(
                    field,
                    draw -> enumBody(
                            base,
                            field,
                            "unknown enum value",
                            notAValue(draw, field, draw.oneOf(field.enumValues())),
                            field.refusal())));
        }
        return kinds;
    }

    /**
     * Odd Unicode in a free-text property: well-formed text is accepted and answered unchanged; NUL,
     * controls, noncharacters and lone surrogates may be refused but must not fail. Well-formed text is
     * sent both as UTF-8 and as {@code \\u} escapes.
     */
    static List<CaseKind<HostileBody>> text(ObjectNode base) {
        List<CaseKind<HostileBody>> kinds = new ArrayList<>();
        for (SchemaField field : CartSchema.fields()) {
            if (!field.freeText()) {
                continue;
            }
            kinds.add(CaseKind.forField(
                    field,
                    draw -> oddTextBody(
                            base, field, "odd Unicode", draw.oddText(), JsonText::quote, field.acceptance())));
            kinds.add(CaseKind.forField(
                    field,
                    draw -> oddTextBody(
                            base,
                            field,
                            "odd Unicode as \\u escapes",
                            draw.oddText(),
                            JsonText::quoteAscii,
                            field.acceptance())));
            kinds.add(CaseKind.forField(
                    field,
                    draw -> oddTextBody(
                            base,
                            field,
                            "NUL, controls or lone surrogates",
                            draw.suspectText(),
                            JsonText::quote,
                            Outcome.ACCEPTED_OR_REFUSED)));
        }
        return kinds;
    }

    /**
     * Strings and arrays at their {@code maxLength}/{@code maxItems} (accepted) and one past (refused);
     * where the contract sets no limit, {@value #OVERSIZE_TEXT} characters or {@value #OVERSIZE_ARRAY} items
     * are taken as too many. Below a {@code minLength}/{@code minItems} is refused too.
     */
    static List<CaseKind<HostileBody>> sizes(ObjectNode base) {
        List<CaseKind<HostileBody>> kinds = new ArrayList<>();
        for (SchemaField field : CartSchema.fields()) {
            List<HostileBody> bodies =
                    field.is("array") ? arraySizes(base, field) : field.freeText() ? textSizes(base, field) : List.of();
            bodies.forEach(body -> kinds.add(CaseKind.forField(field, draw -> body)));
        }
        return kinds;
    }

    /** A null element in an array: refused (a line item, participant or add-on cannot be nothing). */
    static List<CaseKind<HostileBody>> nullElements(ObjectNode base) {
        List<CaseKind<HostileBody>> kinds = new ArrayList<>();
        for (SchemaField field : CartSchema.fields()) {
            if (field.is("array")) {
                int size = field.path().in(base).size();
                kinds.add(CaseKind.forField(field, draw -> {
                    int at = draw.between(0, size);
                    return HostileBody.json(
                            field.label() + ": null element",
                            field.path() + "[" + at + "] = null",
                            field.path().insertIn(base, at, "null"),
                            field.refusal(),
                            field.refusalNamesIt());
                }));
            }
        }
        return kinds;
    }

    private static HostileBody enumBody(
            ObjectNode base, SchemaField field, String what, String value, Outcome expected) {
        return HostileBody.json(
                field.label() + ": " + what,
                field.path() + " = " + JsonText.quoteAscii(value),
                field.path().putIn(base, JsonText.quote(value)),
                expected);
    }

    /** The text written into the body by {@code literal} (as it is, or with every non-ASCII character escaped). */
    private static HostileBody oddTextBody(
            ObjectNode base,
            SchemaField field,
            String what,
            String text,
            UnaryOperator<String> literal,
            Outcome expected) {
        return textBody(base, field, what, text, literal.apply(text), expected);
    }

    private static HostileBody textBody(
            ObjectNode base, SchemaField field, String what, String text, String raw, Outcome expected) {
        String body = field.path().putIn(base, raw);
        String detail = field.path() + " = " + JsonText.abbreviate(JsonText.quoteAscii(text));
        return expected == Outcome.ACCEPTED
                ? HostileBody.json(
                        field.label() + ": " + what, detail, body, expected, AnswerCheck.echoes(field.path(), text))
                : HostileBody.json(field.label() + ": " + what, detail, body, expected);
    }

    private static List<HostileBody> textSizes(ObjectNode base, SchemaField field) {
        List<HostileBody> bodies = new ArrayList<>();
        field.maxLength()
                .ifPresentOrElse(
                        max -> {
                            bodies.add(
                                    textBody(base, field, "at maxLength " + max, "x".repeat(max), field.acceptance()));
                            // maxLength counts characters: code points, not the two UTF-16 units of an emoji
                            bodies.add(textBody(
                                    base,
                                    field,
                                    "at maxLength " + max + " in emoji",
                                    "🛒".repeat(max),
                                    field.acceptance()));
                            bodies.add(refusedTextBody(base, field, "one past maxLength " + max, "x".repeat(max + 1)));
                        },
                        () -> bodies.add(refusedTextBody(
                                base,
                                field,
                                "no maxLength, " + OVERSIZE_TEXT + " characters",
                                "x".repeat(OVERSIZE_TEXT))));
        field.minLength()
                .filter(min -> min > 0)
                .ifPresent(
                        min -> bodies.add(refusedTextBody(base, field, "below minLength " + min, "x".repeat(min - 1))));
        return bodies;
    }

    private static HostileBody textBody(
            ObjectNode base, SchemaField field, String what, String text, Outcome expected) {
        return textBody(base, field, what, text, JsonText.quote(text), expected);
    }

    private static HostileBody refusedTextBody(ObjectNode base, SchemaField field, String what, String text) {
        return HostileBody.json(
                field.label() + ": " + what,
                field.path() + " = " + JsonText.abbreviate(JsonText.quoteAscii(text)),
                field.path().putIn(base, JsonText.quote(text)),
                field.refusal(),
                field.refusalNamesIt());
    }

    private static List<HostileBody> arraySizes(ObjectNode base, SchemaField field) {
        List<HostileBody> bodies = new ArrayList<>();
        field.maxItems()
                .ifPresentOrElse(
                        max -> {
                            bodies.add(arrayBody(base, field, "at maxItems " + max, max, field.acceptance()));
                            bodies.add(arrayBody(
                                    base,
                                    field,
                                    "one past maxItems " + max,
                                    max + 1,
                                    field.refusal(),
                                    field.refusalNamesIt()));
                        },
                        () -> bodies.add(arrayBody(
                                base,
                                field,
                                "no maxItems, " + OVERSIZE_ARRAY + " items",
                                OVERSIZE_ARRAY,
                                field.refusal(),
                                field.refusalNamesIt())));
        field.minItems()
                .filter(min -> min > 0)
                .ifPresent(min -> bodies.add(arrayBody(
                        base, field, "below minItems " + min, min - 1, field.refusal(), field.refusalNamesIt())));
        return bodies;
    }

    private static HostileBody arrayBody(
            ObjectNode base, SchemaField field, String what, int size, Outcome expected, AnswerCheck... checks) {
        JsonNode element = ValidCart.element(field);
        ArrayNode array = base.arrayNode();
        for (int i = 0; i < size; i++) {
            array.add(element.deepCopy());
        }
        return HostileBody.json(
                field.label() + ": " + what,
                field.path() + " = " + size + " × " + element,
                field.path().putIn(base, array.toString()),
                expected,
                checks);
    }

    /** The value in upper case, capitalised, or in a random mix of cases; never the value itself. */
    private static String otherCase(Draw draw, String value) {
        return draw.where(
                () -> switch (draw.between(0, 2)) {
                    case 0 -> value.toUpperCase(Locale.ROOT);
                    case 1 -> value.substring(0, 1).toUpperCase(Locale.ROOT) + value.substring(1);
                    default -> {
                        StringBuilder mixed = new StringBuilder();
                        for (char c : value.toCharArray()) {
                            mixed.append(draw.coin() ? Character.toUpperCase(c) : Character.toLowerCase(c));
                        }
                        yield mixed.toString();
                    }
                },
                variant -> !variant.equals(value));
    }

    /**
     * Near misses of the value (padding, another separator, a plural, a Cyrillic look-alike, the Kelvin sign
     * and the long s, which Unicode case folding but not ASCII's turns into k and s) and random text.
     */
    private static String notAValue(Draw draw, SchemaField field, String value) {
        return draw.where(
                () -> draw.coin()
                        ? draw.oneOf(
                                value + " ",
                                " " + value,
                                value.replace('_', '-'),
                                value + "s",
                                "",
                                value + "\u0000",
                                value.replace('o', '\u043E').replace('a', '\u0430'),
                                value.substring(1),
                                value.replace('k', '\u212A').replace('s', '\u017F'))
                        : draw.oddText(),
                text -> field.enumValues().stream()
                        .noneMatch(known -> asciiLowerCase(known).equals(asciiLowerCase(text))));
    }

    /** Only A to Z folded, as the service folds enum values (docs/sandbox-behaviour.md). */
    private static String asciiLowerCase(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            folded.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return folded.toString();
    }
}
