package io.partnercarts.contract.hostile;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A request body made to break something, with the outcome it must get. {@code kind} names the sort of
 * case (a field and what was done to it) and groups failures in the report; {@code detail} is this one.
 */
record HostileBody(
        String kind, String detail, byte[] bytes, String contentType, Outcome expected, List<AnswerCheck> checks) {

    HostileBody {
        checks = List.copyOf(checks);
    }

    /** JSON text sent as UTF-8 with {@code Content-Type: application/json}. */
    static HostileBody json(String kind, String detail, String text, Outcome expected, AnswerCheck... checks) {
        return new HostileBody(
                kind, detail, text.getBytes(StandardCharsets.UTF_8), HostileRequest.JSON, expected, List.of(checks));
    }

    @Override
    public String toString() {
        return kind + ": " + detail;
    }
}
