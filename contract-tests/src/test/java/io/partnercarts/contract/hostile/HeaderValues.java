package io.partnercarts.contract.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Values for MS-RequestId and MS-CorrelationId, which the contract types as any string and the service
 * echoes: forms of a GUID, punctuation, Latin-1, UTF-8 bytes as a client without a header encoding sends
 * them, long values, and one too long for any header block. Only what HTTP/1.1 carries: visible bytes,
 * spaces and tabs.
 */
final class HeaderValues {
    /** Long, but twice of it (both ids) still within the 8 KB header block a server commonly takes. */
    static final int LONG = 2_000;
    /** Past any header block limit: the server may refuse the request, but with an ApiFault. */
    static final int OVERSIZED = 20_000;

    /**
     * A value, the kind of value it is, and what a request carrying it must get: visible ASCII is accepted
     * and echoed; other bytes (obs-text, which HTTP keeps only for old clients) may be refused, but if
     * answered must be echoed as sent; an oversized value may be refused by the header block, without an echo.
     */
    record HeaderValue(String kind, String value, Outcome expected, boolean oversized) {
        @Override
        public String toString() {
            return kind + ": " + JsonText.abbreviate(JsonText.quoteAscii(value));
        }
    }

    private HeaderValues() {
    }

    /** Every form of a GUID is a kind, and so is each other sort of value. */
    static Arbitrary<HeaderValue> ids(UUID guid) {
        List<CaseKind<HeaderValue>> kinds = new ArrayList<>();
        IdVariants.visibleKinds(guid).forEach(forms -> kinds.add(CaseKind.swept(
                forms.map(id -> value("a GUID with " + id.kind(), asUtf8Bytes(id.text()))))));
        kinds.add(CaseKind.swept(OddText.valid().map(text -> value("UTF-8 bytes of odd Unicode", asUtf8Bytes(text)))));
        kinds.add(CaseKind.swept(Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(60)
                .filter(text -> AnswerRules.leakMarkersIn(text).isEmpty())
                .map(text -> value("printable ASCII", text))));
        kinds.add(CaseKind.swept(Arbitraries.strings().withCharRange('\u00A0', '\u00FF').ofMinLength(1).ofMaxLength(20)
                .map(text -> value("Latin-1", text))));
        kinds.add(CaseKind.swept(Arbitraries.of("a,b", "\"quoted\"", "a;b=c", "\\", "  padded  ", "\t")
                .map(text -> value("punctuation or whitespace", text))));
        kinds.add(CaseKind.swept(Arbitraries.just(value(LONG + " characters", "x".repeat(LONG)))));
        kinds.add(CaseKind.swept(Arbitraries.just(new HeaderValue(OVERSIZED + " characters", "x".repeat(OVERSIZED),
                Outcome.ACCEPTED_OR_REFUSED, true))));
        return CaseKind.everyKindFirst(kinds);
    }

    private static HeaderValue value(String kind, String value) {
        boolean ascii = value.chars().allMatch(c -> c < 0x80);
        return new HeaderValue(kind, value, ascii ? Outcome.ACCEPTED : Outcome.ACCEPTED_OR_REFUSED, false);
    }

    /** The text's UTF-8 bytes, one character per byte, as they go on the wire. */
    private static String asUtf8Bytes(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

}
