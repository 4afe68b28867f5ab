package io.partnercarts.contract.hostile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnercarts.contract.JsonDifference;
import io.partnercarts.contract.SameAnswer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checkout bodies. The contract says the body is ignored ("No body or any JSON value is accepted"), so
 * any JSON is accepted; what is not JSON, or is too deep or too large for a parser, may be refused. JSON
 * that is not UTF-8 is refused, as every body's (docs/sandbox-behaviour.md).
 */
final class CheckoutBodies {
    private CheckoutBodies() {}

    /** Every kind is swept. */
    static List<CaseKind<HostileBody>> kinds() {
        List<CaseKind<HostileBody>> kinds = new ArrayList<>();
        kinds.add(CaseKind.swept(draw -> {
            String json = draw.anyJson(3);
            return HostileBody.json("any JSON", JsonText.abbreviate(json), json, Outcome.ACCEPTED);
        }));
        kinds.add(CaseKind.swept(draw -> {
            String text = draw.oddText();
            return HostileBody.json(
                    "a string of odd Unicode", JsonText.quoteAscii(text), JsonText.quote(text), Outcome.ACCEPTED);
        }));
        kinds.add(CaseKind.swept(draw -> {
            String text = draw.suspectText();
            return HostileBody.json(
                    "a string with NUL, controls or lone surrogates",
                    JsonText.quoteAscii(text),
                    JsonText.quote(text),
                    Outcome.ACCEPTED_OR_REFUSED);
        }));
        kinds.add(CaseKind.single(
                new HostileBody("no body", "no body, no Content-Type", null, null, Outcome.ACCEPTED, List.of())));
        kinds.add(CaseKind.single(
                new HostileBody("empty body", "empty", new byte[0], HostileRequest.JSON, Outcome.ACCEPTED, List.of())));
        for (boolean deep : new boolean[] {false, true}) {
            String kind = "nested " + (deep ? "deeper than " : "at most ") + ShapeBreaks.ACCEPTABLE_DEPTH;
            kinds.add(CaseKind.swept(draw -> {
                int depth = draw.oneOf(ShapeBreaks.depths(deep));
                boolean objects = draw.coin();
                return HostileBody.json(
                        kind,
                        Draw.describeNesting(depth, objects),
                        Draw.nested(depth, objects),
                        deep ? Outcome.ACCEPTED_OR_REFUSED : Outcome.ACCEPTED);
            }));
        }
        kinds.add(CaseKind.swept(draw -> {
            String json = draw.oneOf(
                    "1" + "0".repeat(400), "1e400", "-1e400", "1E+2147483648", JsonText.quote("x".repeat(100_000)));
            return HostileBody.json(
                    "a huge number or string", JsonText.abbreviate(json), json, Outcome.ACCEPTED_OR_REFUSED);
        }));
        kinds.add(CaseKind.swept(draw -> {
            String text = draw.oneOf(
                    "success", "{", "\"success", "[1,]", "{'a':1}", "NaN", "\"success\" trailing", "<checkout/>");
            return HostileBody.json("not JSON", text, text, Outcome.ACCEPTED_OR_REFUSED);
        }));
        for (EncodedBodies.Encoding encoding : EncodedBodies.Encoding.values()) {
            kinds.add(CaseKind.single(new HostileBody(
                    "\"success\" in " + encoding + " with a byte order mark",
                    "\"success\"",
                    encoding.withBom("\"success\"".getBytes(encoding.charset())),
                    HostileRequest.JSON,
                    encoding == EncodedBodies.Encoding.UTF_8 ? Outcome.ACCEPTED : Outcome.REFUSED,
                    List.of())));
        }
        return kinds;
    }

    /**
     * The success answer of every checkout of the cart: the first result, as the same answer ({@link SameAnswer});
     * a different one is told by the first place it differs.
     */
    static AnswerCheck sameResultAs(String firstResult) {
        Optional<JsonNode> expected = checkoutResult(firstResult);
        return (answer, body) -> {
            if (!answer.successful()) {
                return Optional.empty();
            }
            Optional<JsonNode> result = checkoutResult(answer.bodyText());
            if (expected.isEmpty() || result.isEmpty()) {
                return Optional.of("a repeated checkout answered another result: " + answer.brief());
            }
            List<JsonDifference> differences = JsonDifference.between(expected.get(), result.get());
            return differences.isEmpty()
                    ? Optional.empty()
                    : Optional.of("a repeated checkout answered another result, differing in " + differences.size()
                            + (differences.size() == 1 ? " place" : " places") + ", first at " + differences.get(0));
        };
    }

    private static Optional<JsonNode> checkoutResult(String text) {
        try {
            return Optional.of(SameAnswer.of("CartCheckoutResult", new ObjectMapper().readTree(text)));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
