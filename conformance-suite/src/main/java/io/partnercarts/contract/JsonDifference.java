package io.partnercarts.contract;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A place where two JSON values differ: a JSON pointer ({@code /orders/0/id}) and the value there in each, a
 * {@link MissingNode} where one of them has nothing (a property or an array element only in the other).
 *
 * @param pointer the JSON pointer, empty for the values as a whole
 * @param expected the value at the pointer in the expected value, or a missing node
 * @param actual the value at the pointer in the actual value, or a missing node
 */
public record JsonDifference(String pointer, JsonNode expected, JsonNode actual) {
    /** Longer values are cut in a difference's words. */
    private static final int SHOWN_VALUE = 80;
    /** Characters shown before the first that differs, where two long strings begin alike. */
    private static final int SHOWN_BEFORE_DIFFERENCE = 16;

    /** Plain numbers: a comparable value holds {@code 1899} as {@code 1.899E+3}. */
    private static final ObjectWriter WRITER = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .writer();

    /**
     * Every place where {@code actual} differs from {@code expected}, in the expected value's order (then what only
     * the actual value has): a property in one only, another value, elements beyond the shorter of two arrays.
     * Numbers are compared by value ({@code 1899} is {@code 1899.0}); the order of keys does not matter.
     */
    public static List<JsonDifference> between(JsonNode expected, JsonNode actual) {
        List<JsonDifference> found = new ArrayList<>();
        compare("", expected, actual, found);
        return found;
    }

    /**
     * {@code /orders/0/id: expected "a1b2…" but was "c3d4…"}, each value cut when long; two long strings that begin
     * alike are shown from a little before the first character where they differ.
     */
    @Override
    public String toString() {
        String shownExpected = written(expected);
        String shownActual = written(actual);
        if (expected.isTextual()
                && actual.isTextual()
                && Math.max(shownExpected.length(), shownActual.length()) > SHOWN_VALUE) {
            int skipped = alike(shownExpected, shownActual) - SHOWN_BEFORE_DIFFERENCE;
            if (skipped > 1) {
                shownExpected = "\"…" + shownExpected.substring(skipped);
                shownActual = "\"…" + shownActual.substring(skipped);
            }
        }
        return (pointer.isEmpty() ? "the root" : pointer) + ": expected " + Exchange.cut(shownExpected, SHOWN_VALUE)
                + " but was " + Exchange.cut(shownActual, SHOWN_VALUE);
    }

    /** How many characters two texts begin with alike. */
    private static int alike(String one, String other) {
        int alike = 0;
        while (alike < Math.min(one.length(), other.length()) && one.charAt(alike) == other.charAt(alike)) {
            alike++;
        }
        return alike;
    }

    /** A JSON value in one line, with plain numbers; {@code absent} for a missing node. */
    static String written(JsonNode value) {
        return value.isMissingNode() ? "absent" : written(WRITER, value);
    }

    /** The same, indented over lines: what an IDE shows side by side. */
    static String writtenOverLines(JsonNode value) {
        return written(WRITER.withDefaultPrettyPrinter(), value);
    }

    private static String written(ObjectWriter writer, JsonNode value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree that cannot be written: " + e.getMessage(), e);
        }
    }

    private static void compare(String pointer, JsonNode expected, JsonNode actual, List<JsonDifference> found) {
        if (expected.isObject() && actual.isObject()) {
            for (Iterator<String> names = expected.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                compare(pointer + "/" + escaped(name), expected.get(name), actual.path(name), found);
            }
            for (Iterator<String> names = actual.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!expected.has(name)) {
                    found.add(new JsonDifference(
                            pointer + "/" + escaped(name), MissingNode.getInstance(), actual.get(name)));
                }
            }
        } else if (expected.isArray() && actual.isArray()) {
            for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
                compare(pointer + "/" + i, expected.path(i), actual.path(i), found);
            }
        } else if (expected.isNumber() && actual.isNumber()) {
            if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
                found.add(new JsonDifference(pointer, expected, actual));
            }
        } else if (!expected.equals(actual)) {
            found.add(new JsonDifference(pointer, expected, actual));
        }
    }

    /** A key as a JSON pointer's reference token (RFC 6901): {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
    private static String escaped(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
