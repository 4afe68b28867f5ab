package io.partnercarts.contract.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * A check of its own that a case makes on its answer (with a JSON body), besides the rules, the outcome
 * and, for a success, the contract. Each check says which answers it looks at.
 */
@FunctionalInterface
interface AnswerCheck {
    /** What is wrong with the answer (its body parsed), if anything. */
    Optional<String> problem(WireAnswer answer, JsonNode body);

    /** A success carries the value that was sent, unchanged, at the same path. */
    static AnswerCheck echoes(TreePath path, String sent) {
        return (answer, body) -> {
            JsonNode answered = path.in(body);
            return !answer.successful()
                            || answered.isTextual() && answered.asText().equals(sent)
                    ? Optional.empty()
                    : Optional.of(path + " was sent as " + JsonText.quoteAscii(sent) + " and answered as "
                            + (answered.isMissingNode() ? "(nothing)" : JsonText.quoteAscii(answered.toString())));
        };
    }

    /**
     * A success has a catalog error on the line at the path (docs/sandbox-behaviour.md: a quantity out of range
     * is error 10010).
     */
    static AnswerCheck lineInError(TreePath line) {
        return (answer, body) -> !answer.successful()
                        || line.in(body).path("error").path("errorCode").isIntegralNumber()
                ? Optional.empty()
                : Optional.of(line + " was accepted without a line error: " + line.in(body));
    }

    /**
     * A 400 names the property or header it refuses, as the contract's "Limits" promise for a value beyond them
     * and for a request id past 128 characters: in its description or its data, in any wording or notation.
     */
    static AnswerCheck refusalNames(String name) {
        return (answer, body) -> answer.status() != 400
                        || body.path("description").asText().contains(name)
                        || body.path("data").toString().contains(name)
                ? Optional.empty()
                : Optional.of("the refusal does not name " + name + ": " + answer.brief());
    }
}
