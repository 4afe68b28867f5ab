package io.partnercarts.contract.kit;

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
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A stand-in for an implementation that breaks the contract in two ways: in front of this project's sandbox, it
 * answers a created cart with 200 instead of 201, and writes the {@code code} of an unknown cart's fault as a
 * string ({@code "800008"}); everything else passes through unchanged.
 */
final class BrokenImplementation implements AutoCloseable {
    /** Headers that the JDK's HTTP client sets itself, or that describe one hop only. */
    private static final Set<String> NOT_FORWARDED =
            Set.of("host", "connection", "content-length", "expect", "upgrade", "transfer-encoding", "keep-alive");

    private final HttpServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final URI sandbox;

    private BrokenImplementation(URI sandbox) throws IOException {
        this.sandbox = sandbox;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::forward);
        server.start();
    }

    /** In front of {@code sandbox}, an API root such as {@code http://127.0.0.1:8080/v1}. */
    static BrokenImplementation inFrontOf(URI sandbox) throws IOException {
        return new BrokenImplementation(sandbox);
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
            int status = answer.statusCode();
            String text = new String(answer.body(), StandardCharsets.UTF_8);
            if ("POST".equals(exchange.getRequestMethod())
                    && exchange.getRequestURI().getPath().endsWith("/carts")
                    && status == 201) {
                status = 200;
            }
            text = text.replace("\"code\":800008", "\"code\":\"800008\"");
            answer.headers().map().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, List.copyOf(values));
                }
            });
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
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

    @Override
    public void close() {
        server.stop(0);
    }
}
