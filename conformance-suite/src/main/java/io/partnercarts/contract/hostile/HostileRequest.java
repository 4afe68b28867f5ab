package io.partnercarts.contract.hostile;

import io.partnercarts.contract.CartsEndpoint;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One request as it will go on the wire: the method, the path below the API root exactly as sent (ids
 * already percent-encoded), the headers besides Authorization and Accept, and the body bytes (null: none).
 * Every request carries a fresh MS-RequestId and MS-CorrelationId unless a case sets its own.
 */
record HostileRequest(String method, String path, Map<String, String> headers, byte[] body) {
    static final String REQUEST_ID = "MS-RequestId";
    static final String CORRELATION_ID = "MS-CorrelationId";
    static final String JSON = "application/json";

    HostileRequest {
        headers = Map.copyOf(headers);
    }

    static HostileRequest createCart(String customer, byte[] body, String contentType) {
        return withBody("POST", CartsEndpoint.CARTS.replace("{customer-id}", customer), body, contentType);
    }

    static HostileRequest getCart(String customer, String cart) {
        return new HostileRequest("GET", cartPath(customer, cart), freshIds(), null);
    }

    static HostileRequest updateCart(String customer, String cart, byte[] body, String contentType) {
        return withBody("PUT", cartPath(customer, cart), body, contentType);
    }

    static HostileRequest checkout(String customer, String cart, byte[] body, String contentType) {
        return withBody(
                "POST",
                CartsEndpoint.CHECKOUT.replace("{customer-id}", customer).replace("{cart-id}", cart),
                body,
                contentType);
    }

    /** The same request with a header set (or replaced). */
    HostileRequest withHeader(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(headers);
        changed.put(name, value);
        return new HostileRequest(method, path, changed, body);
    }

    String requestId() {
        return headers.get(REQUEST_ID);
    }

    String correlationId() {
        return headers.get(CORRELATION_ID);
    }

    @Override
    public String toString() {
        return method + " " + path + (body == null ? "" : " (" + body.length + " bytes)");
    }

    private static HostileRequest withBody(String method, String path, byte[] body, String contentType) {
        Map<String, String> headers = new LinkedHashMap<>(freshIds());
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        return new HostileRequest(method, path, headers, body);
    }

    private static String cartPath(String customer, String cart) {
        return CartsEndpoint.CART.replace("{customer-id}", customer).replace("{cart-id}", cart);
    }

    private static Map<String, String> freshIds() {
        return Map.of(
                REQUEST_ID,
                UUID.randomUUID().toString(),
                CORRELATION_ID,
                UUID.randomUUID().toString());
    }
}
