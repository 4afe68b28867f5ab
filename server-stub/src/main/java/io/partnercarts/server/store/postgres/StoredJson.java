package io.partnercarts.server.store.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.partnercarts.server.core.Cart;
import io.partnercarts.server.core.Order;
import io.partnercarts.server.core.OrderError;
import java.util.Map;

/**
 * The JSON in which the database keeps the domain's values, written and read back exactly: every record
 * component by its name (nulls included, and a provisioning context's null values and key order), instants
 * to the nanosecond as ISO-8601 text (a {@code timestamptz} keeps microseconds only), doubles in their
 * shortest exact form, enums by name, and every character beyond ASCII as a JSON unicode escape (a lone surrogate,
 * which a client may send escaped and the API answers as sent, has no UTF-8 form: sent as text it would be
 * stored as {@code ?}). Private to this package, and independent of the wire's JSON: the
 * stored form changes only with a migration.
 */
final class StoredJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private static final TypeReference<Cart> CART = new TypeReference<>() {};
    private static final TypeReference<Order> ORDER = new TypeReference<>() {};
    private static final TypeReference<Attempts> ATTEMPTS = new TypeReference<>() {};

    private StoredJson() {}

    /**
     * What a cart's checkouts left besides its orders (which have a table of their own): the error of each
     * group that failed on the latest attempt, and how many attempts of each group failed.
     */
    record Attempts(Map<String, OrderError> errorsByGroup, Map<String, Integer> failedAttemptsByGroup) {
        static final Attempts NONE = new Attempts(Map.of(), Map.of());
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static Cart cart(String json) {
        return read(json, CART);
    }

    static Order order(String json) {
        return read(json, ORDER);
    }

    static Attempts attempts(String json) {
        return read(json, ATTEMPTS);
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The database holds a value this server cannot read: " + e.getMessage(), e);
        }
    }
}
