package io.partnercarts.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.swagger.v3.oas.models.media.Schema;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * A stand-in for an implementation that keeps the contract but answers otherwise than this project's server: a
 * proxy on loopback in front of it that passes every request through as it came and rewrites every JSON answer
 * into the same answer, told differently:
 * <ul>
 * <li>every object whose schema names properties (the cart, its attributes and links, each line item and its
 * pricing, the checkout result, each order and order line, an {@code ApiFault}) gets one property more that the
 * contract does not name, {@value #EXTRA}, whose value differs in every answer;</li>
 * <li>a {@code number} is written {@code 1899.0} where it was {@code 1899}, {@code 1899E-2} where it was
 * {@code 18.99};</li>
 * <li>the properties of every object come in reverse order;</li>
 * <li>names and strings escape what JSON allows to be escaped: the letters {@code a} and {@code A} and everything
 * beyond ASCII as Unicode escapes (backslash, {@code u}, four hex digits), {@code /} as {@code \/};</li>
 * <li>newlines, tabs and spaces stand between the tokens.</li>
 * </ul>
 * With {@code -Dcontract.rewritingProxy=true} the suite's target ({@link ContractTarget}) is the in-process server
 * behind this proxy (surefire execution {@code conformance-rewritten}), and the conformance suite must pass there
 * as it does without it. A test can also have it break the contract ({@link #start(URI, UnaryOperator)}), to see
 * that the suite still refuses what the contract forbids.
 */
public final class RewritingProxy implements AutoCloseable {
    /** The property the proxy adds to every object that the contract describes. */
    public static final String EXTRA = "proxyExtension";

    /** Headers the proxy does not copy: about the connection or the length, which each side sets itself. */
    private static final Set<String> HOP_BY_HOP = Set.of(
            "connection",
            "content-length",
            "date",
            "expect",
            "host",
            "keep-alive",
            "te",
            "trailer",
            "transfer-encoding",
            "upgrade");

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final URI upstream;
    private final UnaryOperator<Answer> edit;
    private final HttpServer server;
    private final ExecutorService threads;
    private final HttpClient client;
    private final AtomicLong answers = new AtomicLong();

    /**
     * A JSON answer after the proxy's additions, before it is written out: the request's method and path (below
     * the API root), the status and the body.
     */
    public record Answer(String method, String path, int status, JsonNode body) {
        public Answer withStatus(int newStatus) {
            return new Answer(method, path, newStatus, body);
        }
    }

    private RewritingProxy(URI upstream, UnaryOperator<Answer> edit) throws IOException {
        this.upstream = upstream;
        this.edit = edit;
        this.threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "rewriting-proxy");
            thread.setDaemon(true);
            return thread;
        });
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(threads)
                .build();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/", this::pass);
        server.setExecutor(threads);
        server.start();
    }

    /** A proxy in front of the API root {@code upstream} ({@code http://127.0.0.1:PORT/v1}) that only rewrites. */
    public static RewritingProxy start(URI upstream) {
        return start(upstream, UnaryOperator.identity());
    }

    /** The same, that also applies {@code edit} to every JSON answer before writing it out. */
    public static RewritingProxy start(URI upstream, UnaryOperator<Answer> edit) {
        try {
            return new RewritingProxy(upstream, edit);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the rewriting proxy in front of " + upstream, e);
        }
    }

    /** The API root through the proxy: the upstream's path on the proxy's port. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + upstream.getPath());
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void pass(HttpExchange exchange) throws IOException {
        try (exchange) {
            HttpResponse<byte[]> answer;
            try {
                answer = client.send(forwarded(exchange), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException | RuntimeException e) {
                send(exchange, 502, Map.of(), ("rewriting proxy: " + e).getBytes(StandardCharsets.UTF_8));
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            rewrite(
                    exchange,
                    exchange.getRequestMethod(),
                    path.startsWith(upstream.getPath())
                            ? path.substring(upstream.getPath().length())
                            : path,
                    answer);
        }
    }

    private HttpRequest forwarded(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        URI request = exchange.getRequestURI();
        HttpRequest.Builder forwarded = HttpRequest.newBuilder(URI.create(upstream.getScheme() + "://"
                        + upstream.getRawAuthority() + request.getRawPath()
                        + (request.getRawQuery() == null ? "" : "?" + request.getRawQuery())))
                .timeout(Duration.ofSeconds(60))
                .method(
                        exchange.getRequestMethod(),
                        body.length == 0
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                for (String value : values) {
                    try {
                        forwarded.header(name, value);
                    } catch (IllegalArgumentException e) {
                        // a header the JDK's client will not send: the upstream goes without it
                    }
                }
            }
        });
        return forwarded.build();
    }

    private void rewrite(HttpExchange exchange, String method, String path, HttpResponse<byte[]> upstreamAnswer)
            throws IOException {
        HttpHeaders headers = upstreamAnswer.headers();
        boolean json = headers.firstValue("Content-Type")
                .map(type -> type.toLowerCase(Locale.ROOT).startsWith("application/json"))
                .orElse(false);
        JsonNode body = json ? parse(upstreamAnswer.body()) : null;
        if (body == null) {
            send(exchange, upstreamAnswer.statusCode(), headers.map(), upstreamAnswer.body());
            return;
        }
        Schema<?> schema =
                AnswerShape.of(method, path, upstreamAnswer.statusCode()).orElse(null);
        Answer answer = edit.apply(new Answer(
                method, path, upstreamAnswer.statusCode(), withExtra(schema, body, answers.incrementAndGet())));
        StringBuilder text = new StringBuilder("\r\n ");
        write(schema, answer.body(), text, 1);
        text.append("\n\t");
        send(exchange, answer.status(), headers.map(), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode parse(byte[] body) {
        try {
            return body.length == 0 ? null : JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static void send(HttpExchange exchange, int status, Map<String, List<String>> headers, byte[] body)
            throws IOException {
        headers.forEach((name, values) -> {
            if (!name.startsWith(":") && !HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> exchange.getResponseHeaders().add(name, value));
            }
        });
        boolean empty = body.length == 0
                || status == 204
                || status == 304
                || exchange.getRequestMethod().equalsIgnoreCase("HEAD");
        exchange.sendResponseHeaders(status, empty ? -1 : body.length);
        if (!empty) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** A copy of {@code node} with {@link #EXTRA} in every object whose schema names properties. */
    static JsonNode withExtra(Schema<?> schema, JsonNode node, long answer) {
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            node.fields()
                    .forEachRemaining(field -> copy.set(
                            field.getKey(),
                            withExtra(
                                    AnswerShape.property(schema, field.getKey()).orElse(null),
                                    field.getValue(),
                                    answer)));
            if (schema != null && AnswerShape.namesProperties(schema)) {
                ObjectNode extra = copy.putObject(EXTRA);
                extra.put("answer", answer);
                extra.put("note", "A property the contract does not name / \u00e9");
                extra.putArray("values").add(new BigDecimal("1.5")).add(true).addNull();
            }
            return copy;
        }
        if (node.isArray()) {
            Schema<?> items = schema == null ? null : AnswerShape.items(schema).orElse(null);
            var copy = JSON.createArrayNode();
            node.forEach(element -> copy.add(withExtra(items, element, answer)));
            return copy;
        }
        return node;
    }

    /** {@code node} as JSON text the way this proxy writes it (see the class comment). */
    static void write(Schema<?> schema, JsonNode node, StringBuilder out, int depth) {
        String indent = "\n" + "\t".repeat(depth);
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            node.fields().forEachRemaining(fields::add);
            Collections.reverse(fields);
            out.append('{');
            for (int i = 0; i < fields.size(); i++) {
                Map.Entry<String, JsonNode> field = fields.get(i);
                out.append(i == 0 ? indent + " " : indent + ", ");
                string(field.getKey(), out);
                out.append(" :\t");
                write(
                        schema == null
                                ? null
                                : AnswerShape.property(schema, field.getKey()).orElse(null),
                        field.getValue(),
                        out,
                        depth + 1);
            }
            out.append(fields.isEmpty() ? " }" : "\r\n" + "\t".repeat(depth - 1) + "}");
        } else if (node.isArray()) {
            Schema<?> items = schema == null ? null : AnswerShape.items(schema).orElse(null);
            out.append("[ ");
            for (int i = 0; i < node.size(); i++) {
                out.append(i == 0 ? "" : " ,").append(indent);
                write(items, node.get(i), out, depth + 1);
            }
            out.append(" ]");
        } else if (node.isTextual()) {
            string(node.textValue(), out);
        } else if (node.isNumber() && schema != null && AnswerShape.isNumber(schema)) {
            BigDecimal value = node.decimalValue();
            out.append(
                    value.stripTrailingZeros().scale() <= 0
                            ? value.toBigInteger() + ".0"
                            : value.unscaledValue() + "E-" + value.scale());
        } else {
            out.append(node);
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '/' -> out.append("\\/");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c == 'a' || c == 'A' || c < 0x20 || c > 0x7E) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Writes {@code body} as the proxy would, for tests of the rewriting itself. */
    static String written(Schema<?> schema, JsonNode body) {
        StringBuilder out = new StringBuilder();
        write(schema, body, out, 1);
        return out.toString();
    }

    /** Parses JSON text the way the proxy reads answers (numbers exactly as written). */
    static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not JSON: " + text, e);
        }
    }
}
