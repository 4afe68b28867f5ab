package io.partnercarts.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.util.List;
import org.opentest4j.AssertionFailedError;

/**
 * What the suite compares where a test needs "the same answer" (a cart read again, a repeated checkout): the
 * answers as JSON values of their schema ({@link AnswerShape#comparable}), so that a number written {@code 1899}
 * or {@code 1899.0}, keys in another order, other escapes or whitespace are the same answer, and a property the
 * contract does not name (which may differ from answer to answer) is left out. Every property the contract names
 * is compared.
 *
 * <p>A test asserts it with {@link #assertSame}, whose failure names the JSON pointers where the answers differ
 * and the values there, rather than leave a reader to compare two whole answers by eye.
 */
public final class SameAnswer {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Differences listed in a failure's message; its two whole answers hold the rest. */
    private static final int SHOWN_DIFFERENCES = 5;

    private SameAnswer() {}

    /** A {@code Cart} answer, comparable. */
    public static JsonNode cart(Response response) {
        return of("Cart", response);
    }

    /** A {@code CartCheckoutResult} answer, comparable. */
    public static JsonNode checkoutResult(Response response) {
        return of("CartCheckoutResult", response);
    }

    /** An answer whose body is the schema {@code #/components/schemas/NAME}, comparable. */
    public static JsonNode of(String schemaName, Response response) {
        try {
            return of(schemaName, JSON.readTree(response.asString()));
        } catch (JsonProcessingException e) {
            throw new AssertionError("The body is not JSON: " + response.asString(), e);
        }
    }

    /** A value of the schema {@code #/components/schemas/NAME}, comparable. */
    public static JsonNode of(String schemaName, JsonNode value) {
        return AnswerShape.comparable(PackagedContract.schema(schemaName), value);
    }

    /**
     * Fails unless {@code answer} is the same answer as {@code expected}, both comparable values: with an
     * {@link AssertionFailedError} whose first line is {@code DESCRIPTION differs at POINTER: expected X but was
     * Y} for the first place they differ, the next few places on lines of their own, then both answers whole.
     * It carries both answers indented over lines, for an IDE to show side by side.
     */
    public static void assertSame(String description, JsonNode answer, JsonNode expected) {
        List<JsonDifference> differences = JsonDifference.between(expected, answer);
        if (!differences.isEmpty()) {
            throw new AssertionFailedError(
                    differencesMessage(description, differences, expected, answer),
                    JsonDifference.writtenOverLines(expected),
                    JsonDifference.writtenOverLines(answer));
        }
    }

    private static String differencesMessage(
            String description, List<JsonDifference> differences, JsonNode expected, JsonNode answer) {
        StringBuilder message =
                new StringBuilder(description).append(" differs at ").append(differences.get(0));
        int shown = Math.min(differences.size(), SHOWN_DIFFERENCES);
        differences
                .subList(1, shown)
                .forEach(difference -> message.append("\n  and at ").append(difference));
        if (differences.size() > shown) {
            int more = differences.size() - shown;
            message.append("\n  and at ").append(more).append(more == 1 ? " more place" : " more places");
        }
        return message.append("\nexpected: ")
                .append(JsonDifference.written(expected))
                .append("\n but was: ")
                .append(JsonDifference.written(answer))
                .toString();
    }
}
