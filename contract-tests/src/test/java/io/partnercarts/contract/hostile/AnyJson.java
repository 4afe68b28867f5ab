package io.partnercarts.contract.hostile;

import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Any JSON value as text, a few levels deep, with odd Unicode in its strings and names. */
final class AnyJson {
    private AnyJson() {
    }

    static Arbitrary<String> values(int depth) {
        Arbitrary<String> scalars = Arbitraries.oneOf(
                Arbitraries.of("null", "true", "false", "0", "-0", "1.5e3", "\"success\"", "\"\""),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.doubles().between(-1e9, 1e9).map(String::valueOf),
                OddText.valid().map(JsonText::quote));
        if (depth == 0) {
            return scalars;
        }
        Arbitrary<String> inner = Arbitraries.lazy(() -> values(depth - 1));
        Arbitrary<String> arrays = inner.list().ofMaxSize(4).map(items -> "[" + String.join(",", items) + "]");
        Arbitrary<String> objects = Arbitraries.maps(OddText.valid(), inner).ofMaxSize(4)
                .map(entries -> entries.entrySet().stream()
                        .map(entry -> JsonText.quote(entry.getKey()) + ":" + entry.getValue())
                        .collect(Collectors.joining(",", "{", "}")));
        return Arbitraries.oneOf(scalars, arrays, objects);
    }

    static String describeNesting(int depth, boolean objects) {
        return depth + " levels of " + (objects ? "objects" : "arrays");
    }

    /** An array or object nested {@code depth} levels deep. */
    static String nested(int depth, boolean objects) {
        return objects
                ? "{\"a\":".repeat(depth) + "1" + "}".repeat(depth)
                : "[".repeat(depth) + "1" + "]".repeat(depth);
    }
}
