package io.partnercarts.contract.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** What the contract and the README say a hostile request must get. */
enum Outcome {
    /** A success: the request is valid, however odd. */
    ACCEPTED("a 2xx"),
    /** 400 with code 800002: the request breaks the contract. */
    REFUSED("400 with code 800002"),
    /** Either, when the contract leaves it open (ignored fields, parser limits, encodings); never a 5xx. */
    ACCEPTED_OR_REFUSED("a 2xx or a 4xx");

    private static final int INVALID_INPUT = 800002;

    private final String description;

    Outcome(String description) {
        this.description = description;
    }

    Optional<String> mismatch(WireAnswer answer, Optional<JsonNode> body) {
        boolean matches = switch (this) {
            case ACCEPTED -> answer.successful();
            case REFUSED -> answer.status() == 400
                    && body.map(json -> json.path("code").asInt()).orElse(0) == INVALID_INPUT;
            case ACCEPTED_OR_REFUSED -> answer.successful() || (answer.status() >= 400 && answer.status() < 500);
        };
        return matches ? Optional.empty() : Optional.of("expected " + description + ", got " + answer.brief());
    }
}
