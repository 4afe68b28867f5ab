package io.partnercarts.contract.hostile;

import static io.partnercarts.contract.CartBodies.barracuda;
import static io.partnercarts.contract.CartBodies.cartOf;

import io.partnercarts.contract.CartsEndpoint;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Ids in other forms ({@link IdVariants}), where a request carries them: in the path and in the
 * MS-RequestId and MS-CorrelationId headers. Every form is a swept kind.
 */
final class IdCases {
    /** The contract's maxLength of MS-RequestId and MS-CorrelationId. */
    private static final int MAX_ID = 128;
    /** Long, but twice of it (both ids) still within the 8 KB header block a server commonly takes. */
    private static final int LONG_HEADER = 2_000;
    /** Past any header block limit: the server may refuse the request, but with an ApiFault. */
    private static final int OVERSIZED_HEADER = 20_000;

    /**
     * An encoded NUL makes the request line one that HTTP refuses before it reads the header lines, so the
     * answer carries ids of its own instead of the request's.
     */
    private static final String NUL = "%00";

    /**
     * The operations an id in the path can reach, each with a valid body, so that only the id is wrong. An
     * id wrongly read as a GUID must show: updates aim at the Active cart (and would answer 200), checkouts
     * at the ordered one (and would answer its result again), creates at the customer (and would create).
     */
    enum PathOperation {
        GET,
        UPDATE,
        CHECKOUT,
        CREATE;

        private static final byte[] CART = cartOf(barracuda(1)).getBytes(StandardCharsets.UTF_8);
        private static final byte[] SDK_CHECKOUT = CartsEndpoint.SDK_CHECKOUT_BODY.getBytes(StandardCharsets.UTF_8);

        HostileRequest request(String customer, String cart) {
            return switch (this) {
                case GET -> HostileRequest.getCart(customer, cart);
                case UPDATE -> HostileRequest.updateCart(customer, cart, CART, HostileRequest.JSON);
                case CHECKOUT -> HostileRequest.checkout(customer, cart, SDK_CHECKOUT, HostileRequest.JSON);
                case CREATE -> HostileRequest.createCart(customer, CART, HostileRequest.JSON);
            };
        }

        /** The cart this operation aims at: an id wrongly taken for it shows as a success. */
        String aimedAt(CartsBeforeTheRun carts) {
            return this == CHECKOUT ? carts.ordered() : carts.active();
        }
    }

    private IdCases() {}

    /**
     * Requests with one id in the path in another form: the customer's on any operation, or the cart's on
     * a read, an update or a checkout. The same GUID in another case is read (200); any other form is
     * refused (400, code 800002), whatever the operation.
     */
    static List<CaseKind<HostileCase>> inThePath(UUID customer, CartsBeforeTheRun carts) {
        List<CaseKind<HostileCase>> kinds = new ArrayList<>();
        for (Function<Draw, IdVariants.IdVariant> forms : IdVariants.kinds(customer)) {
            kinds.add(CaseKind.swept(draw -> {
                IdVariants.IdVariant variant = forms.apply(draw);
                PathOperation operation = variant.sameId() ? PathOperation.GET : draw.oneOf(PathOperation.values());
                return pathCase(
                        "customer-id",
                        variant,
                        operation,
                        operation.request(variant.segment(), operation.aimedAt(carts)));
            }));
        }
        List<Function<Draw, IdVariants.IdVariant>> activeForms = IdVariants.kinds(UUID.fromString(carts.active()));
        List<Function<Draw, IdVariants.IdVariant>> orderedForms = IdVariants.kinds(UUID.fromString(carts.ordered()));
        for (int kind = 0; kind < activeForms.size(); kind++) {
            Function<Draw, IdVariants.IdVariant> active = activeForms.get(kind);
            Function<Draw, IdVariants.IdVariant> ordered = orderedForms.get(kind);
            kinds.add(CaseKind.swept(draw -> {
                PathOperation aimed = draw.oneOf(PathOperation.GET, PathOperation.UPDATE, PathOperation.CHECKOUT);
                IdVariants.IdVariant variant = (aimed == PathOperation.CHECKOUT ? ordered : active).apply(draw);
                PathOperation operation = variant.sameId() ? PathOperation.GET : aimed;
                return pathCase(
                        "cart-id", variant, operation, operation.request(customer.toString(), variant.segment()));
            }));
        }
        return kinds;
    }

