package io.partnercarts.contract.hostile;

import io.partnercarts.contract.ContractTarget;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * Sends {@link HostileRequest}s to the implementation under test with the JDK's HTTP client, over
 * HTTP/1.1, each with a timeout, and hands back what came off the wire.
 */
final class WireClient {
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();
    private final String root;
    private final String token;

    WireClient(ContractTarget target) {
        this.root = target.baseUri().toString();
        this.token = target.token();
    }

    /** The full URI of a request's path. */
    URI uriOf(HostileRequest request) {
        return URI.create(root + request.path());
    }

    WireAnswer send(HostileRequest request) throws NoAnswer {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uriOf(request))
                .timeout(TIMEOUT)
                .method(request.method(), request.body() == null
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
            throw new NoAnswer(request + ": connection ended without an answer (" + e + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NoAnswer(request + ": interrupted");
        }
    }

    /** A request that got no answer: a hang. */
    static final class NoAnswer extends Exception {
        NoAnswer(String message) {
            super(message);
        }
    }
}
