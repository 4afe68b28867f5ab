package io.partnercarts.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import jakarta.ws.rs.core.UriBuilder;

/** The running server: Jersey on Grizzly, serving the API under {@code /v1}. */
public final class CartsServer implements AutoCloseable {
    static final String API_ROOT = "/v1";

    private final HttpServer http;
    private final URI baseUri;

    private CartsServer(HttpServer http, URI baseUri) {
        this.http = http;
        this.baseUri = baseUri;
    }

    /** Starts a server and returns once it accepts connections. */
    public static CartsServer start(ServerSettings settings) {
        URI requested = UriBuilder.fromUri("http://localhost/")
                .host(settings.host()).port(settings.port()).path(API_ROOT).build();
        HttpServer http = GrizzlyHttpServerFactory.createHttpServer(
                requested, CartsApplication.create(settings), false);
        http.getListeners().forEach(listener -> listener.registerAddOn(new CleartextHttp2Refusal()));
        try {
            http.start();
        } catch (IOException e) {
            http.shutdownNow();
            throw new UncheckedIOException(
                    "Cannot listen on " + settings.host() + ":" + settings.port() + ": " + e.getMessage(), e);
        }
        int port = http.getListeners().iterator().next().getPort();
        return new CartsServer(http, UriBuilder.fromUri(requested).port(port).build());
    }

    /** The API root, for example {@code http://127.0.0.1:8080/v1}. */
    public URI baseUri() {
        return baseUri;
    }

    @Override
    public void close() {
        http.shutdownNow();
    }
}
