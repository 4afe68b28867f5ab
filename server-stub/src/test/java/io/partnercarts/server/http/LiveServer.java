package io.partnercarts.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnercarts.server.CartsServer;
import io.partnercarts.server.ServerSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real server (Jetty, its error handler and request limits, and the whole Jersey application) on a
 * free port, and a plain HTTP client that sends exactly the bytes and headers a test gives it. Registered
 * as a static extension, it runs once for the whole test class.
 */
final class LiveServer implements BeforeAllCallback, AfterAllCallback {
    /** A customer of the built-in fixtures. */
    static final String CUSTOMER = "28045616-f6b9-462f-9701-0d89b5e65c44";

    static final String BEARER = "Bearer any-token";
    /** One seat of the seed's monthly Barracuda plan, the smallest valid cart. */
    static final String BARRACUDA_CART =
            "{\"lineItems\":[{\"id\":0,\"catalogItemId\":\"DZH318Z0BXWC:0002:DZH318Z0BMRV\","
                    + "\"quantity\":1,\"billingCycle\":\"monthly\",\"termDuration\":\"P1M\"}]}";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newHttpClient();
    private CartsServer server;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = CartsServer.start(ServerSettings.DEFAULTS.withPort(0).withAccessLog(false));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.close();
    }

    /** {@code /customers/{CUSTOMER}/carts}. */
    String carts() {
        return "/customers/" + CUSTOMER + "/carts";
    }

    /** A cart of {@link #CUSTOMER} that does not exist. */
    String unknownCart() {
        return carts() + "/" + UUID.randomUUID();
    }

    /** A request to a path under /v1, authenticated unless the test says otherwise. */
    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(server.baseUri() + path)).header("Authorization", BEARER);
    }

    HttpRequest.Builder unauthenticated(String path) {
        return HttpRequest.newBuilder(URI.create(server.baseUri() + path));
    }

    /** POST of a JSON body to the customer's carts. */
    Answer createCart(String body) {
        return send(request(carts())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    Answer send(HttpRequest.Builder request) {
        try {
            return new Answer(client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new AssertionError("The request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    /**
     * The headers of the answer to a GET whose extra header lines are written as raw bytes:
     * java.net.http writes header values in US-ASCII, replacing every other character with '?'.
     */
    Map<String, String> rawGet(String path, byte[] extraHeaderLines) {
        URI base = server.baseUri();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + base.getPath() + path + " HTTP/1.1\r\nHost: " + base.getAuthority()
                            + "\r\nAuthorization: " + BEARER + "\r\nConnection: close\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(extraHeaderLines);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            String[] lines = answer.substring(0, answer.indexOf("\r\n\r\n")).split("\r\n");
            headers.put(":status", lines[0].split(" ")[1]);
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(
                        lines[i].substring(0, colon),
                        lines[i].substring(colon + 1).strip());
            }
            return headers;
        } catch (IOException e) {
            throw new AssertionError("The raw request failed", e);
        }
    }

    /** A response: its status, headers and (JSON) body. */
    record Answer(HttpResponse<String> response) {
        int status() {
            return response.statusCode();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        JsonNode json() {
            try {
                return JSON.readTree(response.body());
            } catch (IOException e) {
                throw new AssertionError("Not JSON: " + response.body(), e);
            }
        }

        /** Asserts an ApiFault answer: status, JSON content type, code, description and source. */
        Answer isFault(int status, int code, String description) {
            assertThat(status()).as("status of %s", response.body()).isEqualTo(status);
            assertThat(header("Content-Type")).isEqualTo("application/json");
            JsonNode fault = json();
            assertThat(fault.path("code").asInt()).isEqualTo(code);
            assertThat(fault.path("description").asText()).isEqualTo(description);
            assertThat(fault.path("source").asText()).isEqualTo("PartnerCarts");
            return this;
        }
    }
}
