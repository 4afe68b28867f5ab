package io.partnercarts.contract.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** What the contract and docs/sandbox-behaviour.md say a hostile request must get. */
enum Outcome {
    /** A success: the request is valid, however odd. */
    ACCEPTED("a 2xx"),
    /** 400 with code 800002: the request breaks the contract. */
    REFUSED("400 with code 800002"),
    /** Either, when the contract leaves it open (ignored fields, parser limits, encodings); never a 5xx. */
    ACCEPTED_OR_REFUSED("a 2xx or a 4xx"),
    /**
     * 414 with code 414: the request target is longer than the 2,048 characters of the contract's "Limits",
     * which the HTTP layer refuses before any operation reads it.
     */
    TARGET_TOO_LONG("414 with code 414");

    /** The longest request target (path and query) that the contract's "Limits" allow. */
    static final int MAX_TARGET = 2_048;

    private static final int INVALID_INPUT = 800002;
    private static final int URI_TOO_LONG = 414;

    private final String description;

    Outcome(String description) {
        this.description = description;
    }

    Optional<String> mismatch(WireAnswer answer, Optional<JsonNode> body) {
        boolean matches = switch (this) {
            case ACCEPTED -> answer.successful();
            case REFUSED ->
                answer.status() == 400
                        && body.map(json -> json.path("code").asInt()).orElse(0) == INVALID_INPUT;
            case ACCEPTED_OR_REFUSED -> answer.successful() || (answer.status() >= 400 && answer.status() < 500);
            case TARGET_TOO_LONG ->
                answer.status() == URI_TOO_LONG
                        && body.map(json -> json.path("code").asInt()).orElse(0) == URI_TOO_LONG;
        };
        return matches ? Optional.empty() : Optional.of("expected " + description + ", got " + answer.brief());
    }
}
