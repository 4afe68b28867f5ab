package io.partnercarts.contract.hostile;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Text that parsers, normalisers and stores get wrong. {@link #valid()} is well-formed Unicode that a
 * string property must take and give back unchanged; {@link #suspect()} adds what a service may refuse
 * (NUL and other controls, noncharacters, lone surrogates) but must never fail on.
 */
final class OddText {
    /** Well-formed but troublesome: bidi controls, zero-width and combining characters, emoji, other scripts. */
    static final List<String> ODDITIES = List.of(
            "\u202E", "\u200F", "\u061C", "\u202A",                     // right-to-left override, marks, embedding
            "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF",           // zero-width space, joiners, word joiner, BOM
            "e\u0301", "\u0301\u0308\u0323", "Z\u0351\u0362\u0334\u0315", // combining marks, stacked
            "🛒", "👩‍👩‍👧", "🇺🇸", "👍🏽", "\uD834\uDD1E",                 // emoji, ZWJ sequence, flag, skin tone, clef
            "٣٤٥", "０１２", "漢字", "한국어", "עברית", "ﬃ", "ß", "İ",       // other digits, scripts, ligature, case oddities
            "\u00A0", "\u2028", "\u2029", "\uFFFD", "\uE000", "\\", "\"", "'", "<", "&");
    /** What a service may refuse in a string, but must not fail on. */
    static final List<String> SUSPECTS = List.of(
            "\u0000", "\u0007", "\u001B", "\u007F", "\uFFFE", "\uFFFF", "\uDB7F\uDFFE",
            "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDC00\uD800", "\uD83D");

    private OddText() {
    }

    /** Non-blank well-formed text with oddities in it. */
    static Arbitrary<String> valid() {
        return text(Arbitraries.of(ODDITIES));
    }

    /** Text with at least one character a service may refuse. */
    static Arbitrary<String> suspect() {
        return valid().flatMap(text -> Arbitraries.of(SUSPECTS)
                .flatMap(suspect -> Arbitraries.integers().between(0, text.length())
                        .map(at -> text.substring(0, at) + suspect + text.substring(at))));
    }

    /** Latin letters around the given pieces, starting with one so that no service reads it as blank. */
    private static Arbitrary<String> text(Arbitrary<String> pieces) {
        Arbitrary<String> letters = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(4);
        return Arbitraries.oneOf(letters, pieces).list().ofMinSize(1).ofMaxSize(8)
                .map(parts -> "x" + String.join("", parts))
                .filter(text -> AnswerRules.leakMarkersIn(text).isEmpty());
    }
}
