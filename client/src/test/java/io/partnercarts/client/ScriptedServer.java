package io.partnercarts.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CopyOnWriteArrayList;

/** A local HTTP server that answers from a script, in order, and records what it received. */
final class ScriptedServer implements AutoCloseable {
    /** An answer; a null body with status 0 drops the connection without answering. */
    record Answer(int status, String body, String retryAfter) {
        static Answer dropConnection() {
            return new Answer(0, null, null);
        }
    }

    record Received(
            String method,
            String path,
            String requestId,
            String correlationId,
            String locale,
            String authorization,
            long atNanos) {}

    private final HttpServer server;
    private final Queue<Answer> script = new ArrayDeque<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    ScriptedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    synchronized ScriptedServer then(int status, String body) {
        script.add(new Answer(status, body, null));
        return this;
    }

    /** An answer with a {@code Retry-After} header. */
    synchronized ScriptedServer then(int status, String body, String retryAfter) {
        script.add(new Answer(status, body, retryAfter));
        return this;
    }

    synchronized ScriptedServer thenDropConnection() {
        script.add(Answer.dropConnection());
        return this;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    private void answer(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        var headers = exchange.getRequestHeaders();
        received.add(new Received(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getPath(),
                headers.getFirst("MS-RequestId"),
                headers.getFirst("MS-CorrelationId"),
                headers.getFirst("X-Locale"),
                headers.getFirst("Authorization"),
                System.nanoTime()));
        Answer next;
        synchronized (this) {
            next = script.isEmpty()
                    ? new Answer(500, "{\"code\":800003,\"description\":\"script ended\"}", null)
                    : script.poll();
        }
        if (next.status() == 0) {
            // The JDK server closes the connection of a handler that throws: the client gets no answer.
            throw new IOException("connection dropped on purpose");
        }
        byte[] body = next.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        if (next.retryAfter() != null) {
            exchange.getResponseHeaders().add("Retry-After", next.retryAfter());
        }
        exchange.sendResponseHeaders(next.status(), body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
