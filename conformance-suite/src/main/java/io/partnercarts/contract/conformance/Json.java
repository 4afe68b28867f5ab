package io.partnercarts.contract.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;

/** Response bodies as Jackson trees, for comparisons that JSON paths make clumsy. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    static JsonNode of(Response response) {
        try {
            return MAPPER.readTree(response.asString());
        } catch (JsonProcessingException e) {
            throw new AssertionError("The body is not JSON: " + response.asString(), e);
        }
    }
}
