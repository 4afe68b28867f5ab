package io.partnercarts.contract.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** A check of its own that a case makes on a successful answer, besides the rules and the contract. */
@FunctionalInterface
interface AnswerCheck {
    /** What is wrong with the successful answer (its body parsed), if anything. */
    Optional<String> problem(WireAnswer answer, JsonNode body);

    /** The answer carries the value that was sent, unchanged, at the same path. */
    static AnswerCheck echoes(TreePath path, String sent) {
        return (answer, body) -> {
            JsonNode answered = path.in(body);
            return answered.isTextual() && answered.asText().equals(sent)
                    ? Optional.empty()
                    : Optional.of(path + " was sent as " + JsonText.quoteAscii(sent) + " and answered as "
                            + (answered.isMissingNode() ? "(nothing)" : JsonText.quoteAscii(answered.toString())));
        };
    }

    /** The line at the path carries a catalog error (README: a quantity out of range is error 10010). */
    static AnswerCheck lineInError(TreePath line) {
        return (answer, body) -> line.in(body).path("error").path("errorCode").isIntegralNumber()
                ? Optional.empty()
                : Optional.of(line + " was accepted without a line error: " + line.in(body));
    }
}
