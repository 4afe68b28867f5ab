package io.partnercarts.contract.hostile;

import io.partnercarts.contract.ContractTarget;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Sends {@link HostileRequest}s to the implementation under test over HTTP/1.1, each with a timeout, and
 * hands back what came off the wire. The JDK's HTTP client sends them on kept-alive connections; a request
 * with a header value beyond ASCII goes on a connection of its own ({@link RawConnection}), byte for byte,
 * because the JDK's client would send every such character as {@code ?}.
 */
final class WireClient {
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();
    private final URI base;
    private final String root;
    private final String token;
    /** The last request sent on a kept-alive connection, with its status. */
    private String lastKeptAlive = "(none)";

    WireClient(ContractTarget target) {
        this.base = target.baseUri();
        this.root = base.toString();
        this.token = target.token();
    }

    /**
     * What came back; and when the kept-alive connection the request went on first was found closed, the
     * request answered last on it (whose answer should have said {@code Connection: close}).
     */
    record Sent(WireAnswer answer, Optional<String> closedAfter) {}

    /** The full URI of a request's path. */
    URI uriOf(HostileRequest request) {
        return URI.create(root + request.path());
    }

    /**
     * Sends the request. When the connection it went on is closed before any answer came (the server closed
     * a kept-alive connection after its previous answer), sends it once more on a new one, as clients do, and
     * says so: the server then closed a connection it had not said it would close.
     */
    Sent send(HostileRequest request) throws NoAnswer {
        if (request.headers().values().stream().anyMatch(value -> value.chars().anyMatch(c -> c > 0x7E))) {
            return new Sent(sendRaw(request), Optional.empty());
        }
        String before = lastKeptAlive;
        lastKeptAlive = request + " (no answer)";
        WireAnswer answer;
        Optional<String> closedAfter = Optional.empty();
        try {
            answer = sendKeptAlive(request);
        } catch (ConnectionClosed first) {
            closedAfter = Optional.of(before);
            try {
                answer = sendKeptAlive(request);
            } catch (ConnectionClosed again) {
                throw new NoAnswer(request + ": connection ended without an answer (" + again.getCause() + ")");
            }
        }
        lastKeptAlive = request + " (" + answer.status()
                + answer.header("connection")
                        .map(value -> ", Connection: " + value)
                        .orElse("") + ")";
        return new Sent(answer, closedAfter);
    }

    private WireAnswer sendKeptAlive(HostileRequest request) throws NoAnswer, ConnectionClosed {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uriOf(request))
                .timeout(TIMEOUT)
                .method(
                        request.method(),
                        request.body() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(request.body()))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        request.headers().forEach(builder::header);
        try {
            HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new WireAnswer(response.statusCode(), response.headers().map(), response.body());
        } catch (HttpTimeoutException e) {
            throw new NoAnswer(request + ": no answer within " + TIMEOUT.toSeconds() + " s");
        } catch (IOException e) {
            throw new ConnectionClosed(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NoAnswer(request + ": interrupted");
        }
    }

    /** The request as ISO-8859-1 bytes (a header value's characters are its bytes) on a new connection. */
    private WireAnswer sendRaw(HostileRequest request) throws NoAnswer {
        StringBuilder head = new StringBuilder(request.method())
                .append(' ')
                .append(base.getRawPath())
                .append(request.path())
                .append(" HTTP/1.1\r\n")
                .append("Host: ")
                .append(base.getAuthority())
                .append("\r\n")
                .append("Authorization: Bearer ")
                .append(token)
                .append("\r\n")
                .append("Accept: application/json\r\n")
                .append("Connection: close\r\n");
        request.headers()
                .forEach((name, value) ->
                        head.append(name).append(": ").append(value).append("\r\n"));
        byte[] body = request.body() == null ? new byte[0] : request.body();
        if (request.body() != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        bytes.writeBytes(body);
        try (RawConnection connection = RawConnection.open(base, TIMEOUT)) {
            connection.send(bytes.toByteArray());
            WireAnswer answer = connection.next(false);
            if (answer == null) {
                throw new NoAnswer(request
                        + (connection.end() == RawConnection.End.SILENT
                                ? ": no answer within " + TIMEOUT.toSeconds() + " s"
                                : ": connection ended without an answer"));
            }
            return answer;
        } catch (IOException e) {
            throw new NoAnswer(request + ": connection ended without an answer (" + e + ")");
        }
    }

    /** A request that got no answer: a hang. */
    static final class NoAnswer extends Exception {
        NoAnswer(String message) {
            super(message);
        }
    }

    /** The connection ended before an answer came. */
    private static final class ConnectionClosed extends Exception {
        ConnectionClosed(IOException cause) {
            super(cause);
        }
    }
}
