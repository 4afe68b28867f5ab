package io.partnercarts.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;

/**
 * What the suite compares where a test needs "the same answer" (a cart read again, a repeated checkout): the
 * answers as JSON values of their schema ({@link AnswerShape#comparable}), so that a number written {@code 1899}
 * or {@code 1899.0}, keys in another order, other escapes or whitespace are the same answer, and a property the
 * contract does not name (which may differ from answer to answer) is left out. Every property the contract names
 * is compared.
 */
public final class SameAnswer {
    private static final ObjectMapper JSON = new ObjectMapper();

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
}
