package io.partnercarts.conformance;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Whether the base URL answers at all, before a run: a read of a cart that does not exist. Any HTTP answer will
 * do (the suite judges it); no answer is a bad base URL, said in one line.
 */
final class Reachability {
    private static final Duration CONNECT = Duration.ofSeconds(10);
    private static final Duration ANSWER = Duration.ofSeconds(30);

    private Reachability() {}

    /** Empty when the base URL answered; otherwise why not, in words. */
    static Optional<String> problem(URI baseUri, String token, String customerId) {
        URI probe = URI.create(baseUri + "/customers/" + customerId + "/carts/" + UUID.randomUUID());
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(CONNECT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpRequest request = HttpRequest.newBuilder(probe)
                .timeout(ANSWER)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            client.send(request, HttpResponse.BodyHandlers.discarding());
            return Optional.empty();
        } catch (HttpConnectTimeoutException e) {
            return Optional.of("no connection within " + CONNECT.toSeconds() + " s");
        } catch (HttpTimeoutException e) {
            return Optional.of("no answer within " + ANSWER.toSeconds() + " s");
        } catch (ConnectException e) {
            return Optional.of("connection refused");
        } catch (IOException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof UnknownHostException) {
                return Optional.of("unknown host " + baseUri.getHost());
            }
            return Optional.of(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }
}
