package io.partnercarts.contract.kit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * A stand-in for an implementation that breaks the contract in one way ({@link Breakage}): in front of this
 * project's sandbox, it passes every request through and answers what the sandbox answered, but for that
 * breakage. {@link #unbroken} breaks nothing, for a run to compare with.
 */
final class BrokenImplementation implements AutoCloseable {
    /** One way of breaking the contract, applied to every answer it concerns. */
    enum Breakage {
        MISCASED_PROPERTY("every cart says creationTimeStamp for the contract's creationTimestamp") {
            @Override
            Answer applyTo(Answer answer) {
                if (answer.isCart()) {
                    ObjectNode cart = (ObjectNode) answer.body();
                    cart.set("creationTimeStamp", cart.remove("creationTimestamp"));
                }
                return answer;
            }
        },
        MISSING_REQUIRED_PROPERTY("every cart's line items lack catalogItemId, which the contract requires") {
            @Override
            Answer applyTo(Answer answer) {
                if (answer.isCart()) {
                    answer.body().path("lineItems").forEach(line -> ((ObjectNode) line).remove("catalogItemId"));
                }
                return answer;
            }
        },
        STRING_ERROR_CODE("every fault's code is a string: \"code\":\"800008\"") {
            @Override
            Answer applyTo(Answer answer) {
                if (answer.status() >= 400 && answer.body().path("code").isInt()) {
                    ObjectNode fault = (ObjectNode) answer.body();
                    fault.put("code", fault.path("code").asText());
                }
                return answer;
            }
        },
        SECOND_ORDER_ON_A_REPEATED_CHECKOUT("a repeated checkout orders again: its orders have fresh ids") {
            @Override
            Answer applyTo(Answer answer) {
                if (answer.isCheckout() && answer.status() == 201 && answer.repeated()) {
                    answer.body().path("orders").forEach(order -> orderedAgain((ObjectNode) order));
                }
                return answer;
            }

            /** The order placed once more: a new id, and its self link to that id. */
            private static void orderedAgain(ObjectNode order) {
                String was = order.path("id").asText();
                String id = UUID.randomUUID().toString();
                order.put("id", id);
                JsonNode self = order.path("links").path("self");
                if (self.isObject()) {
                    ((ObjectNode) self).put("uri", self.path("uri").asText().replace(was, id));
                }
            }
        },
        CREATED_WITH_200("a created cart is answered 200 where the contract says 201") {
            @Override
            Answer applyTo(Answer answer) {
                boolean create = answer.method().equals("POST") && answer.path().endsWith("/carts");
                return create && answer.status() == 201 ? answer.withStatus(200) : answer;
            }
        };

        private final String description;

        Breakage(String description) {
            this.description = description;
        }

        /** The answer broken this way, where it concerns it ({@link Answer#body()} may be changed in place). */
        abstract Answer applyTo(Answer answer);

        @Override
        public String toString() {
            return description;
        }
    }

    /**
     * A JSON answer of the sandbox: the request's method and path, whether the proxy has answered that method and
     * path with this status before, the status and the body.
     */
    record Answer(String method, String path, boolean repeated, int status, JsonNode body) {
        Answer withStatus(int newStatus) {
            return new Answer(method, path, repeated, newStatus, body);
        }

        /** A created, read or updated cart. */
        boolean isCart() {
            return status / 100 == 2 && path.matches(".*/carts(/[^/]+)?") && body.isObject();
        }

        boolean isCheckout() {
            return method.equals("POST") && path.endsWith("/checkout");
        }
    }

    /** Headers that the JDK's HTTP client sets itself, or that describe one hop only. */
    private static final Set<String> NOT_FORWARDED =
            Set.of("host", "connection", "content-length", "expect", "upgrade", "transfer-encoding", "keep-alive");

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final HttpServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final URI sandbox;
    private final UnaryOperator<Answer> breakage;
    private final Set<String> answered = ConcurrentHashMap.newKeySet();

    private BrokenImplementation(URI sandbox, UnaryOperator<Answer> breakage) throws IOException {
        this.sandbox = sandbox;
        this.breakage = breakage;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::forward);
        server.start();
    }

    /** In front of {@code sandbox}, an API root such as {@code http://127.0.0.1:8080/v1}, breaking it one way. */
    static BrokenImplementation inFrontOf(URI sandbox, Breakage breakage) throws IOException {
        return new BrokenImplementation(sandbox, breakage::applyTo);
    }

    /** The same proxy, breaking nothing. */
    static BrokenImplementation unbroken(URI sandbox) throws IOException {
        return new BrokenImplementation(sandbox, UnaryOperator.identity());
    }

    /** Its API root: the sandbox's path on this stand-in's port. */
    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + sandbox.getPath());
    }

    private void forward(HttpExchange exchange) throws IOException {
        try {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            URI target = URI.create(sandbox.getScheme() + "://" + sandbox.getRawAuthority()
                    + exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null
                            ? ""
                            : "?" + exchange.getRequestURI().getRawQuery()));
            HttpRequest.Builder request = HttpRequest.newBuilder(target)
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            HttpResponse<byte[]> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            answer.headers().map().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, List.copyOf(values));
                }
            });
            Answer broken = broken(exchange, answer);
            byte[] bytes = broken == null ? answer.body() : JSON.writeValueAsBytes(broken.body());
            int status = broken == null ? answer.statusCode() : broken.status();
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.sendResponseHeaders(502, -1);
        } finally {
            exchange.close();
        }
    }

    /** The sandbox's answer after the breakage; null when it is not JSON, which passes through as it came. */
    private Answer broken(HttpExchange exchange, HttpResponse<byte[]> answer) {
        boolean json = answer.headers()
                .firstValue("Content-Type")
                .map(type -> type.toLowerCase(Locale.ROOT).startsWith("application/json"))
                .orElse(false);
        if (!json || answer.body().length == 0) {
            return null;
        }
        JsonNode body;
        try {
            body = JSON.readTree(answer.body());
        } catch (IOException e) {
            return null;
        }
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        boolean repeated = !answered.add(method + " " + path + " " + answer.statusCode());
        return breakage.apply(new Answer(method, path, repeated, answer.statusCode(), body));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
