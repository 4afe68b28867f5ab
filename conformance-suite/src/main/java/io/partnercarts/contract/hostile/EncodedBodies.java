package io.partnercarts.contract.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * A small valid cart, named with odd Unicode, as bytes: in every encoding JSON once allowed, with and
 * without a byte order mark, under a declared charset that matches the bytes or not, and with bytes that
 * are not text in the encoding. Text is UTF-8 (RFC 8259, section 8.1; docs/sandbox-behaviour.md):
 * UTF-8, with or without a byte order mark, under no charset or {@code charset=utf-8}, is accepted and the
 * cart carries the name that was sent; any other encoding or charset, and any byte that is not UTF-8, is
 * refused.
 */
final class EncodedBodies {
    /**
     * The encodings JSON text once could come in (RFC 7159, section 8.1; RFC 8259 now requires UTF-8), with
     * their byte order marks and byte sequences that are not valid text in them.
     */
    enum Encoding {
        UTF_8("UTF-8", "EFBBBF", List.of("FF", "C0AF", "EDA080", "F4908080", "E282", "80", "F888808080")),
        UTF_16BE("UTF-16BE", "FEFF", List.of("D800", "DC00", "41")),
        UTF_16LE("UTF-16LE", "FFFE", List.of("00D8", "00DC", "41")),
        UTF_32BE("UTF-32BE", "0000FEFF", List.of("00110000", "0000D800", "FFFFFFFF", "0041")),
        UTF_32LE("UTF-32LE", "FFFE0000", List.of("00001100", "00D80000", "FFFFFFFF", "4100"));

        private final String name;
        private final byte[] bom;
        /** Byte sequences that no decoder of this encoding may read as text, in hex. */
        private final List<String> invalidSequences;

        Encoding(String name, String bom, List<String> invalidSequences) {
            this.name = name;
            this.bom = HexFormat.of().parseHex(bom);
            this.invalidSequences = invalidSequences;
        }

        Charset charset() {
            return Charset.forName(name);
        }

        byte[] withBom(byte[] text) {
            return concat(bom, text);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final String MARK = "@@encoded-here@@";
    private static final TreePath NAME = new TreePath(List.of("lineItems", 0, "friendlyName"));
    /** No charset, UTF-8, the bytes' own encoding, and ones that do not match or do not exist. */
    private static final List<String> CHARSETS = List.of("none", "utf-8", "own", "iso-8859-1", "utf-16", "klingon");

    private EncodedBodies() {}

    /** Every encoding, byte order mark and charset, and every invalid sequence of every encoding, is a swept kind. */
    static List<CaseKind<HostileBody>> kinds() {
        List<CaseKind<HostileBody>> kinds = new ArrayList<>();
        for (Encoding encoding : Encoding.values()) {
            for (boolean bom : new boolean[] {false, true}) {
                for (String charset : CHARSETS) {
                    kinds.add(CaseKind.swept(
                            draw -> encoded(draw.oddText(), encoding, bom, declared(charset, encoding))));
                }
            }
            for (String invalid : encoding.invalidSequences) {
                kinds.add(CaseKind.swept(draw -> corrupted(
                        draw.oddText(), encoding, draw.coin(), declared(draw.oneOf(CHARSETS), encoding), invalid)));
            }
        }
        return kinds;
    }

    /** The charset parameter to send; null for none. */
    private static String declared(String charset, Encoding encoding) {
        return switch (charset) {
            case "none" -> null;
            case "own" -> encoding.toString().toLowerCase(Locale.ROOT);
            default -> charset;
        };
    }

    private static HostileBody encoded(String name, Encoding encoding, boolean bom, String charset) {
        boolean utf8 = encoding == Encoding.UTF_8 && (charset == null || charset.equals("utf-8"));
        String kind = encoding + (bom ? " with a byte order mark" : "") + ", " + describe(charset);
        return new HostileBody(
                kind,
                "friendlyName " + JsonText.quoteAscii(name),
                bytes(name, encoding, bom, new byte[0]),
                contentType(charset),
                utf8 ? Outcome.ACCEPTED : Outcome.REFUSED,
                List.of(AnswerCheck.echoes(NAME, name)));
    }

    private static HostileBody corrupted(String name, Encoding encoding, boolean bom, String charset, String invalid) {
        return new HostileBody(
                encoding + ": invalid bytes " + invalid + " in a string",
                (bom ? "with a byte order mark, " : "") + describe(charset),
                bytes(name, encoding, bom, HexFormat.of().parseHex(invalid)),
                contentType(charset),
                Outcome.REFUSED,
                List.of());
    }

    /** The cart's JSON in the encoding, with {@code inserted} bytes in the middle of the name. */
    private static byte[] bytes(String name, Encoding encoding, boolean bom, byte[] inserted) {
        String[] halves = ValidCart.named(name + MARK).toString().split(MARK, 2);
        byte[] text = concat(halves[0].getBytes(encoding.charset()), inserted, halves[1].getBytes(encoding.charset()));
        return bom ? encoding.withBom(text) : text;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static String describe(String charset) {
        return charset == null ? "no charset" : "charset=" + charset;
    }

    private static String contentType(String charset) {
        return HostileRequest.JSON + (charset == null ? "" : "; charset=" + charset);
    }
}