    /**
     * Reads of the Active cart with MS-RequestId and MS-CorrelationId set to values the contract types as
     * any string: forms of a GUID, punctuation, Latin-1, UTF-8 bytes as a client without a header encoding
     * sends them, values at and past the contract's maxLength of 128, and one too long for any header block.
     * Only what HTTP/1.1 carries: visible bytes, spaces and tabs. Up to 128 characters of ASCII is accepted;
     * past them refused as beyond the contract's limit, naming the header; other bytes (obs-text, which HTTP
     * keeps only for old clients) may be refused; an oversized value may be refused by the header block,
     * without the ids. {@link AnswerRules} says which values must come back and which must be replaced by
     * generated ones.
     */
    static List<CaseKind<HostileCase>> inTheHeaders(UUID guid, String activeCart) {
        HostileRequest read = HostileRequest.getCart(guid.toString(), activeCart);
        List<CaseKind<HostileCase>> kinds = new ArrayList<>();
        IdVariants.visibleKinds(guid)
                .forEach(forms -> kinds.add(CaseKind.swept(draw -> {
                    IdVariants.IdVariant id = forms.apply(draw);
                    return headerCase(read, "a GUID with " + id.kind(), asUtf8Bytes(id.text()));
                })));
        kinds.add(CaseKind.swept(draw -> headerCase(read, "UTF-8 bytes of odd Unicode", asUtf8Bytes(draw.oddText()))));
        kinds.add(CaseKind.swept(draw -> headerCase(
                read,
                "printable ASCII",
                draw.where(
                        () -> draw.chars(' ', '~', 1, 60),
                        text -> AnswerRules.leakMarkersIn(text).isEmpty()))));
        kinds.add(CaseKind.swept(draw -> headerCase(read, "Latin-1", draw.chars('\u00A0', '\u00FF', 1, 20))));
        kinds.add(CaseKind.swept(draw -> headerCase(
                read,
                "punctuation or whitespace",
                draw.oneOf("a,b", "\"quoted\"", "a;b=c", "\\", "  padded  ", "\t"))));
        kinds.add(CaseKind.single(headerCase(read, MAX_ID + " characters", "x".repeat(MAX_ID))));
        for (int length : new int[] {MAX_ID + 1, LONG_HEADER}) {
            kinds.add(CaseKind.single(headerCase(read, length + " characters", "x".repeat(length), Outcome.REFUSED)
                    .withCheck(AnswerCheck.refusalNames(HostileRequest.REQUEST_ID))
                    .withCheck(AnswerCheck.refusalNames(HostileRequest.CORRELATION_ID))));
        }
        kinds.add(CaseKind.single(headerCase(
                        read,
                        OVERSIZED_HEADER + " characters",
                        "x".repeat(OVERSIZED_HEADER),
                        Outcome.ACCEPTED_OR_REFUSED)
                .withoutIdEcho()));
        return kinds;
    }

    /**
     * The same GUID is read; any other form is refused, by the HTTP layer if it makes the path longer than a
     * request target may be (the path is below the API root, which only adds to it).
     */
    private static HostileCase pathCase(
            String parameter, IdVariants.IdVariant variant, PathOperation operation, HostileRequest request) {
        Outcome expected = variant.sameId()
                ? Outcome.ACCEPTED
                : request.path().length() > Outcome.MAX_TARGET ? Outcome.TARGET_TOO_LONG : Outcome.REFUSED;
        HostileCase pathCase = HostileCase.of(
                parameter + ": " + variant.kind(),
                operation + " with " + JsonText.quoteAscii(variant.text()),
                request,
                expected);
        return variant.segment().contains(NUL) ? pathCase.withoutIdEcho() : pathCase;
    }

    private static HostileCase headerCase(HostileRequest read, String kind, String value) {
        boolean ascii = value.chars().allMatch(c -> c < 0x80);
        return headerCase(read, kind, value, ascii ? Outcome.ACCEPTED : Outcome.ACCEPTED_OR_REFUSED);
    }

    private static HostileCase headerCase(HostileRequest read, String kind, String value, Outcome expected) {
        return HostileCase.of(
                "MS-RequestId and MS-CorrelationId: " + kind,
                JsonText.abbreviate(JsonText.quoteAscii(value)),
                read.withHeader(HostileRequest.REQUEST_ID, value).withHeader(HostileRequest.CORRELATION_ID, value),
                expected);
    }

    /** The text's UTF-8 bytes, one character per byte, as they go on the wire. */
    private static String asUtf8Bytes(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }
}
