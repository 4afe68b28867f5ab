package io.partnercarts.contract.hostile;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * A small valid cart, named with odd Unicode, as bytes: in every encoding JSON once allowed, with and
 * without a byte order mark, under a declared charset that matches the bytes or not, and with bytes that
 * are not text in the encoding. Plain UTF-8 must be accepted; anything else may be refused, but a cart
 * created from it must carry the name that was sent (a charset parameter has no meaning for JSON).
 */
final class EncodedBodies {
    private static final String MARK = "@@encoded-here@@";
    private static final TreePath NAME = new TreePath(List.of("lineItems", 0, "friendlyName"));
    /** No charset, UTF-8, the bytes' own encoding, and ones that do not match or do not exist. */
    private static final List<String> CHARSETS = List.of("none", "utf-8", "own", "iso-8859-1", "utf-16", "klingon");

    private EncodedBodies() {
    }

    /** Every encoding, byte order mark and charset, and every invalid sequence of every encoding, is a kind. */
    static Arbitrary<HostileBody> bodies() {
        List<CaseKind<HostileBody>> kinds = new ArrayList<>();
        for (TextEncoding encoding : TextEncoding.values()) {
            for (boolean bom : new boolean[] {false, true}) {
                for (String charset : CHARSETS) {
                    kinds.add(CaseKind.swept(OddText.valid()
                            .map(name -> encoded(name, encoding, bom, declared(charset, encoding)))));
                }
            }
            for (String invalid : encoding.invalidSequences()) {
                kinds.add(CaseKind.swept(Combinators.combine(OddText.valid(), Arbitraries.of(false, true),
                                Arbitraries.of(CHARSETS))
                        .as((name, bom, charset) ->
                                corrupted(name, encoding, bom, declared(charset, encoding), invalid))));
            }
        }
        return CaseKind.everyKindFirst(kinds);
    }

    /** The charset parameter to send; null for none. */
    private static String declared(String charset, TextEncoding encoding) {
        return switch (charset) {
            case "none" -> null;
            case "own" -> encoding.toString().toLowerCase(Locale.ROOT);
            default -> charset;
        };
    }

    private static HostileBody encoded(String name, TextEncoding encoding, boolean bom, String charset) {
        boolean plainUtf8 = encoding == TextEncoding.UTF_8 && !bom && (charset == null || charset.equals("utf-8"));
        String kind = encoding + (bom ? " with a byte order mark" : "") + ", " + describe(charset);
        return new HostileBody(kind, "friendlyName " + JsonText.quoteAscii(name),
                bytes(name, encoding, bom, new byte[0]), contentType(charset),
                plainUtf8 ? Outcome.ACCEPTED : Outcome.ACCEPTED_OR_REFUSED, List.of(AnswerCheck.echoes(NAME, name)));
    }

    private static HostileBody corrupted(String name, TextEncoding encoding, boolean bom, String charset,
            String invalid) {
        return new HostileBody(encoding + ": invalid bytes " + invalid + " in a string",
                (bom ? "with a byte order mark, " : "") + describe(charset),
                bytes(name, encoding, bom, HexFormat.of().parseHex(invalid)), contentType(charset),
                Outcome.ACCEPTED_OR_REFUSED, List.of());
    }

    /** The cart's JSON in the encoding, with {@code inserted} bytes in the middle of the name. */
    private static byte[] bytes(String name, TextEncoding encoding, boolean bom, byte[] inserted) {
        String[] halves = ValidCart.named(name + MARK).toString().split(MARK, 2);
        byte[] text = TextEncoding.concat(halves[0].getBytes(encoding.charset()), inserted,
                halves[1].getBytes(encoding.charset()));
        return bom ? encoding.withBom(text) : text;
    }

    private static String describe(String charset) {
        return charset == null ? "no charset" : "charset=" + charset;
    }

    private static String contentType(String charset) {
        return HostileRequest.JSON + (charset == null ? "" : "; charset=" + charset);
    }
}
