package io.partnercarts.contract.hostile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Every random choice of the hostile-input suite, drawn from one generator seeded by the run's seed
 * ({@code hostile.seed}): the same seed draws the same cases. Besides plain choices it draws the values
 * several kinds of case share: odd Unicode text and any JSON value.
 */
final class Draw {
    /** Well-formed but troublesome: bidi controls, zero-width and combining characters, emoji, other scripts. */
    static final List<String> ODDITIES = List.of(
            "\u202E",
            "\u200F",
            "\u061C",
            "\u202A", // right-to-left override, marks, embedding
            "\u200B",
            "\u200C",
            "\u200D",
            "\u2060",
            "\uFEFF", // zero-width space, joiners, word joiner, BOM
            "e\u0301",
            "\u0301\u0308\u0323",
            "Z\u0351\u0362\u0334\u0315", // combining marks, stacked
            "🛒",
            "👩‍👩‍👧",
            "🇺🇸",
            "👍🏽",
            "\uD834\uDD1E", // emoji, ZWJ sequence, flag, skin tone, clef
            "٣٤٥",
            "０１２",
            "漢字",
            "한국어",
            "עברית",
            "ﬃ",
            "ß",
            "İ", // other digits, scripts, ligature, case oddities
            "\u00A0",
            "\u2028",
            "\u2029",
            "\uFFFD",
            "\uE000",
            "\\",
            "\"",
            "'",
            "<",
            "&");
    /** What a service may refuse in a string, but must not fail on: NUL, controls, noncharacters, lone surrogates. */
    static final List<String> SUSPECTS = List.of(
            "\u0000",
            "\u0007",
            "\u001B",
            "\u007F",
            "\uFFFE",
            "\uFFFF",
            "\uDB7F\uDFFE",
            "\uD800",
            "\uDBFF",
            "\uDC00",
            "\uDFFF",
            "\uDC00\uD800",
            "\uD83D");

    private static final List<String> JSON_SCALARS =
            List.of("null", "true", "false", "0", "-0", "1.5e3", "\"success\"", "\"\"");
    /** A filter that keeps failing means a generator that cannot make what it promises. */
    private static final int REDRAWS = 1_000;

    private final Random random;

    Draw(long seed) {
        this.random = new Random(seed);
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    int between(int min, int max) {
        return (int) (min + (long) (random.nextDouble() * ((long) max - min + 1)));
    }

    boolean coin() {
        return random.nextBoolean();
    }

    <T> T oneOf(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    @SafeVarargs
    final <T> T oneOf(T... values) {
        return oneOf(List.of(values));
    }

    /** The values in an order of the draw's choosing. */
    <T> List<T> shuffled(List<T> values) {
        List<T> shuffled = new ArrayList<>(values);
        Collections.shuffle(shuffled, random);
        return shuffled;
    }

    /** Characters from {@code from} to {@code to}, at least {@code minLength} and at most {@code maxLength}. */
    String chars(char from, char to, int minLength, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int i = between(minLength, maxLength); i > 0; i--) {
            text.append((char) between(from, to));
        }
        return text.toString();
    }

    /** A value drawn again until it passes the filter. */
    <T> T where(Supplier<T> draw, Predicate<T> keep) {
        for (int i = 0; i < REDRAWS; i++) {
            T value = draw.get();
            if (keep.test(value)) {
                return value;
            }
        }
        throw new IllegalStateException("no value passed the filter in " + REDRAWS + " draws");
    }

    /**
     * Non-blank well-formed text with {@link #ODDITIES} in it, which a free-text property must take and give
     * back unchanged: Latin letters and oddities, starting with a letter so that no service reads it as
     * blank, and without what {@link AnswerRules} would take for a leak.
     */
    String oddText() {
        return where(
                () -> {
                    StringBuilder text = new StringBuilder("x");
                    for (int parts = between(1, 8); parts > 0; parts--) {
                        text.append(coin() ? chars('a', 'z', 1, 4) : oneOf(ODDITIES));
                    }
                    return text.toString();
                },
                text -> AnswerRules.leakMarkersIn(text).isEmpty());
    }

    /** {@link #oddText()} with one of the {@link #SUSPECTS} put in somewhere. */
    String suspectText() {
        String text = oddText();
        int at = between(0, text.length());
        return text.substring(0, at) + oneOf(SUSPECTS) + text.substring(at);
    }

    /** Any JSON value as text, at most {@code depth} levels of arrays and objects, with odd Unicode in it. */
    String anyJson(int depth) {
        int shape = depth == 0 ? 0 : between(0, 2);
        if (shape == 1) {
            List<String> items = new ArrayList<>();
            for (int i = between(0, 4); i > 0; i--) {
                items.add(anyJson(depth - 1));
            }
            return "[" + String.join(",", items) + "]";
        }
        if (shape == 2) {
            Map<String, String> members = new LinkedHashMap<>();
            for (int i = between(0, 4); i > 0; i--) {
                members.put(JsonText.quote(oddText()), anyJson(depth - 1));
            }
            return members.entrySet().stream()
                    .map(member -> member.getKey() + ":" + member.getValue())
                    .collect(Collectors.joining(",", "{", "}"));
        }
        return switch (between(0, 3)) {
            case 0 -> oneOf(JSON_SCALARS);
            case 1 -> String.valueOf(random.nextLong());
            case 2 -> String.valueOf(-1e9 + random.nextDouble() * 2e9);
            default -> JsonText.quote(oddText());
        };
    }

    /** An array or object nested {@code depth} levels deep, as JSON text. */
    static String nested(int depth, boolean objects) {
        return objects
                ? "{\"a\":".repeat(depth) + "1" + "}".repeat(depth)
                : "[".repeat(depth) + "1" + "]".repeat(depth);
    }

    static String describeNesting(int depth, boolean objects) {
        return depth + " levels of " + (objects ? "objects" : "arrays");
    }
}
