package io.partnercarts.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The access log's own writer thread loses no line, and has written every one when the server has stopped. */
class AccessLogTest {
    private static final int REQUESTS = 300;

    @Test
    void everyRequestHasItsLineOnceTheServerHasStopped() throws Exception {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        PrintStream standardOut = System.out;
        List<String> ids = IntStream.range(0, REQUESTS)
                .mapToObj(i -> "log-" + i + "-" + UUID.randomUUID())
                .toList();
        System.setOut(new PrintStream(written, true, StandardCharsets.UTF_8));
        try (CartsServer server =
                CartsServer.start(ServerSettings.DEFAULTS.withPort(0).withAccessLog(true))) {
            HttpClient client = HttpClient.newHttpClient();
            URI unknownCart =
                    URI.create(server.baseUri() + "/customers/" + UUID.randomUUID() + "/carts/" + UUID.randomUUID());
            CompletableFuture.allOf(ids.stream()
                            .map(id -> client.sendAsync(
                                    HttpRequest.newBuilder(unknownCart)
                                            .header("MS-RequestId", id)
                                            .header("Authorization", "Bearer log")
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding()))
                            .toArray(CompletableFuture[]::new))
                    .join();
        } finally {
            System.setOut(standardOut);
        }
        List<String> lines = written.toString(StandardCharsets.UTF_8)
                .lines()
                .filter(l -> l.startsWith("GET "))
                .toList();
        assertThat(lines)
                .hasSize(REQUESTS)
                .allMatch(line -> line.matches("GET /v1/customers/\\S+/carts/\\S+ 404 \\d+ms MS-RequestId=log-\\S+"
                        + " MS-CorrelationId=\\S+"));
        assertThat(lines.stream().map(line -> line.replaceAll(".*MS-RequestId=(\\S+).*", "$1")))
                .containsExactlyInAnyOrderElementsOf(ids);
    }
}
