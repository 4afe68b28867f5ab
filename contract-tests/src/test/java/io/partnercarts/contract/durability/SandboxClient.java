package io.partnercarts.contract.durability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/**
 * The four cart operations over plain HTTP, for a server that may die under them: a request the server did
 * not answer throws {@link IOException} (it may or may not have been carried out), one it answered is an
 * {@link Answer}. No contract validation: the conformance suite does that; here only what was acknowledged
 * matters.
 */
final class SandboxClient {
    static final UUID CUSTOMER = UUID.fromString("28045616-f6b9-462f-9701-0d89b5e65c44");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private final URI carts;

    /** {@code apiRoot}: {@code http://127.0.0.1:PORT/v1}. */
    SandboxClient(URI apiRoot) {
        this.carts = URI.create(apiRoot + "/customers/" + CUSTOMER + "/carts");
    }

    /** One answer: its status and body. */
    record Answer(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON (status " + status + "): " + body, e);
            }
        }

        String path(String field) {
            return json().path(field).asText();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    Answer create(String body, String requestId) throws IOException, InterruptedException {
        return send(withBody(request(carts).header("MS-RequestId", requestId))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Answer get(String cartId) throws IOException, InterruptedException {
        return send(request(cart(cartId)).GET());
    }

    Answer update(String cartId, String body) throws IOException, InterruptedException {
        return send(withBody(request(cart(cartId))).PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A checkout as every official SDK sends it: the JSON string {@code "success"}. */
    Answer checkout(String cartId) throws IOException, InterruptedException {
        return send(withBody(request(URI.create(cart(cartId) + "/checkout")))
                .POST(HttpRequest.BodyPublishers.ofString("\"success\"")));
    }

    private URI cart(String cartId) {
        return URI.create(carts + "/" + cartId);
    }

    private static HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer sandbox-token")
                .header("Accept", "application/json");
    }

    private static HttpRequest.Builder withBody(HttpRequest.Builder request) {
        return request.header("Content-Type", "application/json");
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }
}
